// SPDX-License-Identifier: MIT
// The window's side of issue 15: a project that cannot be written opens read-only and says why,
// one opened only to be looked at (a screenshot) opens beside a writer, and values outside the
// file's rules are offered a repair that is one undo step.
#include "database/projectdatabase.h"
#include "mainwindow.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "project/storedvaluecheck.h"
#include "tasks/taskmodel.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Candor;

class TestWindowReadOnly final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readOnlyFileSaysWhy();
    void viewBesideWriter();
    void repairOffered_data();
    void repairOffered();

private:
    // A project file with the demo content, closed again.
    QString demoFile(const QString &name);
    // Answers the next message box with the button whose text is given; records its texts.
    void answerNextBox(const QString &button, int attempts = 300);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_boxText;
    QStringList m_boxButtons;
};

void TestWindowReadOnly::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowreadonly"));
}

QString TestWindowReadOnly::demoFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    const auto project = Project::open(path, options, &error);
    if (!project || !DemoProject::populate(*project))
        return {};
    return path;
}

void TestWindowReadOnly::answerNextBox(const QString &button, int attempts)
{
    if (attempts == 300) {
        m_boxText.clear();
        m_boxButtons.clear();
    }
    QTimer::singleShot(10, this, [this, button, attempts]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                answerNextBox(button, attempts - 1);
            return;
        }
        m_boxText = box->text() + QLatin1Char('\n') + box->detailedText();
        for (QAbstractButton *candidate : box->buttons()) {
            m_boxButtons << candidate->text();
            if (candidate->text() == button)
                candidate->click();
        }
    });
}

void TestWindowReadOnly::readOnlyFileSaysWhy()
{
    const QString path = demoFile(QStringLiteral("readonly.candor"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY2(window.openProject(path), qPrintable(window.lastError()));
    QVERIFY(window.project()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QLatin1String("[read-only]")));
    auto *badge = window.findChild<QLabel *>(QStringLiteral("readOnlyBadge"));
    QVERIFY(badge && badge->isVisible());
    QVERIFY2(badge->text().contains(QLatin1String("the file is read-only")),
             qPrintable(badge->text()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("readonly.candor")),
             qPrintable(window.statusBar()->currentMessage()));

    // An edit is refused with a message, and the model keeps its value.
    const qint64 id = window.project()->tasks()->taskAt(0).id;
    const QString title = window.project()->tasks()->taskAt(0).title;
    const WriteResult refused =
        window.project()->setTaskField({id}, TaskField::Title, {QStringLiteral("Changed")});
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
    QCOMPARE(window.project()->tasks()->task(id)->title, title);
}

// Issue 15, item 10: the window a screenshot draws opens a project a writer holds.
void TestWindowReadOnly::viewBesideWriter()
{
    const QString path = demoFile(QStringLiteral("held.candor"));
    QVERIFY(!path.isEmpty());
    QLockFile writer(path + QStringLiteral(".lock"));
    QVERIFY(writer.tryLock(0));
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(!window.openProject(path));
    QVERIFY2(window.viewProject(path), qPrintable(window.lastError()));
    QCOMPARE(window.project()->tasks()->rowCount(), 25);
    QVERIFY(window.project()->isReadOnly());
    // Read-only by choice: no badge in the picture, the title alone says so.
    auto *badge = window.findChild<QLabel *>(QStringLiteral("readOnlyBadge"));
    QVERIFY(badge && badge->text().isEmpty());
    QVERIFY(window.windowTitle().contains(QLatin1String("[read-only]")));
    QVERIFY(writer.isLocked());
}

void TestWindowReadOnly::repairOffered_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("answer");
    QTest::newRow("repair") << false << "Repair";
    QTest::newRow("leave as it is") << false << "Leave As It Is";
    QTest::newRow("read-only: told, not offered") << true << "OK";
}

// Issue 15, item 8: the window opened such a file and said nothing.
void TestWindowReadOnly::repairOffered()
{
    QFETCH(bool, readOnly);
    QFETCH(QString, answer);
    static int files = 0;
    const QString path = demoFile(QStringLiteral("damaged-%1.candor").arg(++files));
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("d"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(
            query.exec(QStringLiteral("UPDATE task SET status = 'bogus' WHERE key = 'SEC-001'")));
        QVERIFY(query.exec(QStringLiteral("UPDATE task SET progress = 250 WHERE key = 'SEC-002'")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("d"));
    if (readOnly)
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    MainWindow window;
    window.setInteractive(true);
    answerNextBox(answer);
    QVERIFY2(window.openProject(path), qPrintable(window.lastError()));
    QVERIFY2(m_boxText.contains(QStringLiteral("SEC-001 status: “bogus” (read as todo)")),
             qPrintable(m_boxText));
    QVERIFY2(m_boxText.contains(QStringLiteral("SEC-002 progress: “250” (read as 100)")),
             qPrintable(m_boxText));
    QCOMPARE(m_boxButtons.contains(QStringLiteral("Repair")), !readOnly);
    const QList<DamagedValue> left =
        StoredValueCheck::find(window.project()->database().connection());
    QUndoStack *undo = window.project()->undoStack();
    if (answer != QLatin1String("Repair")) {
        QCOMPARE(left.size(), 2);
        QCOMPARE(undo->count(), 0);
        return;
    }
    QVERIFY(left.isEmpty());
    QCOMPARE(undo->count(), 1);
    QVERIFY(!undo->undoText().isEmpty());
    undo->undo();
    undo->redo();
    QVERIFY(StoredValueCheck::find(window.project()->database().connection()).isEmpty());
    window.setInteractive(false);
}

QTEST_MAIN(TestWindowReadOnly)
#include "tst_windowreadonly.moc"
