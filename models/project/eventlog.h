// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Candor {

// The one place that writes history rows (the event table). Rows are gathered and written
// rowsPerStatement at a time with a multi-row INSERT (plain SQL that PostgreSQL accepts too):
// a bulk edit of 10k tasks writes 10k rows, and one statement per row cost more than the
// edit itself. Whoever commits calls flush() first.
class EventLog final
{
    Q_DISABLE_COPY_MOVE(EventLog)
public:
    static constexpr int rowsPerStatement = 64; // 384 parameters: under SQLite's oldest limit

    explicit EventLog(const QSqlDatabase &db);

    // False when a write it caused failed (query() tells why); rows may wait for flush().
    bool log(qint64 time, qint64 taskId, const QString &taskKey, const QString &field,
             const QString &oldValue, const QString &newValue);
    // Writes the rows still waiting; false on failure.
    bool flush();
    // The statement that failed last.
    const QSqlQuery &query() const { return m_failed ? *m_failed : m_full; }

private:
    struct Row
    {
        qint64 time;
        qint64 taskId;
        QString taskKey;
        QString field;
        QString oldValue;
        QString newValue;
    };
    bool write(QSqlQuery &query, qsizetype first, qsizetype count);

    QList<Row> m_rows;
    QSqlQuery m_full; // rowsPerStatement rows, prepared once
    QSqlQuery m_tail; // the rest, prepared per flush
    bool m_fullPrepared = false;
    const QSqlQuery *m_failed = nullptr;
};

} // namespace Candor
