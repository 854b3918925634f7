// SPDX-License-Identifier: MIT
#include "boardsettings.h"

#include "project/projectsettings.h"

#include <QJsonObject>

namespace Candor::BoardSettings {

namespace {

const QString refuseToken = QStringLiteral("refuse");

} // namespace

QString wipLimitsKey()
{
    return QStringLiteral("board.wipLimits");
}

QString donePolicyKey()
{
    return QStringLiteral("board.doneWithOpenDependencies");
}

std::optional<int> wipLimit(const ProjectSettings &settings, Status column)
{
    const QJsonValue limit =
        settings.value(wipLimitsKey()).toObject().value(TaskEnums::token(column));
    if (!limit.isDouble() || limit.toInt() <= 0)
        return std::nullopt;
    return limit.toInt();
}

QJsonValue withWipLimit(const ProjectSettings &settings, Status column, std::optional<int> limit)
{
    QJsonObject limits = settings.value(wipLimitsKey()).toObject();
    if (limit && *limit > 0)
        limits.insert(TaskEnums::token(column), *limit);
    else
        limits.remove(TaskEnums::token(column));
    return limits.isEmpty() ? QJsonValue() : QJsonValue(limits);
}

DonePolicy donePolicy(const ProjectSettings &settings)
{
    return settings.value(donePolicyKey()).toString() == refuseToken ? DonePolicy::Refuse
                                                                     : DonePolicy::Ask;
}

QJsonValue donePolicyValue(DonePolicy policy)
{
    return policy == DonePolicy::Refuse ? QJsonValue(refuseToken) : QJsonValue();
}

} // namespace Candor::BoardSettings
