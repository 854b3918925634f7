// SPDX-License-Identifier: MIT
#include "sqliteerrortext.h"

#include "fileaccess.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <utility>

namespace Candor {

namespace {

// The error codes of SQLite (sqlite.org/rescode.html) that a person can act on. Qt reports
// the extended code where SQLite gives one; its low byte is the primary code.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Full = 13, CantOpen = 14 };
constexpr int ioErrorRead = 266;
constexpr int ioErrorShortRead = 522;

} // namespace

QString SqliteErrorText::describe(const QString &what, const QSqlError &error, const QString &path)
{
    const QString text = error.databaseText();
    bool known = false;
    int code = error.nativeErrorCode().toInt(&known);
    if (!known) {
        // Qt's COMMIT and ROLLBACK keep SQLite's message but not its code.
        const std::pair<const char *, int> messages[] = {
            {"disk I/O error", IoError},
            {"database or disk is full", Full},
            {"attempt to write a readonly database", ReadOnly},
            {"unable to open database file", CantOpen},
            {"database is locked", Busy},
        };
        for (const auto &[message, sqliteCode] : messages) {
            if (text.contains(QLatin1String(message)))
                code = sqliteCode;
        }
    }
    const int primary = code & 0xff;
    const QString file = QDir::toNativeSeparators(path);
    QString why = text;
    if (primary == Busy || primary == Locked) {
        why = tr("the project file is busy in another program");
    } else if (primary == ReadOnly) {
        // A -wal file left read-only by another user makes a writable project refuse writes.
        QString culprit = path;
        for (const QString &sibling : {FileAccess::walPath(path), FileAccess::shmPath(path)}) {
            if (!path.isEmpty() && QFileInfo::exists(sibling) && !QFileInfo(sibling).isWritable())
                culprit = sibling;
        }
        why = path.isEmpty() ? tr("the project file is read-only")
                             : tr("%1 is read-only").arg(QDir::toNativeSeparators(culprit));
    } else if (primary == Full) {
        why = path.isEmpty() ? tr("the disk is full") : tr("the disk holding %1 is full").arg(file);
    } else if (primary == IoError && (code == ioErrorRead || code == ioErrorShortRead)) {
        why = path.isEmpty() ? tr("the disk could not be read")
                             : tr("the disk holding %1 could not be read").arg(file);
    } else if (primary == IoError) {
        // A write refused for want of room (ENOSPC is SQLITE_FULL, but a file-size limit or a
        // quota is an I/O error) or a failing disk.
        why = path.isEmpty()
                  ? tr("the disk could not be written to (it may be full)")
                  : tr("the disk holding %1 could not be written to (it may be full)").arg(file);
    } else if (primary == CantOpen) {
        why = path.isEmpty()
                  ? tr("the file cannot be opened")
                  : tr("%1 cannot be opened (check that it and its folder can be read)").arg(file);
    } else if (isCorruption(error)) {
        why = tr("the project file is damaged");
    }
    if (why.isEmpty())
        why = error.text();
    if (why.trimmed().isEmpty())
        why = tr("SQLite gave no reason");
    return tr("%1: %2.").arg(what, why);
}

bool SqliteErrorText::isCorruption(const QSqlError &error)
{
    bool known = false;
    const int primary = error.nativeErrorCode().toInt(&known) & 0xff;
    return known && (primary == 11 || primary == 26);
}

} // namespace Candor
