// SPDX-License-Identifier: MIT
#include "projectdatabase.h"

#include "backupstore.h"
#include "migrations.h"
#include "sqliteerrortext.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace Candor {

namespace {

QAtomicInt connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("candor-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

enum class Header { Missing, Empty, Sqlite, Other };

Header readHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Header::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return Header::Other;
    const QByteArray head = file.read(16);
    if (head.isEmpty())
        return Header::Empty;
    return head == QByteArrayLiteral("SQLite format 3\0") ? Header::Sqlite : Header::Other;
}

bool setError(OpenError *error, OpenError::Kind kind, const QString &message, const QString &hint)
{
    error->kind = kind;
    error->message = message;
    error->hint = hint;
    return false;
}

// True when another process holds the project's lock: a Candor that is creating or writing it.
bool lockHeldElsewhere(const QString &path)
{
    const QString lockPath = path + QStringLiteral(".lock");
    if (!QFileInfo::exists(lockPath))
        return false;
    QLockFile probe(lockPath);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

// The sentence for a file that another Candor is making right now (the loser of a race to
// create the same project sees it missing, empty or without tables, and its lock taken).
bool beingCreated(OpenError *error, const QString &shown)
{
    return setError(error, OpenError::Kind::Locked,
                    ProjectDatabase::tr("Another Candor is creating %1 at this moment.").arg(shown),
                    ProjectDatabase::tr("Wait until it has finished, then open the project."));
}

} // namespace

ProjectDatabase::~ProjectDatabase()
{
    if (!m_connectionName.isEmpty() && !m_readOnly && m_initialised) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // Fold the WAL back so that the project is one self-contained file again.
        if (db.isOpen())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    close();
}

void ProjectDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool ProjectDatabase::discardCreated()
{
    if (!m_created)
        return false;
    close();
    const bool removed = FileAccess::removeWithSiblings(m_path);
    m_lock.reset(); // only now may another Candor make the file
    return removed;
}

QSqlDatabase ProjectDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ProjectDatabase::describe(const QString &what, const QSqlError &error, const QString &path)
{
    return SqliteErrorText::describe(what, error, path);
}

bool ProjectDatabase::isCorruption(const QSqlError &error)
{
    return SqliteErrorText::isCorruption(error);
}

std::unique_ptr<ProjectDatabase> ProjectDatabase::openInMemory()
{
    std::unique_ptr<ProjectDatabase> result(new ProjectDatabase);
    result->m_connectionName = nextConnectionName();
    result->m_path = QStringLiteral(":memory:");
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), result->m_connectionName);
    db.setDatabaseName(result->m_path);
    OpenError error;
    if (!db.open() || !result->initialise(OpenOptions{}, &error))
        return nullptr;
    result->m_created = true;
    return result;
}

std::unique_ptr<ProjectDatabase> ProjectDatabase::open(const QString &path,
                                                       const OpenOptions &options, OpenError *error)
{
    OpenError local;
    if (!error)
        error = &local;
    *error = OpenError{};
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());

    std::unique_ptr<ProjectDatabase> result(new ProjectDatabase);
    result->m_path = info.absoluteFilePath();

    switch (readHeader(path)) {
    case Header::Missing:
        if (!options.createIfMissing) {
            setError(error, OpenError::Kind::NotFound, tr("The file %1 does not exist.").arg(shown),
                     tr("Check the name, or create a new project with File ▸ New."));
            return nullptr;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            setError(error, OpenError::Kind::Io, tr("Cannot create the folder for %1.").arg(shown),
                     tr("Choose a folder you can write to."));
            return nullptr;
        }
        result->m_created = true;
        break;
    case Header::Empty:
        if (lockHeldElsewhere(result->m_path)) {
            beingCreated(error, shown);
            return nullptr;
        }
        setError(error, OpenError::Kind::NotSqlite,
                 tr("The file %1 is empty, so it is not a Candor project.").arg(shown),
                 tr("Open a .candor file, or create a new project with File ▸ New."));
        return nullptr;
    case Header::Other:
        if (!info.isReadable()) {
            setError(error, OpenError::Kind::Io, tr("The file %1 cannot be read.").arg(shown),
                     tr("Check the file's permissions."));
        } else {
            setError(error, OpenError::Kind::NotSqlite,
                     tr("The file %1 is not a Candor project (it is not an SQLite database).")
                         .arg(shown),
                     tr("To bring in a Markdown, CSV or Taskwarrior file, use File ▸ Import."));
        }
        return nullptr;
    case Header::Sqlite:
        break;
    }

    result->m_access = FileAccess::of(result->m_path, result->m_created, options.readOnly);
    result->m_readOnly = result->m_access.isReadOnly();
    if (!result->m_readOnly && options.takeLock && !result->takeLock(result->m_created, error))
        return nullptr;
    // Another Candor may have made the file and let go of it between the look and the lock.
    if (result->m_created && QFileInfo::exists(result->m_path))
        result->m_created = false;

    result->m_connectionName = nextConnectionName();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), result->m_connectionName);
    result->m_access.configure(db, 2000);
    const bool opened = db.open();
    if (!opened) {
        setError(error, OpenError::Kind::Io,
                 describe(result->m_created ? tr("Cannot create %1").arg(shown)
                                            : tr("Cannot open %1").arg(shown),
                          db.lastError()),
                 result->m_created ? tr("Choose a folder you can write to.")
                                   : tr("Check that the file and its folder can be read."));
    }
    if (!opened || !result->initialise(options, error)) {
        result->discardCreated(); // a project that could not be made leaves nothing behind
        return nullptr;
    }
    return result;
}

bool ProjectDatabase::takeLock(bool creating, OpenError *error)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() != QLockFile::LockFailedError) {
        // The folder does not allow a lock file: read, but never write, without one.
        m_lock.reset();
        m_access.readInstead(FileAccess::Reason::FolderReadOnly);
        m_readOnly = true;
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    // A lock file only just made may not hold its owner yet (it reads as process 0).
    const bool owner = m_lock->getLockInfo(&pid, &host, &app) && pid > 0;
    m_lock.reset();
    if (creating)
        return beingCreated(error, shown);
    if (!owner) {
        return setError(error, OpenError::Kind::Locked,
                        tr("Another Candor is opening %1 at this moment.").arg(shown),
                        tr("Wait a moment, then open it again."));
    }
    return setError(error, OpenError::Kind::Locked,
                    tr("%1 is already open in another Candor (process %2 on %3).")
                        .arg(shown)
                        .arg(pid)
                        .arg(host.isEmpty() ? tr("this computer") : host),
                    tr("Switch to that window, or close it and open the project again."));
}

bool ProjectDatabase::initialise(const OpenOptions &options, OpenError *error)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const QString shown = QDir::toNativeSeparators(m_path);
    const auto fail = [&](const QString &what, const QSqlError &sqlError) {
        if (isCorruption(sqlError)) {
            return setError(
                error, OpenError::Kind::Corrupt,
                tr("%1 is damaged and cannot be read (%2).").arg(shown, sqlError.databaseText()),
                tr("Restore it from a backup with File ▸ Restore from Backup."));
        }
        return setError(error, OpenError::Kind::Io, describe(what, sqlError, m_path),
                        tr("Check the file, then try again."));
    };

    // Read-only checks first: a file that is refused must not be touched.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(tr("Cannot read %1").arg(shown), query.lastError());
    const int applicationId = query.value(0).toInt();
    bool ok = false;
    const int version = Migrations::userVersion(db, &ok);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return fail(tr("Cannot read %1").arg(shown), query.lastError());
    const bool empty = query.value(0).toInt() == 0 && version == 0;
    if (empty && m_readOnly) {
        // A reader cannot make the tables; a writer that is making them holds the lock.
        if (lockHeldElsewhere(m_path))
            return beingCreated(error, shown);
        return setError(error, OpenError::Kind::NotCandor,
                        tr("%1 is an empty SQLite database, not a Candor project.").arg(shown),
                        tr("Open a .candor file, or create a new project with File ▸ New."));
    }

    if (!empty && applicationId != Migrations::applicationId) {
        return setError(error, OpenError::Kind::NotCandor,
                        tr("%1 is an SQLite database, but not a Candor project.").arg(shown),
                        tr("To bring in tasks from another tool, use File ▸ Import."));
    }
    if (version > Migrations::latestVersion) {
        error->fileVersion = version;
        error->supportedVersion = Migrations::latestVersion;
        return setError(error, OpenError::Kind::NewerSchema,
                        tr("%1 was saved by a newer Candor (file format %2; this Candor reads up "
                           "to format %3).")
                            .arg(shown)
                            .arg(version)
                            .arg(Migrations::latestVersion),
                        tr("Update Candor to open this project. The file was not changed."));
    }
    if (m_readOnly && version > 0 && version < Migrations::latestVersion) {
        // Read an older read-only file through a private copy brought up to date: the file
        // itself stays exactly as it was, and nothing is ever written back.
        query.finish();
        m_initialised = openUpgradedCopy(error);
        return m_initialised;
    }

    // A reader never writes; SQLite refuses if some path of Candor ever tried to.
    if (m_readOnly)
        query.exec(QStringLiteral("PRAGMA query_only = ON"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!m_readOnly && m_path != QLatin1String(":memory:")) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return fail(tr("Cannot prepare %1").arg(shown), query.lastError());
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        // SQLite's default page cache (2 MB) spills a bulk edit of 100k tasks to the WAL in
        // the middle of its transaction: up to 64 MB, taken only as pages are touched.
        query.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    // A full integrity check would cost seconds on large projects; a damaged page is caught
    // by the first read that touches it (see Project::load). The schema pages are checked here.
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next())
        return fail(tr("Cannot read %1").arg(shown), query.lastError());
    // A statement left open makes the backup's VACUUM INTO fail ("SQL statements in progress").
    query.finish();

    if (version < Migrations::latestVersion) {
        if (version > 0 && !options.backupDir.isEmpty()) {
            QDir().mkpath(options.backupDir);
            const QString target = QDir(options.backupDir)
                                       .filePath(BackupStore::fileName(
                                           QDateTime::currentDateTime(),
                                           QStringLiteral("before-migration-v%1").arg(version)));
            if (const WriteResult copied = copyTo(target); !copied) {
                return setError(error, OpenError::Kind::Io, copied.error(),
                                tr("Free some disk space, then open the project again."));
            }
        }
        QString migrationError;
        if (!Migrations::migrate(db, &migrationError)) {
            if (m_created) {
                return setError(error, OpenError::Kind::Io,
                                tr("Cannot create %1. %2").arg(shown, migrationError),
                                tr("Choose a folder on a disk with room to write to."));
            }
            return setError(error, OpenError::Kind::Io, migrationError,
                            tr("The file was left as it was. Report this with the file attached."));
        }
    }
    m_initialised = true;
    return true;
}

bool ProjectDatabase::openUpgradedCopy(OpenError *error)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const auto refuse = [&](const QString &why) {
        return setError(error, OpenError::Kind::Io,
                        tr("%1 needs an upgrade to file format %2, but it is read-only, and "
                           "no upgraded copy could be made (%3).")
                            .arg(shown)
                            .arg(Migrations::latestVersion)
                            .arg(why),
                        tr("Copy it to a folder you can write to and open the copy."));
    };
    m_upgradedCopy = std::make_unique<QTemporaryDir>();
    if (!m_upgradedCopy->isValid())
        return refuse(m_upgradedCopy->errorString());
    const QString copy = m_upgradedCopy->filePath(QStringLiteral("upgraded.candor"));
    if (const WriteResult copied = copyTo(copy); !copied)
        return refuse(copied.error());
    QSqlDatabase db = connection();
    db.close();
    db.setDatabaseName(copy);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return refuse(db.lastError().text());
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    QString migrationError;
    if (!Migrations::migrate(db, &migrationError))
        return refuse(migrationError);
    return true;
}

WriteResult ProjectDatabase::copyTo(const QString &target) const
{
    QSqlQuery query(connection());
    // VACUUM INTO writes only the copy, but query_only refuses it all the same.
    if (m_readOnly)
        query.exec(QStringLiteral("PRAGMA query_only = OFF"));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    const bool copied = query.exec();
    const QSqlError failure = query.lastError();
    if (m_readOnly)
        query.exec(QStringLiteral("PRAGMA query_only = ON"));
    if (!copied) {
        QFile::remove(target); // an empty or partial copy is no backup
        return WriteResult::failure(
            describe(tr("Cannot copy the project to %1").arg(QDir::toNativeSeparators(target)),
                     failure, target));
    }
    return WriteResult::success();
}

} // namespace Candor
