// SPDX-License-Identifier: MIT
#include "board/boardmodel.h"
#include "board/boardpage.h"
#include "board/boardview.h"
#include "commands/settaskfieldcommand.h"
#include "core/taskenums.h"
#include "core/taskfield.h"
#include "database/backupstore.h"
#include "database/projectdatabase.h"
#include "dialogs/addtaskdialog.h"
#include "help/gettingstarted.h"
#include "help/shortcutsdialog.h"
#include "mainwindow.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "shell/exportactions.h"
#include "shell/pageregistry.h"
#include "shell/projectworkspace.h"
#include "table/filterbar.h"
#include "table/tasktableview.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace Candor;

// Opens real main windows offscreen, with app data and settings in a temporary home, and checks
// what the user's actions do to the project file.
class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyRegisteredPageRenders();

    void openCreatesMissingFile();
    void addTaskThroughDialog();
    void addTaskDialogRefusesEmptyTitle();
    void taskSurvivesCloseAndReopen();
    void defaultProjectHasDemoContentOnce();
    void deleteWithDependentsAndUndo();
    void deleteConfirmationDefaultsToCancel();
    void openErrorsKeepCurrentProject_data();
    void openErrorsKeepCurrentProject();
    void lockedFileRefusedBySecondWindow();
    void readOnlyFileDisablesEditing();
    void statusTextCountsTasks();
    void restoreFromBackupUndoesChange();
    void deleteKeyDeletesSelectedRows();
    void undoRedoShortcutsAreUnique();
    void redoKeyRedoesUndoneEdit_data();
    void redoKeyRedoesUndoneEdit();
    void boardViewTriageEndToEnd();
    void filesDroppedOnBoardAreImported();
    void filterHidesSelectionFromDelete();
    void recentFilesMenu();
    void fileMenuExportsTheOpenProject();
    void questionMarkShowsTheShortcuts();
    void gettingStartedOpensTheDemo();
    void clearFiltersShortcutEmptiesTextBox();
    void closeProjectWhileEditingCell_data();
    void closeProjectWhileEditingCell();

private:
    std::unique_ptr<MainWindow> newWindow();
    // A fresh project file with the demo content, open in the window, with an empty undo stack.
    bool openDemo(MainWindow &window, QString *path = nullptr);
    QString newPath(const QString &name) { return m_dir->filePath(name); }
    static QAction *action(const MainWindow &window, const QString &text);
    static QAction *actionWithShortcut(const MainWindow &window, const QKeySequence &shortcut);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Test mode puts app data and settings under ~/.qttest; a private home keeps them ours.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY2(MainWindow::defaultProjectPath().startsWith(m_home.path()),
             qPrintable(MainWindow::defaultProjectPath()));
    QVERIFY(MainWindow::backupRoot().startsWith(m_home.path()));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Every test starts without a default project or backups.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::newWindow()
{
    return CandorTest::newWindow();
}

// Every page of the registry has a View action with its shortcut, shows headless, paints, and
// brings its own actions into the View menu while it is current.
void TestMainWindow::everyRegisteredPageRenders()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    const QList<PageType> &pages = PageRegistry::instance().pages();
    QVERIFY(pages.size() >= 3);
    for (const PageType &page : pages) {
        QAction *show = actionWithShortcut(*window, page.shortcut);
        QVERIFY2(show, qPrintable(page.name));
        show->trigger();
        QCOMPARE(window->workspace()->currentPage(), page.name);
        QWidget *widget = window->workspace()->page(page.name);
        QVERIFY(widget && widget->isVisible());
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull() && image.width() > 100 && image.height() > 100);
        // Something is drawn: not one flat colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 3, qPrintable(page.name));
        for (QAction *own : widget->actions()) {
            QVERIFY2(own->associatedObjects().size() > 1,
                     qPrintable(page.name + QStringLiteral(": ") + own->text()));
        }
    }
}

bool TestMainWindow::openDemo(MainWindow &window, QString *path)
{
    const QString file = newPath(QStringLiteral("demo%1.candor").arg(++m_files));
    if (path)
        *path = file;
    return CandorTest::openDemo(window, file);
}

QAction *TestMainWindow::action(const MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *candidate : actions) {
        if (candidate->text().remove(QLatin1Char('&')) == text)
            return candidate;
    }
    return nullptr;
}

QAction *TestMainWindow::actionWithShortcut(const MainWindow &window, const QKeySequence &shortcut)
{
    return CandorTest::actionWithShortcut(window, shortcut);
}

void TestMainWindow::openCreatesMissingFile()
{
    auto window = newWindow();
    QVERIFY(!window->project());
    QVERIFY(window->statusText().isEmpty());
    const QString path = newPath(QStringLiteral("missing.candor"));

    QVERIFY(!window->openProject(path)); // not without createIfMissing
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(window->lastError().contains(QLatin1String("does not exist")));
    QVERIFY(!window->project());

    QVERIFY(window->openProject(path, true));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(window->project());
    QCOMPARE(QFileInfo(window->project()->path()), QFileInfo(path));
    QCOMPARE(window->project()->name(), QStringLiteral("missing"));
    QVERIFY(window->windowTitle().contains(QLatin1String("missing.candor")));
    QVERIFY(window->workspace());
    QVERIFY(window->workspace()->isVisible());
    QCOMPARE(window->project()->tasks()->rowCount(), 0);
}

void TestMainWindow::addTaskThroughDialog()
{
    auto window = newWindow();
    QString path;
    QVERIFY(openDemo(*window, &path));
    // The new task goes to the component of the current task.
    const qint64 current = window->project()->tasks()->idForKey(QStringLiteral("OPS-002"));
    window->workspace()->selection()->select({current}, current);

    QAction *add = action(*window, QStringLiteral("Add Task…"));
    QVERIFY(add);
    QVERIFY(add->isEnabled());
    bool sawDialog = false;
    QString suggestedKey;
    QTimer::singleShot(0, window.get(), [&]() {
        auto *dialog = qobject_cast<AddTaskDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        suggestedKey = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text();
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QTest::keyClicks(title, QStringLiteral("Alerting on disk usage"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible()) // refused: do not leave the test hanging in exec()
            dialog->reject();
    });
    add->trigger();
    QVERIFY(sawDialog);
    QCOMPARE(suggestedKey, QStringLiteral("OPS-006"));

    const TaskModel *tasks = window->project()->tasks();
    QCOMPARE(tasks->rowCount(), 26);
    const qint64 id = tasks->idForKey(QStringLiteral("OPS-006"));
    QVERIFY(id != 0);
    QCOMPARE(tasks->task(id)->title, QStringLiteral("Alerting on disk usage"));
    QCOMPARE(tasks->task(id)->componentId, tasks->task(current)->componentId);
    QCOMPARE(tasks->task(id)->priority, Priority::P2);
    QCOMPARE(window->project()->undoStack()->count(), 1);
    // The new task is selected, in the shared selection and in the table.
    QCOMPARE(window->workspace()->selection()->current(), id);
    QCOMPARE(window->workspace()->table()->selectedTaskIds(), QList<qint64>{id});
    QTRY_VERIFY(window->statusText().startsWith(QLatin1String("26 task")));

    // Undo through the window's undo action.
    QAction *undo = actionWithShortcut(*window, QKeySequence(QKeySequence::Undo));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(tasks->rowCount(), 25);
    QCOMPARE(tasks->idForKey(QStringLiteral("OPS-006")), 0);
}

void TestMainWindow::addTaskDialogRefusesEmptyTitle()
{
    auto window = newWindow();
    QVERIFY(window->openProject(newPath(QStringLiteral("empty.candor")), true));
    bool sawDialog = false;
    bool hiddenAtFirst = false;
    bool stayedOpen = false;
    bool errorShown = false;
    QString errorText;
    QString suggestedKey;
    QTimer::singleShot(0, window.get(), [&]() {
        auto *dialog = qobject_cast<AddTaskDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        suggestedKey = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("titleError"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        hiddenAtFirst = !error->isVisible();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("   "));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        stayedOpen = dialog->isVisible() && dialog->result() != QDialog::Accepted;
        errorShown = error->isVisible();
        errorText = error->text();
        dialog->reject();
    });
    action(*window, QStringLiteral("Add Task…"))->trigger();
    QVERIFY(sawDialog);
    QCOMPARE(suggestedKey, QStringLiteral("TASK-001"));
    QVERIFY(hiddenAtFirst);
    QVERIFY(stayedOpen);
    QVERIFY(errorShown);
    QVERIFY2(errorText.contains(QLatin1String("title")), qPrintable(errorText));
    QCOMPARE(window->project()->tasks()->rowCount(), 0);
    QCOMPARE(window->project()->undoStack()->count(), 0);
}

void TestMainWindow::taskSurvivesCloseAndReopen()
{
    const QString path = newPath(QStringLiteral("keep.candor"));
    auto window = newWindow();
    QVERIFY(window->openProject(path, true));
    bool sawDialog = false;
    QTimer::singleShot(0, window.get(), [&]() {
        auto *dialog = qobject_cast<AddTaskDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Survive a restart"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                        Qt::Key_Return); // the default button
        if (dialog->isVisible())
            dialog->reject();
    });
    action(*window, QStringLiteral("Add Task…"))->trigger();
    QVERIFY(sawDialog);
    QCOMPARE(window->project()->tasks()->rowCount(), 1);

    QAction *close = action(*window, QStringLiteral("Close Project"));
    QVERIFY(close);
    close->trigger();
    QVERIFY(!window->project());
    QVERIFY(!window->workspace());
    QVERIFY(!action(*window, QStringLiteral("Add Task…"))->isEnabled());
    QCOMPARE(window->windowTitle(), QStringLiteral("Candor"));

    QVERIFY2(window->openProject(path), qPrintable(window->lastError()));
    const TaskModel *tasks = window->project()->tasks();
    QCOMPARE(tasks->rowCount(), 1);
    QCOMPARE(tasks->taskAt(0).key, QStringLiteral("TASK-001"));
    QCOMPARE(tasks->taskAt(0).title, QStringLiteral("Survive a restart"));

    // A new window (a new session) sees it too.
    window.reset();
    auto second = newWindow();
    QVERIFY2(second->openProject(path), qPrintable(second->lastError()));
    QCOMPARE(second->project()->tasks()->rowCount(), 1);
    QCOMPARE(second->project()->tasks()->taskAt(0).title, QStringLiteral("Survive a restart"));
}

void TestMainWindow::defaultProjectHasDemoContentOnce()
{
    const QString path = MainWindow::defaultProjectPath();
    QVERIFY(!QFileInfo::exists(path));
    {
        auto window = newWindow();
        QVERIFY2(window->openDefaultProject(), qPrintable(window->lastError()));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(window->project()->path()), QFileInfo(path));
        QCOMPARE(window->project()->tasks()->rowCount(), 25);
        QCOMPARE(window->project()->components()->components().size(), 5);
        QCOMPARE(window->project()->milestones()->milestones().size(), 3);
        QCOMPARE(window->workspace()->filterModel()->rowCount(), 25);

        // Again in the same window: the same file, nothing added.
        QVERIFY2(window->openDefaultProject(), qPrintable(window->lastError()));
        QCOMPARE(window->project()->tasks()->rowCount(), 25);
        QCOMPARE(window->project()->components()->components().size(), 5);
        QCOMPARE(window->project()->milestones()->milestones().size(), 3);
    }
    // And in a later session.
    auto window = newWindow();
    QVERIFY2(window->openDefaultProject(), qPrintable(window->lastError()));
    QCOMPARE(window->project()->tasks()->rowCount(), 25);
    QCOMPARE(window->project()->components()->components().size(), 5);
    QCOMPARE(window->project()->milestones()->milestones().size(), 3);
}

void TestMainWindow::deleteWithDependentsAndUndo()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    Project *project = window->project();
    const TaskModel *tasks = project->tasks();
    const qint64 id = tasks->idForKey(QStringLiteral("SEC-001"));
    QList<qint64> dependents = project->dependencies().dependentsOf(id);
    std::sort(dependents.begin(), dependents.end());
    QList<qint64> expectedDependents{tasks->idForKey(QStringLiteral("SEC-002")),
                                     tasks->idForKey(QStringLiteral("PERSIST-003"))};
    std::sort(expectedDependents.begin(), expectedDependents.end());
    QCOMPARE(dependents, expectedDependents);
    const qsizetype edges = project->dependencies().edgeCount();
    const Task before = *tasks->task(id);

    QAction *remove = action(*window, QStringLiteral("Delete Tasks…"));
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    window->workspace()->selection()->select({id}, id);
    QVERIFY(remove->isEnabled());
    remove->trigger();

    QCOMPARE(tasks->rowCount(), 24);
    QVERIFY(!tasks->task(id));
    QCOMPARE(tasks->idForKey(QStringLiteral("SEC-001")), 0);
    QVERIFY(project->dependencies().dependentsOf(id).isEmpty());
    for (qint64 dependent : expectedDependents)
        QVERIFY(!project->dependencies().dependenciesOf(dependent).contains(id));
    QCOMPARE(project->dependencies().edgeCount(), edges - 2);
    QCOMPARE(window->workspace()->filterModel()->proxyRowOf(id), -1);
    // The file agrees.
    {
        QSqlQuery query(project->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM task")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 24);
    }

    QAction *undo = actionWithShortcut(*window, QKeySequence(QKeySequence::Undo));
    QVERIFY(undo);
    undo->trigger();
    QCOMPARE(tasks->rowCount(), 25);
    QVERIFY(tasks->task(id));
    QCOMPARE(tasks->task(id)->key, before.key);
    QCOMPARE(tasks->task(id)->title, before.title);
    QCOMPARE(tasks->task(id)->status, before.status);
    dependents = project->dependencies().dependentsOf(id);
    std::sort(dependents.begin(), dependents.end());
    QCOMPARE(dependents, expectedDependents);
    QCOMPARE(project->dependencies().edgeCount(), edges);
    QVERIFY(window->workspace()->filterModel()->proxyRowOf(id) >= 0);

    // Redo deletes again.
    QAction *redo = actionWithShortcut(*window, QKeySequence(QKeySequence::Redo));
    QVERIFY(redo);
    redo->trigger();
    QVERIFY(!tasks->task(id));
}

// Return on the confirmation keeps the tasks: Cancel is the default button.
void TestMainWindow::deleteConfirmationDefaultsToCancel()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    window->setInteractive(true);
    const TaskModel *tasks = window->project()->tasks();
    const qint64 id = tasks->idForKey(QStringLiteral("DOCS-004"));
    window->workspace()->selection()->select({id}, id);

    bool seen = false;
    bool cancelIsDefault = false;
    QTimer::singleShot(0, window.get(), [&seen, &cancelIsDefault]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = true;
        cancelIsDefault =
            box->defaultButton() && box->defaultButton() == box->button(QMessageBox::Cancel);
        box->reject();
    });
    action(*window, QStringLiteral("Delete Tasks…"))->trigger();
    QVERIFY(seen);
    QVERIFY(cancelIsDefault);
    QVERIFY(tasks->task(id)); // rejected: nothing deleted
    QCOMPARE(window->project()->undoStack()->count(), 0);
}

void TestMainWindow::openErrorsKeepCurrentProject_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a Candor project");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("is empty");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("99");
    QTest::newRow("other sqlite") << QStringLiteral("sqlite")
                                  << QStringLiteral("not a Candor project");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
}

void TestMainWindow::openErrorsKeepCurrentProject()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString bad = newPath(QStringLiteral("bad.candor"));
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            file.write("# My tasks\n- [ ] write tests\n");
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("sqlite")) {
        if (kind == QLatin1String("newer")) {
            OpenOptions options;
            options.createIfMissing = true;
            OpenError error;
            QVERIFY2(ProjectDatabase::open(bad, options, &error), qPrintable(error.message));
        }
        const QString connection = QStringLiteral("tst_mainwindow_raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (kind == QLatin1String("newer"))
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            else
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const QByteArray content = [&bad]() {
        QFile file(bad);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    auto window = newWindow();
    QString good;
    QVERIFY(openDemo(*window, &good));
    const QString titleBefore = window->windowTitle();

    QVERIFY(!window->openProject(bad));
    QVERIFY(!window->lastError().isEmpty());
    QVERIFY2(window->lastError().contains(expected), qPrintable(window->lastError()));
    // The current project stays open and usable.
    QVERIFY(window->project());
    QCOMPARE(QFileInfo(window->project()->path()), QFileInfo(good));
    QCOMPARE(window->project()->tasks()->rowCount(), 25);
    QVERIFY(window->workspace());
    QCOMPARE(window->windowTitle(), titleBefore);
    QVERIFY(action(*window, QStringLiteral("Add Task…"))->isEnabled());
    // A refused file is left exactly as it was.
    if (kind == QLatin1String("missing")) {
        QVERIFY(!QFileInfo::exists(bad));
    } else {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
}

void TestMainWindow::lockedFileRefusedBySecondWindow()
{
    auto first = newWindow();
    QString shared;
    QVERIFY(openDemo(*first, &shared));
    auto second = newWindow();
    QString own;
    QVERIFY(openDemo(*second, &own));

    QVERIFY(!second->openProject(shared));
    QVERIFY2(second->lastError().contains(QLatin1String("already open")),
             qPrintable(second->lastError()));
    QCOMPARE(QFileInfo(second->project()->path()), QFileInfo(own));
    QCOMPARE(QFileInfo(first->project()->path()), QFileInfo(shared));
    QVERIFY(!first->project()->isReadOnly());

    // Once the first window lets go, the second can open it.
    action(*first, QStringLiteral("Close Project"))->trigger();
    QVERIFY2(second->openProject(shared), qPrintable(second->lastError()));
    QCOMPARE(second->project()->tasks()->rowCount(), 25);
}

void TestMainWindow::readOnlyFileDisablesEditing()
{
    QString path;
    {
        auto window = newWindow();
        QVERIFY(openDemo(*window, &path));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto window = newWindow();
    QVERIFY2(window->openProject(path), qPrintable(window->lastError()));
    QVERIFY(window->project()->isReadOnly());
    QVERIFY(window->windowTitle().contains(QLatin1String("[read-only]")));
    QVERIFY(!action(*window, QStringLiteral("Add Task…"))->isEnabled());
    auto *badge = window->findChild<QLabel *>(QStringLiteral("readOnlyBadge"));
    QVERIFY(badge);
    QVERIFY(badge->isVisible());
    const TaskModel *tasks = window->project()->tasks();
    QVERIFY(!(tasks->flags(tasks->index(0, column(TaskField::Title))) & Qt::ItemIsEditable));
    const qint64 id = tasks->taskAt(0).id;
    window->workspace()->selection()->select({id}, id);
    QVERIFY(!action(*window, QStringLiteral("Delete Tasks…"))->isEnabled());
}

void TestMainWindow::statusTextCountsTasks()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    const TaskModel *tasks = window->project()->tasks();
    int done = 0;
    for (const Task &task : tasks->tasks())
        done += task.status == Status::Done;
    // "25 task(s)" here: the English plural catalogue is the executable's, not this test's.
    QTRY_VERIFY2(window->statusText().startsWith(QLatin1String("25 task")),
                 qPrintable(window->statusText()));
    QVERIFY2(window->statusText().contains(QStringLiteral("%1 done").arg(done)),
             qPrintable(window->statusText()));
    const QString before = window->statusText();

    // Set a task to Done through Edit ▸ Set Status (Alt+5).
    const qint64 id = tasks->idForKey(QStringLiteral("SEC-002"));
    QVERIFY(tasks->task(id)->status != Status::Done);
    window->workspace()->selection()->select({id}, id);
    QAction *setDone = actionWithShortcut(*window, QKeySequence(Qt::ALT | Qt::Key_5));
    QVERIFY(setDone);
    QCOMPARE(setDone->text(), TaskEnums::label(Status::Done));
    QVERIFY(setDone->isEnabled());
    setDone->trigger();
    QCOMPARE(tasks->task(id)->status, Status::Done);
    QTRY_VERIFY2(window->statusText().contains(QStringLiteral("%1 done").arg(done + 1)),
                 qPrintable(window->statusText()));
    QVERIFY(window->statusText() != before);
    QVERIFY(window->statusText().startsWith(QLatin1String("25 task")));

    // A filter shows how many of all tasks are shown.
    auto *text =
        window->workspace()->filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QTest::keyClicks(text, QStringLiteral("encryption"));
    QTRY_VERIFY2(window->statusText().startsWith(QLatin1String("showing 1 of 25 task")),
                 qPrintable(window->statusText()));
}

void TestMainWindow::restoreFromBackupUndoesChange()
{
    auto window = newWindow();
    QString path;
    QVERIFY(openDemo(*window, &path));
    const BackupStore backups(MainWindow::backupRoot());
    const WriteResult saved =
        backups.backup(window->project()->database(), QStringLiteral("manual"));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QString backupPath;
    for (const BackupInfo &info : backups.list(path)) {
        if (info.reason == QLatin1String("manual"))
            backupPath = info.path;
    }
    QVERIFY(!backupPath.isEmpty());
    QVERIFY(backupPath.startsWith(m_home.path()));

    // A change after the backup.
    Project *project = window->project();
    const qint64 id = project->tasks()->idForKey(QStringLiteral("SEC-001"));
    const QString original = project->tasks()->task(id)->title;
    project->undoStack()->push(new SetTaskFieldCommand(project, TaskField::Title, {id},
                                                       {QStringLiteral("Changed after backup")}));
    QCOMPARE(project->tasks()->task(id)->title, QStringLiteral("Changed after backup"));

    // What File ▸ Restore from Backup does once a backup is chosen.
    action(*window, QStringLiteral("Close Project"))->trigger();
    QVERIFY(!window->project());
    const WriteResult restored = BackupStore::restoreFile(backupPath, path);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY2(window->openProject(path), qPrintable(window->lastError()));
    const TaskModel *tasks = window->project()->tasks();
    QCOMPARE(tasks->rowCount(), 25);
    QCOMPARE(tasks->task(tasks->idForKey(QStringLiteral("SEC-001")))->title, original);
}

void TestMainWindow::deleteKeyDeletesSelectedRows()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    TaskTableView *table = window->workspace()->table();
    TaskFilterModel *rows = window->workspace()->filterModel();
    const TaskModel *tasks = window->project()->tasks();
    const qint64 first = tasks->idForKey(QStringLiteral("DOCS-004"));
    const qint64 second = tasks->idForKey(QStringLiteral("DOCS-005"));
    table->setFocus();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(rows->index(rows->proxyRowOf(first), 0)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      table->visualRect(rows->index(rows->proxyRowOf(second), 0)).center());
    QCOMPARE(window->workspace()->selection()->selected().size(), 2);

    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(tasks->rowCount(), 23);
    QVERIFY(!tasks->task(first));
    QVERIFY(!tasks->task(second));
    QCOMPARE(window->project()->undoStack()->count(), 1); // one step for both

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(tasks->rowCount(), 25);
    QVERIFY(tasks->task(first));
    QVERIFY(tasks->task(second));
}

// The same key twice on one action is an ambiguous shortcut to Qt: it then does nothing at all.
void TestMainWindow::undoRedoShortcutsAreUnique()
{
    auto window = newWindow();
    for (QKeySequence::StandardKey key : {QKeySequence::Undo, QKeySequence::Redo}) {
        QAction *found = actionWithShortcut(*window, QKeySequence(key));
        QVERIFY(found);
        const QList<QKeySequence> shortcuts = found->shortcuts();
        for (const QKeySequence &shortcut : shortcuts)
            QCOMPARE(shortcuts.count(shortcut), 1);
        for (const QKeySequence &standard : QKeySequence::keyBindings(key))
            QVERIFY2(shortcuts.contains(standard), qPrintable(standard.toString()));
    }
}

void TestMainWindow::redoKeyRedoesUndoneEdit_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("Ctrl+Shift+Z") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
#ifdef Q_OS_LINUX
    QTest::newRow("Ctrl+Y") << QKeySequence(Qt::CTRL | Qt::Key_Y);
#endif
}

void TestMainWindow::redoKeyRedoesUndoneEdit()
{
    QFETCH(QKeySequence, keys);
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    Project *project = window->project();
    const qint64 id = project->tasks()->idForKey(QStringLiteral("SEC-001"));
    const QString original = project->tasks()->task(id)->title;
    project->undoStack()->push(
        new SetTaskFieldCommand(project, TaskField::Title, {id}, {QStringLiteral("Edited title")}));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(project->tasks()->task(id)->title, original);

    QTest::keySequence(window.get(), keys);
    QCOMPARE(project->tasks()->task(id)->title, QStringLiteral("Edited title"));
}

void TestMainWindow::boardViewTriageEndToEnd()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // Ctrl+2 shows the board, and the view switcher says so.
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->workspace()->currentPage(), ProjectWorkspace::boardPage);
    BoardView *board = window->workspace()->board()->view();
    QVERIFY(board->isVisible());
    const TaskModel *tasks = window->project()->tasks();
    const qint64 id = tasks->idForKey(QStringLiteral("SEC-003"));
    QTest::mouseClick(board->viewport(), Qt::LeftButton, {}, board->cardViewportRect(id).center());
    QCOMPARE(window->workspace()->selection()->current(), id);
    // A move on the board is an edit like any other: in the table, undone with Ctrl+Z.
    QTest::keyClick(board, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(tasks->task(id)->status, Status::InProgress);
    QTest::keyClick(board, Qt::Key_Delete);
    QCOMPARE(tasks->rowCount(), 24);
    QTest::keyClick(board, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(board, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(tasks->rowCount(), 25);
    QCOMPARE(tasks->task(id)->status, Status::Todo);
    // Back to the table with Ctrl+1; the board is kept for the next time.
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->workspace()->currentPage(), ProjectWorkspace::tablePage);
    QVERIFY(!board->isVisible());
}

void TestMainWindow::filesDroppedOnBoardAreImported()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    window->workspace()->setCurrentPage(ProjectWorkspace::boardPage);
    QWidget *viewport = window->workspace()->board()->view()->viewport();
    const QString tracker = newPath(QStringLiteral("TRACKER.md"));
    QFile file(tracker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Payments\n\n| ID | Task | Status |\n|---|---|---|\n"
               "| PAY-001 | Encrypt card numbers | ✅ Done |\n");
    file.close();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(tracker)});
    const QPoint centre = viewport->rect().center();
    // The board takes only cards; the drop goes on to the window, which imports the file.
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QTRY_VERIFY(window->project()->tasks()->idForKey(QStringLiteral("PAY-001")) != 0);
}

void TestMainWindow::filterHidesSelectionFromDelete()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    const TaskModel *tasks = window->project()->tasks();
    const qint64 id = tasks->idForKey(QStringLiteral("SEC-001"));
    window->workspace()->selection()->select({id}, id);
    auto *text =
        window->workspace()->filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QTest::keyClicks(text, QStringLiteral("webhooks"));
    QTRY_COMPARE(window->workspace()->filterModel()->rowCount(), 1);
    QCOMPARE(window->workspace()->filterModel()->proxyRowOf(id), -1);

    // What the user cannot see is not deleted behind their back.
    action(*window, QStringLiteral("Delete Tasks…"))->trigger();
    QVERIFY(tasks->task(id));
    QCOMPARE(tasks->rowCount(), 25);
}

// File ▸ Export Project writes the open project (here as CSV) through the window's actions, and
// the status bar says so; with no project open the menu is disabled.
void TestMainWindow::fileMenuExportsTheOpenProject()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    QMenu *file = window->menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file);
    QMenu *exports = nullptr;
    for (QAction *action : file->actions()) {
        if (action->menu() && action->menu() == window->exportActions()->menu())
            exports = action->menu();
    }
    QVERIFY(exports);
    QVERIFY(exports->isEnabled());
    const QString path = newPath(QStringLiteral("tasks.csv"));
    window->exportActions()->setFileChooser([&](const QString &, const QString &) { return path; });
    window->exportActions()->action(QStringLiteral("csv"))->trigger();
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("SEC-001"));
    QVERIFY2(window->statusBar()->currentMessage().startsWith(QLatin1String("Exported 25 task")),
             qPrintable(window->statusBar()->currentMessage()));
    for (QAction *action : file->actions()) {
        if (action->text().remove(QLatin1Char('&')) == QLatin1String("Close Project"))
            action->trigger();
    }
    QVERIFY(!window->project());
    QVERIFY(!exports->isEnabled());
}

// "?" shows every shortcut of the window's menus; typed in the filter box it is just a "?".
void TestMainWindow::questionMarkShowsTheShortcuts()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QStringList rows;
    QTimer::singleShot(0, window.get(), [&]() {
        if (auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())) {
            rows = dialog->rows();
            dialog->reject();
        }
    });
    window->activateWindow();
    window->workspace()->table()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_Question);
    const QString open = QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText);
    QVERIFY2(rows.contains(open + QStringLiteral(": Open")), qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("?: Keyboard Shortcuts")));

    auto *text = window->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QVERIFY(text);
    text->setFocus();
    bool dialogShown = false;
    QTimer::singleShot(0, window.get(), [&]() {
        if (auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())) {
            dialogShown = true;
            dialog->reject();
        }
    });
    QTest::keyClick(text, Qt::Key_Question);
    QTest::qWait(10);
    QVERIFY(!dialogShown);
    QCOMPARE(text->text(), QStringLiteral("?"));
}

// Help ▸ Getting Started ▸ Open the Demo Project opens Demo.candor, filled with the demo.
void TestMainWindow::gettingStartedOpensTheDemo()
{
    auto window = newWindow();
    QVERIFY(window->openProject(newPath(QStringLiteral("empty-start.candor")), true));
    QAction *start = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == QLatin1String("Getting Started"))
                start = action;
        }
    }
    QVERIFY(start);
    QTimer::singleShot(0, window.get(), [&]() {
        if (auto *dialog = qobject_cast<GettingStarted *>(QApplication::activeModalWidget()))
            QTest::mouseClick(dialog->demoButton(), Qt::LeftButton);
    });
    start->trigger();
    QVERIFY(window->project());
    QCOMPARE(QFileInfo(window->project()->path()).fileName(), QStringLiteral("Demo.candor"));
    QCOMPARE(window->project()->tasks()->rowCount(), 25);
}

void TestMainWindow::recentFilesMenu()
{
    auto window = newWindow();
    QString first;
    QString second;
    QVERIFY(openDemo(*window, &first));
    QVERIFY(openDemo(*window, &second));
    QMenu *recent = nullptr;
    const QList<QMenu *> menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (menu->title().remove(QLatin1Char('&')) == QLatin1String("Open Recent"))
            recent = menu;
    }
    QVERIFY(recent);
    QVERIFY(recent->isEnabled());
    const QList<QAction *> entries = recent->actions();
    QVERIFY(entries.size() >= 2);
    QVERIFY2(entries.at(0)->text().endsWith(QDir::toNativeSeparators(second)),
             qPrintable(entries.at(0)->text()));
    QVERIFY2(entries.at(1)->text().endsWith(QDir::toNativeSeparators(first)),
             qPrintable(entries.at(1)->text()));

    entries.at(1)->trigger();
    QCOMPARE(QFileInfo(window->project()->path()), QFileInfo(first));
    // Kept in the (test-mode) settings for the next session.
    auto later = newWindow();
    QMenu *laterRecent = nullptr;
    const QList<QMenu *> laterMenus = later->findChildren<QMenu *>();
    for (QMenu *menu : laterMenus) {
        if (menu->title().remove(QLatin1Char('&')) == QLatin1String("Open Recent"))
            laterRecent = menu;
    }
    QVERIFY(laterRecent);
    QVERIFY(laterRecent->actions().first()->text().endsWith(QDir::toNativeSeparators(first)));

    // An & in a path is shown as itself: only the entry's number is a mnemonic.
    const QString ampersand = newPath(QStringLiteral("R&D.candor"));
    QVERIFY2(later->openProject(ampersand, true), qPrintable(later->lastError()));
    const QAction *entry = laterRecent->actions().first();
    QVERIFY2(entry->text().startsWith(QLatin1String("&1 ")), qPrintable(entry->text()));
    QVERIFY2(entry->iconText().endsWith(QDir::toNativeSeparators(ampersand)),
             qPrintable(entry->iconText()));
}

// Ctrl+Shift+F empties the text box like any other filter, and its clear button goes with it.
void TestMainWindow::clearFiltersShortcutEmptiesTextBox()
{
    auto window = newWindow();
    QVERIFY(openDemo(*window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *text = window->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QVERIFY(text);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("encryption"));
    QTRY_COMPARE(window->workspace()->filterModel()->rowCount(), 1);
    // The line edit's own clear button is its only tool button.
    const QList<QToolButton *> buttons = text->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 1);
    QToolButton *clearButton = buttons.first();
    QTRY_VERIFY(clearButton->isVisible());

    QTest::keyClick(text, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(text->text().isEmpty());
    QCOMPARE(window->workspace()->filterModel()->rowCount(), 25);
    QTRY_VERIFY(!clearButton->isVisible());
}

void TestMainWindow::closeProjectWhileEditingCell_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("valid title") << QStringLiteral("Half-typed title");
    QTest::newRow("refused title") << QString();
}

void TestMainWindow::closeProjectWhileEditingCell()
{
    QFETCH(QString, typed);
    auto window = newWindow();
    QString path;
    QVERIFY(openDemo(*window, &path));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    TaskTableView *table = window->workspace()->table();
    const qint64 id = window->project()->tasks()->idForKey(QStringLiteral("SEC-001"));
    const QModelIndex index = window->workspace()->filterModel()->index(
        window->workspace()->filterModel()->proxyRowOf(id), column(TaskField::Title));
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(index));
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, typed);

    // The user closes the project with the editor still open.
    action(*window, QStringLiteral("Close Project"))->trigger();
    QVERIFY(!window->project());
    QVERIFY(!window->workspace());
    QTest::qWait(50);

    QVERIFY2(window->openProject(path), qPrintable(window->lastError()));
    const QString title =
        window->project()
            ->tasks()
            ->task(window->project()->tasks()->idForKey(QStringLiteral("SEC-001")))
            ->title;
    QVERIFY(title == QStringLiteral("Implement encryption at rest") || title == typed);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
