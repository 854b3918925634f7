// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Candor::SqlText {

// count copies of item joined by ", ": the "?, ?, ?" of an IN (...) list (item "?") or the
// "(?, ?), (?, ?)" of a multi-row INSERT (item "(?, ?)"). Plain SQL for SQLite and PostgreSQL.
inline QString repeated(const QString &item, qsizetype count)
{
    QString text;
    text.reserve((item.size() + 2) * count);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            text += QLatin1String(", ");
        text += item;
    }
    return text;
}

} // namespace Candor::SqlText
