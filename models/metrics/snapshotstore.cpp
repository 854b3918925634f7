// SPDX-License-Identifier: MIT
#include "snapshotstore.h"

#include "completiontally.h"
#include "database/projectdatabase.h"
#include "database/transaction.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Candor {

WriteResult SnapshotStore::take(const QDate &date)
{
    if (m_project.isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    // One walk over the tasks: once a day, or when asked.
    CompletionTally overall;
    QHash<qint64, CompletionTally> byComponent;
    for (const Task &task : m_project.tasks()->tasks()) {
        const TaskShare share = TaskShare::of(task);
        overall.add(share);
        if (task.componentId != 0)
            byComponent[task.componentId].add(share);
    }
    QSqlDatabase db = m_project.database().connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    const QString day = date.toString(Qt::ISODate);
    query.prepare(QStringLiteral("DELETE FROM snapshot WHERE date = ?"));
    query.addBindValue(day);
    bool ok = query.exec();
    query.prepare(QStringLiteral("INSERT INTO snapshot (date, component_id, claimed, verified, "
                                 "remaining) VALUES (?, ?, ?, ?, ?)"));
    const auto insert = [&](const QVariant &component, const CompletionTally &tally) {
        query.addBindValue(day);
        query.addBindValue(component);
        query.addBindValue(tally.claimedPercent());
        query.addBindValue(tally.verifiedPercent());
        query.addBindValue(tally.remaining);
        return query.exec();
    };
    ok = ok && insert(QVariant(QMetaType(QMetaType::LongLong)), overall);
    for (auto it = byComponent.cbegin(); ok && it != byComponent.cend(); ++it)
        ok = insert(it.key(), it.value());
    if (!ok || !transaction.commit())
        return WriteResult::failure(ProjectDatabase::describe(
            tr("Cannot write the snapshot"), ok ? transaction.error() : query.lastError(),
            m_project.database().path()));
    return WriteResult::success();
}

QDate SnapshotStore::lastDate() const
{
    QSqlQuery query(m_project.database().connection());
    if (!query.exec(QStringLiteral("SELECT MAX(date) FROM snapshot")) || !query.next())
        return {};
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

QList<SnapshotPoint> SnapshotStore::history() const
{
    QList<SnapshotPoint> points;
    QSqlQuery query(m_project.database().connection());
    if (!query.exec(QStringLiteral("SELECT date, claimed, verified, remaining FROM snapshot "
                                   "WHERE component_id IS NULL ORDER BY date")))
        return points;
    while (query.next()) {
        SnapshotPoint point;
        point.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        point.claimed = query.value(1).toDouble();
        point.verified = query.value(2).toDouble();
        if (!query.value(3).isNull())
            point.remaining = query.value(3).toDouble();
        if (point.date.isValid())
            points.append(point);
    }
    return points;
}

} // namespace Candor
