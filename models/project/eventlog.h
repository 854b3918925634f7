// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Candor {

// The one place that writes history rows (the event table): one prepared statement per change
// set, reused for every row it writes.
class EventLog final
{
    Q_DISABLE_COPY_MOVE(EventLog)
public:
    explicit EventLog(const QSqlDatabase &db);

    bool log(qint64 time, qint64 taskId, const QString &taskKey, const QString &field,
             const QString &oldValue, const QString &newValue);
    const QSqlQuery &query() const { return m_query; }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace Candor
