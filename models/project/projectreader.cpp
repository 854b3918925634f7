// SPDX-License-Identifier: MIT
#include "projectreader.h"

#include "database/projectdatabase.h"
#include "database/sqltext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Candor {

namespace {

const QString countSql = QStringLiteral(
    "SELECT task_id, count(*), sum(checked) FROM checklist_item %1 GROUP BY task_id");

const QString itemSql = QStringLiteral("SELECT id, task_id, text, checked, position FROM "
                                       "checklist_item %1 ORDER BY task_id, position, id");

void readItems(QSqlQuery &query, QHash<qint64, QList<ChecklistItem>> &into)
{
    while (query.next()) {
        const qint64 taskId = query.value(1).toLongLong();
        into[taskId].append(ChecklistItem{query.value(0).toLongLong(), taskId,
                                          query.value(2).toString(), query.value(3).toBool(),
                                          query.value(4).toInt()});
    }
}

void report(bool *ok, bool value)
{
    if (ok)
        *ok = value;
}

} // namespace

ProjectReader::ProjectReader(const QSqlDatabase &db)
    : m_db(db)
{}

ProjectReader::ProjectReader(const ProjectDatabase &database)
    : m_db(database.connection())
{}

QHash<qint64, QList<ChecklistItem>> ProjectReader::checklists(bool *ok) const
{
    QHash<qint64, QList<ChecklistItem>> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool done = query.exec(itemSql.arg(QString()));
    readItems(query, result);
    report(ok, done && !query.lastError().isValid());
    return result;
}

QHash<qint64, QList<ChecklistItem>> ProjectReader::checklists(const QList<qint64> &taskIds,
                                                              bool *ok) const
{
    // In batches: one statement per task cost a prepare each when many tasks are removed.
    constexpr qsizetype batch = 256;
    QHash<qint64, QList<ChecklistItem>> result;
    bool done = true;
    for (qsizetype first = 0; done && first < taskIds.size(); first += batch) {
        const qsizetype count = std::min(batch, taskIds.size() - first);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        done = query.prepare(itemSql.arg(QStringLiteral("WHERE task_id IN (%1)")
                                             .arg(SqlText::repeated(QStringLiteral("?"), count))));
        for (qsizetype i = first; i < first + count; ++i)
            query.addBindValue(taskIds.at(i));
        done = done && query.exec();
        readItems(query, result);
        done = done && !query.lastError().isValid();
    }
    report(ok, done);
    return result;
}

QHash<qint64, QStringList> ProjectReader::checklistTexts(const QList<qint64> &taskIds,
                                                         bool *ok) const
{
    QHash<qint64, QStringList> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString where = taskIds.isEmpty()
                              ? QString()
                              : QStringLiteral("WHERE task_id IN (%1)")
                                    .arg(SqlText::repeated(QStringLiteral("?"), taskIds.size()));
    bool done = query.prepare(
        QStringLiteral("SELECT task_id, text FROM checklist_item %1 ORDER BY task_id, position, id")
            .arg(where));
    for (qint64 id : taskIds)
        query.addBindValue(id);
    done = done && query.exec();
    while (query.next())
        result[query.value(0).toLongLong()].append(query.value(1).toString());
    report(ok, done && !query.lastError().isValid());
    return result;
}

QList<TaskEvent> ProjectReader::history(qint64 taskId, int limit, bool *ok) const
{
    QList<TaskEvent> events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, time, task_key, field, old_value, new_value "
                       "FROM event WHERE task_id = ? ORDER BY time DESC, id DESC LIMIT ?"));
    query.addBindValue(taskId);
    query.addBindValue(limit);
    const bool done = query.exec();
    while (query.next()) {
        events.append(TaskEvent{query.value(0).toLongLong(), query.value(1).toLongLong(), taskId,
                                query.value(2).toString(), query.value(3).toString(),
                                query.value(4).toString(), query.value(5).toString()});
    }
    report(ok, done && !query.lastError().isValid());
    return events;
}

QList<TaskEvent> ProjectReader::events(qint64 since, const QStringList &fields, bool *ok) const
{
    QList<TaskEvent> events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, time, task_id, task_key, field, old_value, new_value "
                                 "FROM event WHERE time >= ? AND field IN (%1) ORDER BY time, id")
                      .arg(SqlText::repeated(QStringLiteral("?"), fields.size())));
    query.addBindValue(since);
    for (const QString &field : fields)
        query.addBindValue(field);
    const bool done = query.exec();
    while (query.next()) {
        events.append(TaskEvent{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                query.value(2).toLongLong(), query.value(3).toString(),
                                query.value(4).toString(), query.value(5).toString(),
                                query.value(6).toString()});
    }
    report(ok, done && !query.lastError().isValid());
    return events;
}

QHash<qint64, ChecklistCount> ProjectReader::checklistCounts(bool *ok) const
{
    QHash<qint64, ChecklistCount> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool done = query.exec(countSql.arg(QString()));
    while (query.next()) {
        result.insert(query.value(0).toLongLong(),
                      ChecklistCount{query.value(2).toInt(), query.value(1).toInt()});
    }
    report(ok, done && !query.lastError().isValid());
    return result;
}

ChecklistCount ProjectReader::checklistCount(qint64 taskId, bool *ok) const
{
    QSqlQuery query(m_db);
    query.prepare(countSql.arg(QStringLiteral("WHERE task_id = ?")));
    query.addBindValue(taskId);
    const bool done = query.exec();
    report(ok, done);
    if (done && query.next())
        return ChecklistCount{query.value(2).toInt(), query.value(1).toInt()};
    return {};
}

QHash<qint64, QList<qint64>> ProjectReader::milestoneGates(bool *ok) const
{
    QHash<qint64, QList<qint64>> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool done = query.exec(QStringLiteral(
        "SELECT milestone_id, task_id FROM milestone_task ORDER BY milestone_id, task_id"));
    while (query.next())
        result[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    report(ok, done && !query.lastError().isValid());
    return result;
}

} // namespace Candor
