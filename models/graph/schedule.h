// SPDX-License-Identifier: MIT
#pragma once

#include "taskindex.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace Candor {

// One task's place in the critical-path schedule. Times are working days from the morning of
// the schedule's start (0 = its first working morning); WorkCalendar::finishDate turns them into
// dates.
struct TaskTiming
{
    qint64 id = 0;
    double remaining = 0; // working days of work left (RemainingWork::expected)
    double earliestStart = 0;
    double earliestFinish = 0;
    double latestStart = 0;
    double latestFinish = 0;
    double slack = 0;      // latestFinish − earliestFinish: how far it can slip alone
    bool finished = false; // done or cancelled
    bool critical = false; // unfinished, on a longest chain (slack ≈ 0)
};

struct MilestoneTiming
{
    qint64 id = 0;
    QDate target;             // null when the milestone has none
    bool done = false;        // it has a done date: nothing is forecast
    bool hasOpenWork = false; // some gating task, or a task upstream of one, is unfinished
    double finish = 0;        // latest earliest-finish over its gating tasks (upstream included)
    QDate forecast;           // the day finish falls on; null when done or without open work
    std::optional<qint64> slipDays; // forecast − target in working days, late > 0 (needs both)
};

// The critical path method on remaining work: the result of CriticalPath::compute.
struct Schedule
{
    QDate start;
    double finish = 0;                 // the project's: latest earliest-finish of all tasks
    QList<TaskTiming> tasks;           // in the order of the snapshot's tasks
    QList<MilestoneTiming> milestones; // in the order of the snapshot's milestones
    // Longest chains of unfinished tasks, each in order of work (first to do first); at most
    // CriticalPath::maxChains of them. Every task in one is critical.
    QList<QList<qint64>> criticalChains;
    // Non-empty when the snapshot's dependencies have a cycle (as A, B, A: each task depends on
    // the next); nothing else is computed then.
    QList<qint64> cycle;

    bool isValid() const { return cycle.isEmpty(); }
    const TaskTiming *task(qint64 id) const;
    const MilestoneTiming *milestone(qint64 id) const;
    // Whether the edge task → dependsOn is on a critical chain: both critical, and task can
    // start only when dependsOn finishes.
    bool isCriticalEdge(qint64 task, qint64 dependsOn) const;

    // Filled by CriticalPath: where each id is in tasks / milestones.
    TaskIndex taskIndex;
    QHash<qint64, int> milestoneIndex;
};

} // namespace Candor
