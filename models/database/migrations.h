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
    static constexpr int latestVersion = 4;
    static constexpr int applicationId = 0x43414e44; // "CAND"

    // Brings the schema from its current version to target (latestVersion; an older one only
    // to make files as an older Candor wrote them, in tests). False with *error set on
    // failure, in which case the version that failed has changed nothing.
    static bool migrate(QSqlDatabase &db, QString *error, int target = latestVersion);
    static int userVersion(const QSqlDatabase &db, bool *ok = nullptr);
};

} // namespace Candor
