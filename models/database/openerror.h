// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Candor {

// Why a project file could not be opened, with what to tell the user.
struct OpenError
{
    enum class Kind { None, NotFound, NotSqlite, NotCandor, Corrupt, Locked, NewerSchema, Io };

    Kind kind = Kind::None;
    QString message;     // what happened, one sentence
    QString hint;        // what the user can do about it
    int fileVersion = 0; // for NewerSchema
    int supportedVersion = 0;

    bool isError() const { return kind != Kind::None; }
};

struct OpenOptions
{
    bool createIfMissing = false;
    bool readOnly = false; // open for reading even if the file is writable
    bool takeLock = true;  // a writer takes the project's lock; readers (export) need not
    QString backupDir; // the project's backup folder (BackupStore::folderFor); empty: no backups
};

} // namespace Candor
