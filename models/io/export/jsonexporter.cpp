// SPDX-License-Identifier: MIT
#include "jsonexporter.h"

#include "graph/criticalpath.h"
#include "graph/montecarloforecast.h"
#include "graph/schedulesnapshot.h"
#include "metrics/honestygap.h"
#include "metrics/projectmetrics.h"
#include "project/project.h"
#include "project/projectreader.h"
#include "schedulejson.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace Candor {

namespace {

QJsonValue days(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString time(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonArray checklistOf(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem &item : items) {
        array.append(QJsonObject{{QStringLiteral("text"), item.text},
                                 {QStringLiteral("checked"), item.checked}});
    }
    return array;
}

double rounded(double percent)
{
    return std::round(percent * 10) / 10;
}

} // namespace

int JsonExporter::automaticRuns(qsizetype unfinishedTasks)
{
    const double affordable = drawBudget / double(std::max<qsizetype>(1, unfinishedTasks));
    return int(std::clamp(affordable, double(fewestRuns), double(defaultRuns)));
}

QJsonObject JsonExporter::toJson(const Project &project, const JsonExportOptions &options)
{
    const TaskModel &tasks = *project.tasks();
    const ComponentModel &components = *project.components();
    const MilestoneModel &milestones = *project.milestones();

    const QDate start = options.start.isValid() ? options.start : QDate::currentDate();
    const ScheduleSnapshot snapshot = ScheduleSnapshot::of(project, start);
    const Schedule schedule = CriticalPath::compute(snapshot);
    ForecastOptions forecastOptions;
    forecastOptions.runs = options.forecastRuns;
    if (forecastOptions.runs <= 0) {
        const auto unfinished =
            std::count_if(snapshot.tasks.cbegin(), snapshot.tasks.cend(),
                          [](const ScheduleTask &t) { return !TaskEnums::isFinished(t.status); });
        forecastOptions.runs = automaticRuns(unfinished);
    }
    forecastOptions.seed = options.forecastSeed;
    const Forecast forecast = MonteCarloForecast::run(snapshot, forecastOptions);

    const ProjectReader reader(project.database());
    const QHash<qint64, QList<ChecklistItem>> checklists = reader.checklists();
    const QHash<qint64, QList<qint64>> gates = reader.milestoneGates();

    QJsonArray taskArray;
    for (const Task &task : tasks.tasks()) {
        QJsonArray dependsOn;
        QJsonArray blockedBy; // what the task's "blocked" mark counts (Project::isBlocked…)
        for (qint64 id : project.dependencies().dependenciesOf(task.id)) {
            dependsOn.append(tasks.keyOf(id));
            if (const Task *before = tasks.task(id);
                before && !TaskEnums::isFinished(before->status))
                blockedBy.append(before->key);
        }
        QJsonArray milestoneNames;
        for (qint64 id : project.milestonesOf(task.id))
            milestoneNames.append(milestones.name(id));
        QJsonObject object{
            {QStringLiteral("key"), task.key},
            {QStringLiteral("title"), task.title},
            {QStringLiteral("description"), task.description},
            {QStringLiteral("status"), TaskEnums::token(task.status)},
            {QStringLiteral("priority"), TaskEnums::token(task.priority)},
            {QStringLiteral("component"), task.componentId
                                              ? QJsonValue(components.name(task.componentId))
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("assignee"), task.assignee},
            {QStringLiteral("phase"), task.phase},
            {QStringLiteral("estimate"), days(task.estimate)},
            {QStringLiteral("estimate_optimistic"), days(task.optimistic)},
            {QStringLiteral("estimate_likely"), days(task.likely)},
            {QStringLiteral("estimate_pessimistic"), days(task.pessimistic)},
            {QStringLiteral("progress"), task.progress},
            {QStringLiteral("verification"), TaskEnums::token(task.verification)},
            {QStringLiteral("evidence"), task.evidence},
            {QStringLiteral("verified_on"), date(task.verifiedOn)},
            {QStringLiteral("depends_on"), dependsOn},
            {QStringLiteral("milestones"), milestoneNames},
            {QStringLiteral("checklist"), checklistOf(checklists.value(task.id))},
            {QStringLiteral("created"), time(task.created)},
            {QStringLiteral("updated"), time(task.updated)},
            {QStringLiteral("blocked_by"), blockedBy},
        };
        ScheduleJson::addTiming(object, schedule, task.id);
        taskArray.append(object);
    }

    const QHash<qint64, CompletionFigures> figures = ProjectMetrics::byComponent(project);
    QJsonArray componentArray;
    for (const Component &component : components.components()) {
        const CompletionFigures f = figures.value(component.id);
        componentArray.append(QJsonObject{
            {QStringLiteral("name"), component.name},
            {QStringLiteral("prefix"), component.prefix},
            {QStringLiteral("colour"), component.colour},
            {QStringLiteral("tasks"), f.tasks},
            {QStringLiteral("claimed_percent"), rounded(f.claimedPercent)},
            {QStringLiteral("verified_percent"), rounded(f.verifiedPercent)},
            {QStringLiteral("stated_percent"),
             component.statedCompletion ? QJsonValue(*component.statedCompletion) : QJsonValue()},
        });
    }

    QJsonArray milestoneArray;
    for (const Milestone &milestone : milestones.milestones()) {
        QJsonArray gated;
        for (qint64 id : gates.value(milestone.id))
            gated.append(tasks.keyOf(id));
        milestoneArray.append(QJsonObject{
            {QStringLiteral("name"), milestone.name},
            {QStringLiteral("description"), milestone.description},
            {QStringLiteral("target_date"), date(milestone.targetDate)},
            {QStringLiteral("done_date"), date(milestone.doneDate)},
            {QStringLiteral("tasks"), gated},
            {QStringLiteral("forecast"), ScheduleJson::forecast(forecast, milestone.id)},
        });
    }

    const CompletionFigures overall = ProjectMetrics::overall(project);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("candor-export")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("project"),
         QJsonObject{{QStringLiteral("name"), project.name()},
                     {QStringLiteral("exported"), time(QDateTime::currentMSecsSinceEpoch())},
                     {QStringLiteral("tasks"), overall.tasks},
                     {QStringLiteral("claimed_percent"), rounded(overall.claimedPercent)},
                     {QStringLiteral("verified_percent"), rounded(overall.verifiedPercent)},
                     {QStringLiteral("schedule_start"), date(start)},
                     {QStringLiteral("forecast_runs"), forecast.runs},
                     {QStringLiteral("forecast_seed"), qint64(forecast.seed)},
                     {QStringLiteral("stated_percent"), HonestyGap::statedJson(project)},
                     {QStringLiteral("honesty_gap"), HonestyGap::toJson(project)}}},
        {QStringLiteral("components"), componentArray},
        {QStringLiteral("milestones"), milestoneArray},
        {QStringLiteral("tasks"), taskArray},
    };
}

QByteArray JsonExporter::toBytes(const Project &project, const JsonExportOptions &options)
{
    return QJsonDocument(toJson(project, options)).toJson(QJsonDocument::Indented);
}

} // namespace Candor
