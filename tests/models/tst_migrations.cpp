// SPDX-License-Identifier: MIT
// Schema version 2 (component.stated_completion): on new files and in memory, a version 1 file
// migrated forward with its data kept, and a migration that fails leaving version 1 as it was.
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

private:
    // A project file as Candor 0.1 (schema version 1) wrote it, with one component.
    QString versionOneFile(const QString &name);

    QTemporaryDir m_dir;
};

void tst_Migrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QCOMPARE(Migrations::latestVersion, 3);
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
    {
        OpenOptions options;
        options.createIfMissing = true;
        OpenError error;
        const auto db = ProjectDatabase::open(path, options, &error);
        if (!db)
            return {};
    }
    // SQLite 3.35+ drops a column; what is left is exactly the version 1 schema.
    const bool ok = rawExec(path, {QStringLiteral("INSERT INTO component (name, prefix) VALUES "
                                                  "('Security', 'SEC')"),
                                   QStringLiteral("ALTER TABLE component DROP COLUMN "
                                                  "stated_completion"),
                                   QStringLiteral("ALTER TABLE snapshot DROP COLUMN remaining"),
                                   QStringLiteral("PRAGMA user_version = 1")});
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

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
