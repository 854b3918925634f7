// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Candor {

// Numbered schema migrations keyed on PRAGMA user_version; each runs in one transaction.
class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static constexpr int latestVersion = 3;
    static constexpr int applicationId = 0x43414e44; // "CAND"

    // Brings the schema from its current version to latestVersion. False with *error set on
    // failure, in which case nothing has changed.
    static bool migrate(QSqlDatabase &db, QString *error);
    static int userVersion(const QSqlDatabase &db, bool *ok = nullptr);
};

} // namespace Candor
