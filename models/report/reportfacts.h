// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "graph/forecast.h"
#include "graph/schedule.h"

#include <memory>

namespace Candor {

class Project;
struct ReportOptions;

// What a report needs beyond the models: the critical-path schedule and the milestones'
// forecast from the report's day (computed here, synchronously, as `candor export` does), and
// the history since the report's "since" day.
struct ReportFacts
{
    // The most draws (runs × unfinished tasks) a report spends on its forecast: a report is
    // printed in a second, and its dates are rounded to days anyway.
    static constexpr double drawBudget = 1e6;
    static constexpr int mostRuns = 1000;
    static constexpr int fewestRuns = 100;

    Schedule schedule;
    std::shared_ptr<const Forecast> forecast;
    QList<TaskEvent> events; // status, verification, created and deleted events, oldest first
    bool historyRead = true; // false when the history could not be read

    static ReportFacts gather(const Project &project, const ReportOptions &options);
    static int runsFor(qsizetype unfinishedTasks);
};

} // namespace Candor
