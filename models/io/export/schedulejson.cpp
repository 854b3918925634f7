// SPDX-License-Identifier: MIT
#include "schedulejson.h"

#include "graph/forecast.h"
#include "graph/schedule.h"
#include "graph/workcalendar.h"

#include <algorithm>
#include <cmath>

namespace Candor {

namespace {

QJsonValue isoDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Hundredths of a day are finer than any estimate, and hide floating-point dust.
double hundredths(double days)
{
    return std::round(days * 100) / 100 + 0.0; // + 0.0: never -0
}

} // namespace

QDate ScheduleJson::startDate(QDate start, double days)
{
    const double before = std::floor(std::max(0.0, days) + 1e-9 * std::max(1.0, days));
    return WorkCalendar::finishDate(start, before + 1);
}

void ScheduleJson::addTiming(QJsonObject &task, const Schedule &schedule, qint64 taskId)
{
    const TaskTiming *timing = schedule.isValid() ? schedule.task(taskId) : nullptr;
    if (!timing) {
        for (const char *name :
             {"earliest_start", "earliest_finish", "latest_finish", "slack", "critical"})
            task.insert(QLatin1String(name), QJsonValue(QJsonValue::Null));
        return;
    }
    const QDate finish = WorkCalendar::finishDate(schedule.start, timing->earliestFinish);
    // Work of no length happens the day its dependencies finish, not the morning after.
    const QDate start =
        timing->remaining > 0 ? startDate(schedule.start, timing->earliestStart) : finish;
    task.insert(QLatin1String("earliest_start"), isoDate(start));
    task.insert(QLatin1String("earliest_finish"), isoDate(finish));
    task.insert(QLatin1String("latest_finish"),
                isoDate(WorkCalendar::finishDate(schedule.start, timing->latestFinish)));
    task.insert(QLatin1String("slack"), hundredths(timing->slack));
    task.insert(QLatin1String("critical"), timing->critical);
}

QJsonValue ScheduleJson::forecast(const MilestoneForecast *forecast)
{
    if (!forecast || !forecast->hasForecast() || !forecast->target.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("p50"), isoDate(forecast->p50)},
        {QStringLiteral("p80"), isoDate(forecast->p80)},
        {QStringLiteral("p95"), isoDate(forecast->p95)},
        {QStringLiteral("on_time_probability"), forecast->onTimeProbability.value_or(0)},
        {QStringLiteral("slip_days"), qint64(forecast->slipDays.value_or(0))},
    };
}

QJsonValue ScheduleJson::forecast(const Forecast &forecast, qint64 milestoneId)
{
    return ScheduleJson::forecast(forecast.isValid() ? forecast.milestone(milestoneId) : nullptr);
}

} // namespace Candor
