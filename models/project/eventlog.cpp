// SPDX-License-Identifier: MIT
#include "eventlog.h"

namespace Candor {

EventLog::EventLog(const QSqlDatabase &db)
    : m_query(db)
{}

bool EventLog::log(qint64 time, qint64 taskId, const QString &taskKey, const QString &field,
                   const QString &oldValue, const QString &newValue)
{
    if (!m_prepared) {
        m_prepared = m_query.prepare(
            QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                           "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!m_prepared)
            return false;
    }
    m_query.addBindValue(time);
    m_query.addBindValue(taskId);
    // Qt binds a null QString as SQL NULL; the key column holds '' for "none". A null old or
    // new value is stored as NULL: nothing was there.
    m_query.addBindValue(taskKey.isNull() ? QString(QLatin1String("")) : taskKey);
    m_query.addBindValue(field);
    m_query.addBindValue(oldValue);
    m_query.addBindValue(newValue);
    return m_query.exec();
}

} // namespace Candor
