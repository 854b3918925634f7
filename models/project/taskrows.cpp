// SPDX-License-Identifier: MIT
#include "taskrows.h"

#include <QSqlQuery>
#include <QVariant>

namespace Candor {

namespace {

std::optional<double> readDays(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

QString TaskRows::select(const QString &tail)
{
    return QStringLiteral(
               "SELECT id, key, title, description, assignee, phase, evidence, component_id, "
               "status, priority, verification, progress, estimate, estimate_optimistic, "
               "estimate_likely, estimate_pessimistic, verified_on, rank, created, updated "
               "FROM task ") +
           tail;
}

Task TaskRows::read(const QSqlQuery &query)
{
    Task task;
    task.id = query.value(0).toLongLong();
    task.key = query.value(1).toString();
    task.title = query.value(2).toString();
    task.description = query.value(3).toString();
    task.assignee = query.value(4).toString();
    task.phase = query.value(5).toString();
    task.evidence = query.value(6).toString();
    task.componentId = query.value(7).toLongLong();
    task.status = TaskEnums::statusFromToken(query.value(8).toString()).value_or(Status::Todo);
    task.priority = TaskEnums::priorityFromToken(query.value(9).toString()).value_or(Priority::P2);
    task.verification = TaskEnums::verificationFromToken(query.value(10).toString())
                            .value_or(Verification::Unverified);
    task.progress = query.value(11).toInt();
    task.estimate = readDays(query.value(12));
    task.optimistic = readDays(query.value(13));
    task.likely = readDays(query.value(14));
    task.pessimistic = readDays(query.value(15));
    const QVariant verifiedOn = query.value(16);
    if (!verifiedOn.isNull())
        task.verifiedOn = QDate::fromString(verifiedOn.toString(), Qt::ISODate);
    task.rank = query.value(17).toDouble();
    task.created = query.value(18).toLongLong();
    task.updated = query.value(19).toLongLong();
    return task;
}

} // namespace Candor
