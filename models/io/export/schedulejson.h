// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>

namespace Candor {

struct Forecast;
struct MilestoneForecast;
struct Schedule;

// The critical path's and the forecast's figures as the JSON export writes them
// (docs/export-json.md): days as ISO dates, working days rounded to hundredths.
class ScheduleJson final
{
public:
    // The day on which work that can start `days` working days after the morning of start
    // begins: 0 is start itself (or the Monday after a weekend), 2.5 the third working day.
    static QDate startDate(QDate start, double days);
    // earliest_start, earliest_finish, latest_finish, slack and critical of one task (all null
    // when the schedule does not know it).
    static void addTiming(QJsonObject &task, const Schedule &schedule, qint64 taskId);
    // {p50, p80, p95, on_time_probability, slip_days}; null when the milestone has no target,
    // is done or has no open work.
    static QJsonValue forecast(const MilestoneForecast *forecast);
    static QJsonValue forecast(const Forecast &forecast, qint64 milestoneId);
};

} // namespace Candor
