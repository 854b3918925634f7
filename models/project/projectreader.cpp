// SPDX-License-Identifier: MIT
#include "projectreader.h"

#include "database/projectdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Candor {

namespace {

const QString countSql = QStringLiteral(
    "SELECT task_id, count(*), sum(checked) FROM checklist_item %1 GROUP BY task_id");

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
    const bool done = query.exec(QStringLiteral("SELECT id, task_id, text, checked, position "
                                                "FROM checklist_item ORDER BY task_id, position, "
                                                "id"));
    while (query.next()) {
        const qint64 taskId = query.value(1).toLongLong();
        result[taskId].append(ChecklistItem{query.value(0).toLongLong(), taskId,
                                            query.value(2).toString(), query.value(3).toBool(),
                                            query.value(4).toInt()});
    }
    report(ok, done && !query.lastError().isValid());
    return result;
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
