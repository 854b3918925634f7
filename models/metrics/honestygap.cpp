// SPDX-License-Identifier: MIT
#include "honestygap.h"

#include "project/project.h"
#include "project/projectsettings.h"
#include "projectmetrics.h"
#include "tasks/componentmodel.h"
#include "tasks/taskmodel.h"

#include <QJsonArray>

#include <cmath>

namespace Candor {

namespace {

double rounded(double percent)
{
    return std::round(percent * 10.0) / 10.0;
}

} // namespace

std::optional<int> HonestyGap::statedPercent(const Project &project)
{
    const QJsonValue value = project.settings()->value(statedSettingKey);
    if (!value.isDouble())
        return std::nullopt;
    return std::clamp(int(std::lround(value.toDouble())), 0, 100);
}

QJsonValue HonestyGap::statedJson(const Project &project)
{
    const std::optional<int> stated = statedPercent(project);
    return stated ? QJsonValue(*stated) : QJsonValue();
}

QJsonObject HonestyGap::toJson(const Project &project)
{
    QStringList claimedOnly;
    QStringList failed;
    for (const Task &task : project.tasks()->tasks()) {
        if (isClaimedOnly(task.status, task.verification))
            claimedOnly.append(task.key);
        if (isFailed(task.verification))
            failed.append(task.key);
    }
    claimedOnly.sort();
    failed.sort();
    const QHash<qint64, CompletionFigures> figures = ProjectMetrics::byComponent(project);
    QJsonArray overstated;
    for (const Component &component : project.components()->components()) {
        const CompletionFigures f = figures.value(component.id);
        if (!component.statedCompletion ||
            !overstates(*component.statedCompletion, f.claimedPercent))
            continue;
        overstated.append(QJsonObject{
            {QStringLiteral("name"), component.name},
            {QStringLiteral("stated_percent"), *component.statedCompletion},
            {QStringLiteral("claimed_percent"), rounded(f.claimedPercent)},
            {QStringLiteral("verified_percent"), rounded(f.verifiedPercent)},
        });
    }
    return QJsonObject{
        {QStringLiteral("claimed_only"), QJsonArray::fromStringList(claimedOnly)},
        {QStringLiteral("failed"), QJsonArray::fromStringList(failed)},
        {QStringLiteral("overstated_components"), overstated},
    };
}

} // namespace Candor
