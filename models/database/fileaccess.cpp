// SPDX-License-Identifier: MIT
#include "fileaccess.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

namespace Candor {

namespace {

// The mode bits count even for root, whom access() lets write anything: a project someone made
// read-only (chmod a-w) is opened read-only.
bool modeAllowsWriting(const QFileInfo &info)
{
    return info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

bool siblingBlocksWriting(const QString &sibling)
{
    const QFileInfo info(sibling);
    return info.exists() && !info.isWritable();
}

} // namespace

FileAccess FileAccess::of(const QString &path, bool created, bool readOnlyRequested)
{
    FileAccess access;
    access.m_path = path;
    const QFileInfo info(path);
    // access() answers for the medium too: a read-only mount is read-only even for root.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (created)
        return access; // opening it shows whether the folder lets it be made
    if (!folderWritable)
        access.m_reason = Reason::FolderReadOnly;
    else if (!modeAllowsWriting(info) || !info.isWritable())
        access.m_reason = Reason::FileReadOnly;
    else if (siblingBlocksWriting(walPath(path)) || siblingBlocksWriting(shmPath(path)))
        access.m_reason = Reason::SiblingReadOnly;
    else if (readOnlyRequested)
        access.m_reason = Reason::Requested;
    if (!access.isReadOnly())
        return access;

    const bool walThere = QFileInfo::exists(walPath(path));
    const bool shmThere = QFileInfo::exists(shmPath(path));
    if (walThere && shmThere) {
        // Someone has it open (or left it so): share their files and leave them as they are.
        access.m_connection = Connection::Shared;
    } else if ((walThere || shmThere) && folderWritable) {
        access.m_connection = Connection::Shared;
    } else if (!walThere && !shmThere && folderWritable && info.isWritable()) {
        // No one has it open: a read-write connection that never writes removes on close the
        // files SQLite makes for reading, as the last connection to a WAL database does.
        access.m_connection = Connection::Cleaning;
    } else {
        // Nothing beside the file can be made (or removed again): read the file alone. No one
        // writes to it meanwhile, as a writer keeps a -wal file beside it.
        access.m_connection = Connection::Immutable;
    }
    return access;
}

QString FileAccess::reasonText() const
{
    switch (m_reason) {
    case Reason::FileReadOnly:
        return tr("the file is read-only");
    case Reason::FolderReadOnly:
        return tr("its folder cannot be written to (read-only media or permissions)");
    case Reason::SiblingReadOnly:
        return tr("the file %1 beside it is read-only")
            .arg(
                QFileInfo(siblingBlocksWriting(walPath(m_path)) ? walPath(m_path) : shmPath(m_path))
                    .fileName());
    case Reason::None:
    case Reason::Requested:
        break;
    }
    return {};
}

void FileAccess::readInstead(Reason reason)
{
    m_reason = reason;
    const bool siblings = QFileInfo::exists(walPath(m_path)) && QFileInfo::exists(shmPath(m_path));
    m_connection = siblings ? Connection::Shared : Connection::Immutable;
}

void FileAccess::configure(QSqlDatabase &db, int busyTimeoutMs) const
{
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (isReadOnly() && m_connection == Connection::Immutable) {
        // A URI names the file with %-escapes, so that any path (spaces, '?', '#') survives.
        QUrl url = QUrl::fromLocalFile(m_path);
        url.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;") + timeout);
        return;
    }
    db.setDatabaseName(m_path);
    const bool readOnlyHandle = isReadOnly() && m_connection == Connection::Shared;
    db.setConnectOptions(readOnlyHandle ? QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout
                                        : timeout);
}

void FileAccess::configureReader(QSqlDatabase &db, const QString &databaseName,
                                 const QString &connectOptions)
{
    QStringList options;
    const QStringList given = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &option : given) {
        if (!option.startsWith(QLatin1String("QSQLITE_BUSY_TIMEOUT")) &&
            option != QLatin1String("QSQLITE_OPEN_READONLY"))
            options << option;
    }
    options << QStringLiteral("QSQLITE_OPEN_READONLY")
            << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    db.setDatabaseName(databaseName);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

bool FileAccess::removeWithSiblings(const QString &path)
{
    bool removed = true;
    for (const QString &file :
         {path, walPath(path), shmPath(path), path + QStringLiteral("-journal")}) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            removed = false;
    }
    return removed;
}

} // namespace Candor
