// SPDX-License-Identifier: MIT
#include "checklistcounts.h"

#include <QSqlQuery>
#include <QVariant>

namespace Candor {

namespace {

const QString countSql = QStringLiteral(
    "SELECT task_id, count(*), sum(checked) FROM checklist_item %1 GROUP BY task_id");

} // namespace

bool ChecklistCounts::read(const QSqlDatabase &db)
{
    m_counts.clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(countSql.arg(QString())))
        return false;
    while (query.next()) {
        m_counts.insert(query.value(0).toLongLong(),
                        Count{query.value(2).toInt(), query.value(1).toInt()});
    }
    return true;
}

void ChecklistCounts::refresh(const QSqlDatabase &db, qint64 taskId)
{
    QSqlQuery query(db);
    query.prepare(countSql.arg(QStringLiteral("WHERE task_id = ?")));
    query.addBindValue(taskId);
    if (query.exec() && query.next())
        m_counts.insert(taskId, Count{query.value(2).toInt(), query.value(1).toInt()});
    else
        m_counts.remove(taskId);
}

} // namespace Candor
