// SPDX-License-Identifier: MIT
// StoredValueCheck: task values that break the file's own rules (written by a tool with the
// check constraints off) are found with their key, field and stored value, read as a default,
// and repaired in one transaction that is one undo step (issue 15, item 8).
#include "commands/changecommand.h"
#include "core/taskvalues.h"
#include "project/storedvaluecheck.h"
#include "testproject.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

namespace {

// Writes values past the schema's CHECK constraints, as another tool could.
bool damage(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("damage");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant stored(const Project &project, const QString &column, const char *key)
{
    QSqlQuery query(project.database().connection());
    query.prepare(QStringLiteral("SELECT %1 FROM task WHERE key = ?").arg(column));
    query.addBindValue(QString::fromUtf8(key));
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

} // namespace

class tst_StoredValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsAndReads_data();
    void findsAndReads();
    void sound();
    void repairIsOneUndoableTransaction();

private:
    QString damagedFile(const QString &name);
    QTemporaryDir m_dir;
};

void tst_StoredValues::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_StoredValues::damagedFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!createDemoFile(path))
        return {};
    const bool damaged =
        damage(path, {QStringLiteral("UPDATE task SET status = 'bogus' WHERE key = 'SEC-001'"),
                      QStringLiteral("UPDATE task SET priority = 'P9' WHERE key = 'SEC-002'"),
                      QStringLiteral("UPDATE task SET verification = 'maybe' WHERE key = "
                                     "'SEC-003'"),
                      QStringLiteral("UPDATE task SET progress = 250 WHERE key = 'SEC-004'"),
                      // One row damaged in several columns at once.
                      QStringLiteral("UPDATE task SET status = 'later', progress = -5, "
                                     "estimate = -2 WHERE key = 'OPS-001'")});
    return damaged ? path : QString();
}

void tst_StoredValues::findsAndReads_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<TaskField>("field");
    QTest::addColumn<QVariant>("storedValue");
    QTest::addColumn<QVariant>("readAs");
    QTest::addColumn<QString>("line");
    QTest::newRow("status") << "SEC-001" << TaskField::Status << QVariant(QStringLiteral("bogus"))
                            << QVariant(int(Status::Todo))
                            << QStringLiteral("SEC-001 status: “bogus” (read as todo)");
    QTest::newRow("priority") << "SEC-002" << TaskField::Priority << QVariant(QStringLiteral("P9"))
                              << QVariant(int(Priority::P2))
                              << QStringLiteral("SEC-002 priority: “P9” (read as P2)");
    QTest::newRow("verification") << "SEC-003" << TaskField::Verification
                                  << QVariant(QStringLiteral("maybe"))
                                  << QVariant(int(Verification::Unverified))
                                  << QStringLiteral(
                                         "SEC-003 verification: “maybe” (read as unverified)");
    QTest::newRow("progress over")
        << "SEC-004" << TaskField::Progress << QVariant(250) << QVariant(100)
        << QStringLiteral("SEC-004 progress: “250” (read as 100)");
    QTest::newRow("progress under")
        << "OPS-001" << TaskField::Progress << QVariant(-5) << QVariant(0)
        << QStringLiteral("OPS-001 progress: “-5” (read as 0)");
    QTest::newRow("estimate") << "OPS-001" << TaskField::Estimate << QVariant(-2.0) << QVariant()
                              << QStringLiteral("OPS-001 estimate: “-2” (read as empty)");
}

void tst_StoredValues::findsAndReads()
{
    QFETCH(QString, key);
    QFETCH(TaskField, field);
    QFETCH(QVariant, storedValue);
    QFETCH(QVariant, readAs);
    QFETCH(QString, line);
    const QString path = damagedFile(
        QStringLiteral("find-%1.candor").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(!path.isEmpty());
    const auto project = readBack(path);
    QVERIFY(project);

    bool ok = false;
    const QList<DamagedValue> damaged =
        StoredValueCheck::find(project->database().connection(), &ok);
    QVERIFY(ok);
    QCOMPARE(damaged.size(), 7);
    const auto found = std::find_if(damaged.cbegin(), damaged.cend(), [&](const DamagedValue &v) {
        return v.key == key && v.field == field;
    });
    QVERIFY(found != damaged.cend());
    QCOMPARE(found->taskId, idOf(*project, key));
    QCOMPARE(found->stored.toString(), storedValue.toString());
    QCOMPARE(found->readAs, readAs);
    QVERIFY2(StoredValueCheck::describe(damaged).contains(line),
             qPrintable(StoredValueCheck::describe(damaged).join(QLatin1Char('\n'))));
    // The models show what the check says they are read as.
    const Task *task = project->tasks()->task(found->taskId);
    QVERIFY(task);
    QCOMPARE(taskValue(*task, field), readAs);
}

void tst_StoredValues::sound()
{
    const auto project = demoProject();
    QVERIFY(project);
    bool ok = false;
    QVERIFY(StoredValueCheck::find(project->database().connection(), &ok).isEmpty());
    QVERIFY(ok);
    QVERIFY(StoredValueCheck::repair({}).isEmpty());
}

void tst_StoredValues::repairIsOneUndoableTransaction()
{
    const QString path = damagedFile(QStringLiteral("repair.candor"));
    QVERIFY(!path.isEmpty());
    OpenError error;
    const auto project = Project::open(path, OpenOptions{}, &error);
    QVERIFY2(project, qPrintable(error.message));
    const QList<DamagedValue> damaged = StoredValueCheck::find(project->database().connection());
    QCOMPARE(damaged.size(), 7);
    const int tasks = project->tasks()->rowCount();
    QString failure;
    connect(project.get(), &Project::writeFailed, this,
            [&failure](const QString &message) { failure = message; });

    auto *command = new ChangeCommand(project.get(), StoredValueCheck::repair(damaged),
                                      QStringLiteral("Repair"));
    project->undoStack()->push(command);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(project->undoStack()->count(), 1);
    QVERIFY(StoredValueCheck::find(project->database().connection()).isEmpty());
    QCOMPARE(stored(*project, QStringLiteral("status"), "SEC-001").toString(),
             QStringLiteral("todo"));
    QCOMPARE(stored(*project, QStringLiteral("priority"), "SEC-002").toString(),
             QStringLiteral("P2"));
    QCOMPARE(stored(*project, QStringLiteral("verification"), "SEC-003").toString(),
             QStringLiteral("unverified"));
    QCOMPARE(stored(*project, QStringLiteral("progress"), "SEC-004").toInt(), 100);
    QCOMPARE(stored(*project, QStringLiteral("status"), "OPS-001").toString(),
             QStringLiteral("todo"));
    QVERIFY(stored(*project, QStringLiteral("estimate"), "OPS-001").isNull());
    QCOMPARE(project->tasks()->rowCount(), tasks);

    // Undo and redo write what was shown: nothing fails and the file stays within its rules.
    project->undoStack()->undo();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(StoredValueCheck::find(project->database().connection()).isEmpty());
    project->undoStack()->redo();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(taskOf(*project, "SEC-004")->progress, 100);

    // The repair is in the task's history, as any change is.
    const QList<TaskEvent> history = project->history(idOf(*project, "SEC-004"));
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first().field, QStringLiteral("progress"));
}

QTEST_GUILESS_MAIN(tst_StoredValues)
#include "tst_storedvalues.moc"
