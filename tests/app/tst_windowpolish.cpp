// SPDX-License-Identifier: MIT
#include "core/taskenums.h"
#include "mainwindow.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "shell/projectworkspace.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Candor;
using CandorTest::actionWithShortcut;
using CandorTest::newWindow;

// The main window's wording and memory as a person meets them: the toolbar, the status bar, the
// project a restart reopens. Real windows offscreen, settings in a temporary home.
class TestWindowPolish final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void undoRedoButtonsKeepShortText();
    void statusBarNamesBlockedAndWaitingApart();
    void restartReopensLastProject();

private:
    bool openDemo(MainWindow &window, QString *path = nullptr);
    static QToolButton *toolButton(const MainWindow &window, const QString &actionName);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void TestWindowPolish::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowpolish"));
    QVERIFY(MainWindow::defaultProjectPath().startsWith(m_home.path()));
}

void TestWindowPolish::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QSettings().clear();
}

void TestWindowPolish::cleanup()
{
    m_dir.reset();
}

bool TestWindowPolish::openDemo(MainWindow &window, QString *path)
{
    const QString file = m_dir->filePath(QStringLiteral("demo%1.candor").arg(++m_files));
    if (path)
        *path = file;
    return CandorTest::openDemo(window, file);
}

QToolButton *TestWindowPolish::toolButton(const MainWindow &window, const QString &actionName)
{
    const QList<QToolButton *> buttons = window.findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->defaultAction() && button->defaultAction()->objectName() == actionName)
            return button;
    }
    return nullptr;
}

// The toolbar's Undo and Redo keep their short text whatever the step, so that neither moves
// under the mouse; the step is named in the tooltip, and in full in the Edit menu.
void TestWindowPolish::undoRedoButtonsKeepShortText()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    QToolButton *undo = toolButton(*window, QStringLiteral("undoActionToolBar"));
    QToolButton *redo = toolButton(*window, QStringLiteral("redoActionToolBar"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QCOMPARE(redo->text(), QStringLiteral("Redo"));
    QVERIFY(!undo->isEnabled() && !redo->isEnabled());
    const QRect undoPlace = undo->geometry();
    const QRect redoPlace = redo->geometry();

    const TaskModel *tasks = window->project()->tasks();
    const qint64 id = tasks->idForKey(QStringLiteral("SEC-002"));
    const Status before = tasks->task(id)->status;
    QVERIFY(before != Status::Done);
    window->workspace()->selection()->select({id}, id);
    QAction *setDone = actionWithShortcut(*window, QKeySequence(Qt::ALT | Qt::Key_5));
    QVERIFY(setDone);
    setDone->trigger();
    QCOMPARE(tasks->task(id)->status, Status::Done);

    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->toolTip().startsWith(QLatin1String("Undo ")) &&
                 undo->toolTip().contains(QLatin1String("SEC-002")),
             qPrintable(undo->toolTip()));
    QCOMPARE(undo->geometry(), undoPlace);
    QCOMPARE(redo->geometry(), redoPlace);
    // The Edit menu's item names the step.
    auto *menuUndo = window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(menuUndo);
    QVERIFY2(menuUndo->text().contains(QLatin1String("SEC-002")), qPrintable(menuUndo->text()));

    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(tasks->task(id)->status, before);
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("Redo"));
    QVERIFY2(redo->toolTip().contains(QLatin1String("SEC-002")), qPrintable(redo->toolTip()));
    QCOMPARE(redo->geometry(), redoPlace);
    QTest::mouseClick(redo, Qt::LeftButton);
    QCOMPARE(tasks->task(id)->status, Status::Done);
}

// The status Blocked (the board's column) and waiting on dependencies are counted apart, named
// differently, and explained on hover.
void TestWindowPolish::statusBarNamesBlockedAndWaitingApart()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    const Project &project = *window->project();
    int statusBlocked = 0;
    int waiting = 0;
    for (const Task &task : project.tasks()->tasks()) {
        if (TaskEnums::isFinished(task.status))
            continue;
        statusBlocked += task.status == Status::Blocked;
        waiting += project.isBlockedByDependencies(task.id);
    }
    QVERIFY(waiting > statusBlocked); // the demo has both, in different numbers
    auto *counts = window->findChild<QLabel *>(QStringLiteral("statusCounts"));
    QVERIFY(counts);
    QTRY_VERIFY2(counts->text().startsWith(QLatin1String("25 task")), qPrintable(counts->text()));
    const QString text = counts->text();
    QVERIFY2(text.contains(QStringLiteral("%1 Blocked").arg(statusBlocked)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 waiting on dependencies").arg(waiting)),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String(" blocked")), qPrintable(text));
    const QString tip = counts->toolTip();
    QVERIFY2(tip.contains(QLatin1String("Blocked:")) &&
                 tip.contains(QLatin1String("Waiting on dependencies:")),
             qPrintable(tip));

    // Setting a waiting task's status to Blocked moves it into the other count only.
    qint64 id = 0;
    for (const Task &task : project.tasks()->tasks()) {
        if (task.status == Status::Todo && project.isBlockedByDependencies(task.id)) {
            id = task.id;
            break;
        }
    }
    QVERIFY(id != 0);
    window->workspace()->selection()->select({id}, id);
    QAction *setBlocked = actionWithShortcut(*window, QKeySequence(Qt::ALT | Qt::Key_3));
    QVERIFY(setBlocked);
    setBlocked->trigger();
    QTRY_VERIFY2(counts->text().contains(QStringLiteral("%1 Blocked").arg(statusBlocked + 1)),
                 qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(QStringLiteral("%1 waiting on dependencies").arg(waiting)),
             qPrintable(counts->text()));
}

// A start without a file reopens the project last opened; the default one when it is gone,
// saying so; a file on the command line wins.
void TestWindowPolish::restartReopensLastProject()
{
    QString last;
    {
        auto window = newWindow();
        QVERIFY(openDemo(*window, &last));
    }
    {
        auto window = newWindow();
        QVERIFY(window->openAtStart(QString()));
        QVERIFY(window->project());
        QCOMPARE(QFileInfo(window->project()->path()), QFileInfo(last));
    }
    // The command line's file wins.
    QString given;
    {
        auto window = newWindow();
        QVERIFY(openDemo(*window, &given));
    }
    {
        auto window = newWindow();
        QVERIFY(window->openAtStart(last));
        QCOMPARE(QFileInfo(window->project()->path()), QFileInfo(last));
    }
    // last is now the last one opened; remove it, and the default project opens instead.
    QVERIFY(QFile::remove(last));
    {
        auto window = newWindow();
        QVERIFY(window->openAtStart(QString()));
        QVERIFY(window->project());
        QCOMPARE(QFileInfo(window->project()->path()), QFileInfo(MainWindow::defaultProjectPath()));
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QFileInfo(last).fileName()) &&
                     message.contains(QLatin1String("no longer exists")),
                 qPrintable(message));
    }
    // The default project was the last one opened: it opens again, without a message.
    {
        auto window = newWindow();
        QVERIFY(window->openAtStart(QString()));
        QCOMPARE(QFileInfo(window->project()->path()), QFileInfo(MainWindow::defaultProjectPath()));
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
    }
}

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
