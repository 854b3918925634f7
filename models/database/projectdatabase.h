// SPDX-License-Identifier: MIT
#pragma once

#include "core/writeresult.h"
#include "fileaccess.h"
#include "openerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

class QLockFile;
class QTemporaryDir;
class QSqlError;

namespace Candor {

// One open project file: a named Qt SQL connection with foreign keys and WAL, its schema
// migrated, and (for a writer) the lock that keeps a second Candor from writing to it.
class ProjectDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)
public:
    ~ProjectDatabase();
    Q_DISABLE_COPY_MOVE(ProjectDatabase)

    // Opens (or creates) a project file. On failure returns null with *error filled in, and the
    // file is exactly as it was.
    static std::unique_ptr<ProjectDatabase> open(const QString &path, const OpenOptions &options,
                                                 OpenError *error);
    // A private in-memory project, for tests.
    static std::unique_ptr<ProjectDatabase> openInMemory();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the project cannot be written, as the end of a sentence ("the file is read-only");
    // empty when it can, or when reading only was asked for.
    QString readOnlyReason() const { return m_access.reasonText(); }
    bool wasCreated() const { return m_created; }
    // Closes a file that this open created and removes it with the -wal and -shm beside it, so
    // that a creation that failed half way leaves nothing behind. The object is then closed.
    bool discardCreated();

    // A consistent copy of the whole project (VACUUM INTO), safe while it is open.
    WriteResult copyTo(const QString &target) const;

    // Describes an SQL error for a user: what failed and, for known SQLite codes, why (a full
    // disk, a read-only file), naming the project file when path is given.
    static QString describe(const QString &what, const QSqlError &error,
                            const QString &path = QString());
    static bool isCorruption(const QSqlError &error);

private:
    ProjectDatabase() = default;
    bool initialise(const OpenOptions &options, OpenError *error);
    bool openUpgradedCopy(OpenError *error);
    bool takeLock(bool creating, OpenError *error);
    void close();

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_created = false;
    bool m_initialised = false; // accepted as a Candor project (a refused file is never written)
    FileAccess m_access;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QTemporaryDir> m_upgradedCopy; // an older read-only file, brought up to date
};

} // namespace Candor
