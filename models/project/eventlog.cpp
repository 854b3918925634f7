// SPDX-License-Identifier: MIT
#include "eventlog.h"

#include "database/sqltext.h"

namespace Candor {

namespace {

QString insertSql(qsizetype rows)
{
    return QStringLiteral(
               "INSERT INTO event (time, task_id, task_key, field, old_value, new_value) VALUES ") +
           SqlText::repeated(QStringLiteral("(?, ?, ?, ?, ?, ?)"), rows);
}

} // namespace

EventLog::EventLog(const QSqlDatabase &db)
    : m_full(db)
    , m_tail(db)
{
    m_rows.reserve(rowsPerStatement);
}

bool EventLog::log(qint64 time, qint64 taskId, const QString &taskKey, const QString &field,
                   const QString &oldValue, const QString &newValue)
{
    // Qt binds a null QString as SQL NULL; the key column holds '' for "none". A null old or
    // new value is stored as NULL: nothing was there.
    m_rows.append(Row{time, taskId, taskKey.isNull() ? QString(QLatin1String("")) : taskKey, field,
                      oldValue, newValue});
    if (m_rows.size() < rowsPerStatement)
        return true;
    return flush();
}

bool EventLog::flush()
{
    qsizetype first = 0;
    for (; m_rows.size() - first >= rowsPerStatement; first += rowsPerStatement) {
        if (!m_fullPrepared) {
            m_fullPrepared = m_full.prepare(insertSql(rowsPerStatement));
            if (!m_fullPrepared) {
                m_failed = &m_full;
                return false;
            }
        }
        if (!write(m_full, first, rowsPerStatement))
            return false;
    }
    if (const qsizetype rest = m_rows.size() - first; rest > 0) {
        if (!m_tail.prepare(insertSql(rest))) {
            m_failed = &m_tail;
            return false;
        }
        if (!write(m_tail, first, rest))
            return false;
    }
    m_rows.clear();
    return true;
}

bool EventLog::write(QSqlQuery &query, qsizetype first, qsizetype count)
{
    for (qsizetype i = first; i < first + count; ++i) {
        const Row &row = m_rows.at(i);
        query.addBindValue(row.time);
        query.addBindValue(row.taskId);
        query.addBindValue(row.taskKey);
        query.addBindValue(row.field);
        query.addBindValue(row.oldValue);
        query.addBindValue(row.newValue);
    }
    if (query.exec())
        return true;
    m_failed = &query;
    m_rows.clear(); // the transaction is rolled back; nothing of it is kept
    return false;
}

} // namespace Candor
