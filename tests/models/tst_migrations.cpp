// SPDX-License-Identifier: MIT
// Schema version 2 (component.stated_completion): on new files and in memory, a version 1 file
// migrated forward with its data kept, and a migration that fails leaving version 1 as it was.
// Version 4 (status `cancelled`, a rebuilt task table): allowed on new files, and a version 3
// file migrated with its tasks, dependencies, checklists and milestone links kept.
#include "database/migrations.h"
#include "database/projectdatabase.h"
#include "testproject.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Candor;
using namespace CandorTest;

namespace {

// Runs statements on a file through a plain connection of its own, as another tool would.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (ok && !query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A file exactly as a Candor of schema `version` wrote it (the migrations up to there), plus the
// statements; on a plain connection, as that Candor had no more.
bool oldFile(const QString &path, int version, const QStringList &statements)
{
    const QString name = QStringLiteral("old-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && Migrations::migrate(db, &error, version);
        if (!ok)
            qWarning("%s", qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok && rawExec(path, statements);
}

bool insertStatus(QSqlDatabase db, const QString &status)
{
    static int count = 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO task (key, title, status, created, updated) "
                                 "VALUES (?, 'A task', ?, 0, 0)"));
    query.addBindValue(QStringLiteral("T-%1").arg(++count));
    query.addBindValue(status);
    return query.exec();
}

bool insertStated(QSqlDatabase db, const QVariant &value)
{
    static int count = 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO component (name, stated_completion) VALUES (?, ?)"));
    query.addBindValue(QStringLiteral("Component %1").arg(++count));
    query.addBindValue(value);
    return query.exec();
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statedCompletionColumn_data();
    void statedCompletionColumn();
    void migratesVersionOneFile();
    void failedMigrationKeepsVersionOne();
    void readOnlyVersionOneFileIsReadUnchanged();
    void cancelledStatus_data();
    void cancelledStatus();
    void migratesVersionThreeFile();

private:
    // A project file as Candor 0.1 (schema version 1) wrote it, with one component.
    QString versionOneFile(const QString &name);

    QTemporaryDir m_dir;
};

void tst_Migrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QCOMPARE(Migrations::latestVersion, 4);
}

void tst_Migrations::statedCompletionColumn_data()
{
    QTest::addColumn<bool>("inMemory");
    QTest::newRow("file") << false;
    QTest::newRow("memory") << true;
}

void tst_Migrations::statedCompletionColumn()
{
    QFETCH(bool, inMemory);
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    const auto db = inMemory ? ProjectDatabase::openInMemory()
                             : ProjectDatabase::open(m_dir.filePath(QStringLiteral("new.candor")),
                                                     options, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(Migrations::userVersion(db->connection()), Migrations::latestVersion);
    QVERIFY(insertStated(db->connection(), QVariant(QMetaType(QMetaType::Int)))); // not stated
    QVERIFY(insertStated(db->connection(), 0));
    QVERIFY(insertStated(db->connection(), 100));
    QVERIFY(!insertStated(db->connection(), 101));
    QVERIFY(!insertStated(db->connection(), -1));
}

QString tst_Migrations::versionOneFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const bool ok = oldFile(path, 1,
                            {QStringLiteral("INSERT INTO component (name, prefix) VALUES "
                                            "('Security', 'SEC')")});
    return ok ? path : QString();
}

void tst_Migrations::migratesVersionOneFile()
{
    const QString path = versionOneFile(QStringLiteral("v1.candor"));
    QVERIFY(!path.isEmpty());
    const QString backups = m_dir.filePath(QStringLiteral("backups"));
    OpenOptions options;
    options.backupDir = backups;
    {
        OpenError error;
        auto project = Project::open(path, options, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(Migrations::userVersion(project->database().connection()),
                 Migrations::latestVersion);
        const ComponentModel &components = *project->components();
        QCOMPARE(components.components().size(), 1);
        const Component &security = components.components().constFirst();
        QCOMPARE(security.prefix, QStringLiteral("SEC"));
        QVERIFY(!security.statedCompletion);
        QVERIFY(project->setStatedCompletion(security.id, 75));
        QVERIFY(!project->setStatedCompletion(security.id, 120));
    }
    // The version 1 file was copied aside before it changed.
    QCOMPARE(QDir(backups).entryList(QDir::Files).size(), 1);
    OpenError error;
    auto again = Project::open(path, options, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->components()->components().constFirst().statedCompletion, 75);
}

void tst_Migrations::failedMigrationKeepsVersionOne()
{
    const QString path = versionOneFile(QStringLiteral("v1-blocked.candor"));
    QVERIFY(!path.isEmpty());
    // A column of that name already there makes version 2's ALTER TABLE fail half-way.
    QVERIFY(rawExec(path, {QStringLiteral("ALTER TABLE component ADD COLUMN stated_completion "
                                          "TEXT")}));
    {
        OpenError error;
        const auto db = ProjectDatabase::open(path, OpenOptions{}, &error);
        QVERIFY(!db);
        QVERIFY2(error.message.contains(QStringLiteral("version 2")), qPrintable(error.message));
    }
    const QString name = QStringLiteral("check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM component")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Security"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_Migrations::readOnlyVersionOneFileIsReadUnchanged()
{
    // An older file that may not be written (a release archive, a colleague's share) still
    // opens, read-only, through an upgraded private copy; the file keeps every byte.
    const QString path = versionOneFile(QStringLiteral("v1-readonly.candor"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto digest = [&path]() {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = digest();
    const qint64 walBefore = QFileInfo(path + QStringLiteral("-wal")).size();
    {
        OpenError error;
        auto project = Project::open(path, OpenOptions{}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QVERIFY(project->isReadOnly());
        QCOMPARE(project->components()->components().size(), 1);
        QVERIFY(!project->components()->components().constFirst().statedCompletion);
        QVERIFY(
            !project->setStatedCompletion(project->components()->components().constFirst().id, 50));
    }
    QCOMPARE(digest(), before);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), walBefore);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_Migrations::cancelledStatus_data()
{
    statedCompletionColumn_data();
}

void tst_Migrations::cancelledStatus()
{
    QFETCH(bool, inMemory);
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    const auto db =
        inMemory ? ProjectDatabase::openInMemory()
                 : ProjectDatabase::open(m_dir.filePath(QStringLiteral("new-cancelled.candor")),
                                         options, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(insertStatus(db->connection(), QStringLiteral("cancelled")));
    QVERIFY(insertStatus(db->connection(), QStringLiteral("done")));
    QVERIFY(!insertStatus(db->connection(), QStringLiteral("wontfix")));
    // The rebuilt table has every index the first one had.
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name = 'task' AND sql IS NOT NULL ORDER BY name")));
    QStringList indexes;
    while (query.next())
        indexes << query.value(0).toString();
    QCOMPARE(
        indexes,
        (QStringList{QStringLiteral("task_assignee"), QStringLiteral("task_component"),
                     QStringLiteral("task_key_ci"), QStringLiteral("task_priority"),
                     QStringLiteral("task_status_rank"), QStringLiteral("task_verification")}));
}

void tst_Migrations::migratesVersionThreeFile()
{
    // A version 3 file with every table that points at a task: dropping the old task table
    // with foreign keys on would empty them all.
    const QString path = m_dir.filePath(QStringLiteral("v3.candor"));
    QVERIFY(oldFile(
        path, 3,
        {QStringLiteral("INSERT INTO component (id, name, prefix) VALUES (1, 'Security', 'SEC')"),
         QStringLiteral(
             "INSERT INTO task (id, key, title, component_id, status, estimate, created, "
             "updated) VALUES (1, 'SEC-001', 'Threat model', 1, 'done', 2, 0, 0), "
             "(2, 'SEC-002', 'Encrypt', 1, 'todo', 3, 0, 0)"),
         QStringLiteral("INSERT INTO dependency (task_id, depends_on_id) VALUES (2, 1)"),
         QStringLiteral("INSERT INTO checklist_item (task_id, text) VALUES (2, 'Keys rotate')"),
         QStringLiteral("INSERT INTO milestone (id, name) VALUES (1, 'Audit')"),
         QStringLiteral("INSERT INTO milestone_task (milestone_id, task_id) VALUES (1, 2)")}));
    // Version 3 knew no cancelled task.
    QVERIFY(!rawExec(path, {QStringLiteral("UPDATE task SET status = 'cancelled' WHERE id = 2")}));

    const QString backups = m_dir.filePath(QStringLiteral("backups-v3"));
    OpenOptions options;
    options.backupDir = backups;
    OpenError error;
    auto project = Project::open(path, options, &error);
    QVERIFY2(project, qPrintable(error.message));
    QCOMPARE(Migrations::userVersion(project->database().connection()), 4);
    QCOMPARE(QDir(backups).entryList(QDir::Files).size(), 1);
    QCOMPARE(project->tasks()->rowCount(), 2);
    const qint64 encrypt = idOf(*project, "SEC-002");
    QCOMPARE(encrypt, 2);
    QCOMPARE(taskOf(*project, "SEC-002")->componentId, 1);
    QCOMPARE(project->dependencies().dependenciesOf(encrypt), QList<qint64>{1});
    QCOMPARE(project->checklist(encrypt).size(), 1);
    QCOMPARE(project->tasksOfMilestone(1), QList<qint64>{encrypt});
    QCOMPARE(scalar(*project, QStringLiteral("PRAGMA foreign_keys")), 1);

    QVERIFY(project->setTaskField({encrypt}, TaskField::Status, {int(Status::Cancelled)}));
    QCOMPARE(scalar(*project, QStringLiteral("SELECT count(*) FROM task WHERE status = "
                                             "'cancelled'")),
             1);
    // The links point at the rebuilt table: deleting a task still cascades to them.
    QSqlQuery query(project->database().connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM task WHERE id = 1")));
    QCOMPARE(scalar(*project, QStringLiteral("SELECT count(*) FROM dependency")), 0);
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
