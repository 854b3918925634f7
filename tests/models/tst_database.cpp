// SPDX-License-Identifier: MIT
// ProjectDatabase: schema creation and migration, and every way an open can fail without
// touching the file.
#include "database/migrations.h"
#include "database/projectdatabase.h"
#include "project/projectgenerator.h"
#include "testproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Candor;
using namespace CandorTest;

namespace {

enum class Setup { TextFile, EmptyFile, ForeignSqlite, NewerSchema, Missing };

// A plain SQLite connection, outside Candor, for preparing and inspecting files.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

QVariant pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
        return {};
    return query.value(0);
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

const QStringList schemaTables = {
    QStringLiteral("project"),        QStringLiteral("component"),
    QStringLiteral("milestone"),      QStringLiteral("task"),
    QStringLiteral("milestone_task"), QStringLiteral("dependency"),
    QStringLiteral("checklist_item"), QStringLiteral("event"),
    QStringLiteral("snapshot"),
};

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void schemaOnNewFile_data();
    void schemaOnNewFile();
    void schemaInMemory_data();
    void schemaInMemory();
    void pragmasOnNewFile();
    void pragmasInMemory();
    void migratesEmptyVersionZeroFile();
    void migrationIsIdempotent();

    void openErrors_data();
    void openErrors();
    void newerSchema();
    void corruptFile();
    void readOnlyOption();
    void readOnlyPermissions();
    void lockedByAnotherWriter();
    void walFoldedBackOnClose();

private:
    QString newPath(const QString &name) const { return m_dir.filePath(name); }
    void makeFile(Setup setup, const QString &path);

    QTemporaryDir m_dir;
};

void tst_Database::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void tst_Database::schemaOnNewFile_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &table : schemaTables)
        QTest::newRow(qPrintable(table)) << table;
}

void tst_Database::schemaOnNewFile()
{
    QFETCH(QString, table);
    const QString path = newPath(QStringLiteral("schema-%1.candor").arg(table));
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    const auto db = ProjectDatabase::open(path, options, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(!error.isError());
    QVERIFY(db->wasCreated());
    QVERIFY(!db->isReadOnly());
    QVERIFY2(hasTable(db->connection(), table), qPrintable(table));
    QVERIFY(QFileInfo::exists(path));
}

void tst_Database::schemaInMemory_data()
{
    schemaOnNewFile_data();
}

void tst_Database::schemaInMemory()
{
    QFETCH(QString, table);
    const auto db = ProjectDatabase::openInMemory();
    QVERIFY(db);
    QCOMPARE(db->path(), QStringLiteral(":memory:"));
    QVERIFY2(hasTable(db->connection(), table), qPrintable(table));
}

void tst_Database::pragmasOnNewFile()
{
    const QString path = newPath(QStringLiteral("pragmas.candor"));
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    {
        const auto db = ProjectDatabase::open(path, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        const QSqlDatabase connection = db->connection();
        QCOMPARE(pragma(connection, "user_version").toInt(), Migrations::latestVersion);
        QCOMPARE(Migrations::userVersion(connection), Migrations::latestVersion);
        QCOMPARE(pragma(connection, "application_id").toInt(), Migrations::applicationId);
        QCOMPARE(pragma(connection, "journal_mode").toString().toLower(), QStringLiteral("wal"));
        QCOMPARE(pragma(connection, "foreign_keys").toInt(), 1);
    }
    // The stamps are in the file, not only in the connection.
    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), Migrations::applicationId);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
             QStringLiteral("wal"));
}

void tst_Database::pragmasInMemory()
{
    const auto db = ProjectDatabase::openInMemory();
    QVERIFY(db);
    const QSqlDatabase connection = db->connection();
    QCOMPARE(pragma(connection, "user_version").toInt(), Migrations::latestVersion);
    QCOMPARE(pragma(connection, "application_id").toInt(), Migrations::applicationId);
    QCOMPARE(pragma(connection, "foreign_keys").toInt(), 1);
}

void tst_Database::migratesEmptyVersionZeroFile()
{
    const QString path = newPath(QStringLiteral("v0.candor"));
    {
        // A real SQLite file (header written) with nothing in it and user_version 0.
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE scratch")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }
    QVERIFY(QFileInfo(path).size() > 0);

    OpenError error;
    const auto db = ProjectDatabase::open(path, OpenOptions{}, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(!db->wasCreated());
    QCOMPARE(Migrations::userVersion(db->connection()), Migrations::latestVersion);
    QCOMPARE(pragma(db->connection(), "application_id").toInt(), Migrations::applicationId);
    for (const QString &table : schemaTables)
        QVERIFY2(hasTable(db->connection(), table), qPrintable(table));
}

void tst_Database::migrationIsIdempotent()
{
    const QString path = newPath(QStringLiteral("twice.candor"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE scratch")));
    }
    int objects = 0;
    {
        OpenError error;
        const auto db = ProjectDatabase::open(path, OpenOptions{}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next());
        objects = query.value(0).toInt();
        QVERIFY(objects >= schemaTables.size());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO project (id, name, created) VALUES "
                                          "(1, 'kept', 0)")));
    }
    {
        OpenError error;
        const auto db = ProjectDatabase::open(path, OpenOptions{}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(Migrations::userVersion(db->connection()), Migrations::latestVersion);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next());
        QCOMPARE(query.value(0).toInt(), objects);
        // Running the migrations again on a current file changes nothing.
        QSqlDatabase connection = db->connection();
        QString migrationError;
        QVERIFY2(Migrations::migrate(connection, &migrationError), qPrintable(migrationError));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next());
        QCOMPARE(query.value(0).toInt(), objects);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM project")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    }
}

void tst_Database::makeFile(Setup setup, const QString &path)
{
    switch (setup) {
    case Setup::TextFile: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Tasks\n- [ ] SEC-001 Implement encryption at rest\n");
        break;
    }
    case Setup::EmptyFile: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        break;
    }
    case Setup::ForeignSqlite: {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO recipes (name) VALUES ('soup')")));
        break;
    }
    case Setup::NewerSchema: {
        {
            OpenOptions options;
            options.createIfMissing = true;
            OpenError error;
            const auto project = Project::open(path, options, &error);
            QVERIFY2(project, qPrintable(error.message));
            QVERIFY(project->setName(QStringLiteral("From the future")).ok());
        }
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        break;
    }
    case Setup::Missing:
        break;
    }
}

void tst_Database::openErrors_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<OpenError::Kind>("kind");
    QTest::newRow("text file") << Setup::TextFile << OpenError::Kind::NotSqlite;
    QTest::newRow("empty file") << Setup::EmptyFile << OpenError::Kind::NotSqlite;
    QTest::newRow("other sqlite") << Setup::ForeignSqlite << OpenError::Kind::NotCandor;
    QTest::newRow("newer schema") << Setup::NewerSchema << OpenError::Kind::NewerSchema;
    QTest::newRow("not found") << Setup::Missing << OpenError::Kind::NotFound;
}

void tst_Database::openErrors()
{
    QFETCH(Setup, setup);
    QFETCH(OpenError::Kind, kind);
    const QString path = newPath(QStringLiteral("error-%1.candor").arg(int(setup)));
    makeFile(setup, path);
    if (QTest::currentTestFailed())
        return;
    const bool existed = QFileInfo::exists(path);
    QCOMPARE(existed, setup != Setup::Missing);
    const QByteArray before = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    OpenError error;
    error.kind = OpenError::Kind::Io; // must be overwritten
    const auto project = Project::open(path, OpenOptions{}, &error);
    QVERIFY(!project);
    QCOMPARE(error.kind, kind);
    QVERIFY(error.isError());
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.hint.isEmpty());
    QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));

    // The refused file is exactly as it was, and nothing was left beside it.
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void tst_Database::newerSchema()
{
    const QString path = newPath(QStringLiteral("newer.candor"));
    makeFile(Setup::NewerSchema, path);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileHash(path);
    OpenError error;
    QVERIFY(!Project::open(path, OpenOptions{}, &error));
    QCOMPARE(error.kind, OpenError::Kind::NewerSchema);
    QCOMPARE(error.fileVersion, 99);
    QCOMPARE(error.supportedVersion, Migrations::latestVersion);
    QVERIFY2(error.message.contains(QStringLiteral("99")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(Migrations::latestVersion)),
             qPrintable(error.message));
    QCOMPARE(fileHash(path), before);

    // Read-only opening is refused the same way.
    OpenOptions readOnly;
    readOnly.readOnly = true;
    QVERIFY(!Project::open(path, readOnly, &error));
    QCOMPARE(error.kind, OpenError::Kind::NewerSchema);
    QCOMPARE(fileHash(path), before);
}

void tst_Database::corruptFile()
{
    const QString path = newPath(QStringLiteral("corrupt.candor"));
    {
        OpenOptions options;
        options.createIfMissing = true;
        OpenError error;
        auto db = ProjectDatabase::open(path, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        const WriteResult generated = ProjectGenerator::generate(*db, 2000, 7);
        QVERIFY2(generated.ok(), qPrintable(generated.error()));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
            QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    {
        // Sanity: before the damage the file opens.
        OpenError error;
        const auto project = Project::open(path, OpenOptions{}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->tasks()->rowCount(), 2000);
    }

    const qint64 size = QFileInfo(path).size();
    constexpr qint64 damage = 64 * 1024;
    QVERIFY2(size > 4 * damage, qPrintable(QString::number(size)));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(size / 2));
        QCOMPARE(file.write(QByteArray(damage, char(0xff))), damage);
    }
    const QByteArray before = fileHash(path);

    OpenError error;
    const auto project = Project::open(path, OpenOptions{}, &error);
    QVERIFY2(!project, "a damaged project file was opened without complaint");
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.hint.isEmpty());
    if (error.kind == OpenError::Kind::Io)
        qWarning("Damage reported as an I/O error, not as corruption: %s",
                 qPrintable(error.message));
    else
        QCOMPARE(error.kind, OpenError::Kind::Corrupt);
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void tst_Database::readOnlyOption()
{
    const QString path = newPath(QStringLiteral("readonly-option.candor"));
    {
        const auto project = createDemoFile(path);
        QVERIFY(project);
    }
    const QByteArray before = fileHash(path);

    OpenOptions options;
    options.readOnly = true;
    OpenError error;
    const auto project = Project::open(path, options, &error);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(project->isReadOnly());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    QCOMPARE(project->tasks()->rowCount(), 25);

    const qint64 id = idOf(*project, "SEC-001");
    QVERIFY(id != 0);
    const WriteResult result =
        project->setTaskField({id}, TaskField::Title, {QStringLiteral("Changed")});
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QCOMPARE(project->tasks()->task(id)->title, QStringLiteral("Implement encryption at rest"));
    const QModelIndex title =
        project->tasks()->index(project->tasks()->rowOf(id), column(TaskField::Title));
    QVERIFY(!(project->tasks()->flags(title) & Qt::ItemIsEditable));
    QVERIFY(!project->tasks()->setData(title, QStringLiteral("Changed")));
    QCOMPARE(fileHash(path), before);
}

void tst_Database::readOnlyPermissions()
{
    const QString path = newPath(QStringLiteral("readonly-file.candor"));
    {
        const auto project = createDemoFile(path);
        QVERIFY(project);
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
    });
    // Candor honours the mode bits even for root (who may write anything), so this runs anywhere.
    const QByteArray before = fileHash(path);
    OpenError error;
    const auto project = Project::open(path, OpenOptions{}, &error);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(project->isReadOnly());
    const qint64 id = idOf(*project, "SEC-001");
    const WriteResult result =
        project->setTaskField({id}, TaskField::Title, {QStringLiteral("Changed")});
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QCOMPARE(fileHash(path), before);
}

void tst_Database::lockedByAnotherWriter()
{
    const QString path = newPath(QStringLiteral("locked.candor"));
    auto first = createDemoFile(path);
    QVERIFY(first);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));

    OpenError error;
    QVERIFY(!Project::open(path, OpenOptions{}, &error));
    QCOMPARE(error.kind, OpenError::Kind::Locked);
    QVERIFY2(error.message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
    // The refused second open did not take the first one's lock away.
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    QCOMPARE(first->tasks()->rowCount(), 25);

    first.reset();
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    const auto second = Project::open(path, OpenOptions{}, &error);
    QVERIFY2(second, qPrintable(error.message));
    QVERIFY(!second->isReadOnly());
    QCOMPARE(second->tasks()->rowCount(), 25);
}

void tst_Database::walFoldedBackOnClose()
{
    const QString path = newPath(QStringLiteral("wal.candor"));
    const QString wal = path + QStringLiteral("-wal");
    {
        const auto project = createDemoFile(path);
        QVERIFY(project);
        // While open, writes go to the write-ahead log.
        QVERIFY(QFileInfo::exists(wal));
        QVERIFY(QFileInfo(wal).size() > 0);
    }
    QVERIFY2(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0,
             qPrintable(QString::number(QFileInfo(wal).size())));
    // Everything is in the main file alone: a copy of it without the WAL holds all the tasks.
    const QString copy = newPath(QStringLiteral("wal-copy.candor"));
    QVERIFY(QFile::copy(path, copy));
    OpenError error;
    const auto reopened = Project::open(copy, OpenOptions{}, &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QCOMPARE(reopened->tasks()->rowCount(), 25);
    QCOMPARE(reopened->name(), QStringLiteral("Demo: Road to production"));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
