// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace Candor {

// An SQL error in words a person can act on: what failed and, for the SQLite codes that have a
// cause (a full disk, a read-only file, a damaged one), why, naming the file.
class SqliteErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase) // the messages keep their translation context
public:
    static QString describe(const QString &what, const QSqlError &error, const QString &path);
    static bool isCorruption(const QSqlError &error);
};

} // namespace Candor
