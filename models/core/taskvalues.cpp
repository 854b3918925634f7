// SPDX-License-Identifier: MIT
#include "taskvalues.h"

namespace Candor {

namespace {

QVariant optionalValue(const std::optional<double> &days)
{
    return days ? QVariant(*days) : QVariant();
}

std::optional<double> optionalDays(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

QVariant taskValue(const Task &task, TaskField field)
{
    switch (field) {
    case TaskField::Key:
        return task.key;
    case TaskField::Title:
        return task.title;
    case TaskField::Status:
        return int(task.status);
    case TaskField::Priority:
        return int(task.priority);
    case TaskField::Component:
        return task.componentId;
    case TaskField::Assignee:
        return task.assignee;
    case TaskField::Estimate:
        return optionalValue(task.estimate);
    case TaskField::Progress:
        return task.progress;
    case TaskField::Verification:
        return int(task.verification);
    case TaskField::Milestones:
        return {};
    case TaskField::Updated:
        return task.updated;
    case TaskField::Description:
        return task.description;
    case TaskField::Evidence:
        return task.evidence;
    case TaskField::Phase:
        return task.phase;
    case TaskField::Optimistic:
        return optionalValue(task.optimistic);
    case TaskField::Likely:
        return optionalValue(task.likely);
    case TaskField::Pessimistic:
        return optionalValue(task.pessimistic);
    case TaskField::Rank:
        return task.rank;
    case TaskField::VerifiedOn:
        return task.verifiedOn.isValid() ? QVariant(task.verifiedOn) : QVariant();
    }
    return {};
}

void setTaskValue(Task &task, TaskField field, const QVariant &value)
{
    switch (field) {
    case TaskField::Key:
        task.key = value.toString();
        break;
    case TaskField::Title:
        task.title = value.toString();
        break;
    case TaskField::Status:
        task.status = static_cast<Status>(value.toInt());
        break;
    case TaskField::Priority:
        task.priority = static_cast<Priority>(value.toInt());
        break;
    case TaskField::Component:
        task.componentId = value.toLongLong();
        break;
    case TaskField::Assignee:
        task.assignee = value.toString();
        break;
    case TaskField::Estimate:
        task.estimate = optionalDays(value);
        break;
    case TaskField::Progress:
        task.progress = value.toInt();
        break;
    case TaskField::Verification:
        task.verification = static_cast<Verification>(value.toInt());
        break;
    case TaskField::Milestones:
        break;
    case TaskField::Updated:
        task.updated = value.toLongLong();
        break;
    case TaskField::Description:
        task.description = value.toString();
        break;
    case TaskField::Evidence:
        task.evidence = value.toString();
        break;
    case TaskField::Phase:
        task.phase = value.toString();
        break;
    case TaskField::Optimistic:
        task.optimistic = optionalDays(value);
        break;
    case TaskField::Likely:
        task.likely = optionalDays(value);
        break;
    case TaskField::Pessimistic:
        task.pessimistic = optionalDays(value);
        break;
    case TaskField::Rank:
        task.rank = value.toDouble();
        break;
    case TaskField::VerifiedOn:
        task.verifiedOn = value.toDate();
        break;
    }
}

} // namespace Candor
