// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace Candor {

// How a project file can be opened: for writing, or only for reading and why; and how SQLite is
// to open it so that reading leaves the folder as it was. A project is in WAL mode, and SQLite
// makes a -wal and a -shm file beside it on the first read. A read-only connection can neither
// remove them when it closes nor make them where the folder cannot be written to (read-only
// media), so a reader opens the file in one of three ways (see connectionFor()).
class FileAccess final
{
    Q_DECLARE_TR_FUNCTIONS(FileAccess)
public:
    enum class Reason {
        None,           // writable
        Requested,      // the caller asked to read only (export, a dry run)
        FileReadOnly,   // the file's mode or owner does not allow writing
        FolderReadOnly, // the folder (or the whole medium) cannot be written to
        SiblingReadOnly // a -wal or -shm file left beside it cannot be written to
    };
    // How SQLite opens the file for a reader; a writer always uses Shared.
    enum class Connection {
        Shared,    // the usual way, sharing the -wal and -shm with whoever has the file open
        Cleaning,  // read-write but query_only: SQLite removes its -wal and -shm on close
        Immutable, // immutable=1: reads the file alone and makes nothing beside it
    };

    // created: the file does not exist yet and this Candor makes it.
    static FileAccess of(const QString &path, bool created, bool readOnlyRequested);

    bool isReadOnly() const { return m_reason != Reason::None; }
    Reason reason() const { return m_reason; }
    Connection connection() const { return m_connection; }
    // Why the project is read-only, as the end of a sentence ("its folder cannot be written
    // to"); empty when it is writable or reading only was asked for.
    QString reasonText() const;
    // Opened for writing, found unable to take a lock: read instead.
    void readInstead(Reason reason);

    // Sets the connection's name and options for this access (reader) or for writing.
    void configure(QSqlDatabase &db, int busyTimeoutMs) const;
    // Options for a second, read-only connection to the same file (a loader thread).
    static void configureReader(QSqlDatabase &db, const QString &databaseName,
                                const QString &connectOptions);

    // The files SQLite keeps beside a database while it is open.
    static QString walPath(const QString &path) { return path + QStringLiteral("-wal"); }
    static QString shmPath(const QString &path) { return path + QStringLiteral("-shm"); }
    // Removes a database file and whatever SQLite left beside it (for a file that was just
    // made and could not be finished). False when one of them stays.
    static bool removeWithSiblings(const QString &path);

private:
    QString m_path;
    Reason m_reason = Reason::None;
    Connection m_connection = Connection::Shared;
};

} // namespace Candor
