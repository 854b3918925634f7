// SPDX-License-Identifier: MIT
#include "taskrows.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Candor {

namespace {

std::optional<double> readDays(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const double days = value.toDouble();
    if (days < 0)
        return std::nullopt; // a negative estimate says nothing about the work
    return days;
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

QVariant TaskRows::readValue(TaskField field, const QVariant &stored)
{
    switch (field) {
    case TaskField::Status:
        return int(TaskEnums::statusFromToken(stored.toString()).value_or(Status::Todo));
    case TaskField::Priority:
        return int(TaskEnums::priorityFromToken(stored.toString()).value_or(Priority::P2));
    case TaskField::Verification:
        return int(
            TaskEnums::verificationFromToken(stored.toString()).value_or(Verification::Unverified));
    case TaskField::Progress:
        return std::clamp(stored.toInt(), 0, 100);
    case TaskField::Estimate:
    case TaskField::Optimistic:
    case TaskField::Likely:
    case TaskField::Pessimistic: {
        const std::optional<double> days = readDays(stored);
        return days ? QVariant(*days) : QVariant();
    }
    default:
        return stored;
    }
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
    // A value outside the file's own rules (written with its checks off) is read as the field's
    // default or the nearest allowed value; StoredValueCheck reports it and can write it so.
    task.status = static_cast<Status>(readValue(TaskField::Status, query.value(8)).toInt());
    task.priority = static_cast<Priority>(readValue(TaskField::Priority, query.value(9)).toInt());
    task.verification =
        static_cast<Verification>(readValue(TaskField::Verification, query.value(10)).toInt());
    task.progress = readValue(TaskField::Progress, query.value(11)).toInt();
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
