// SPDX-License-Identifier: MIT
// Snapshots for the scheduling tests: tasks with one estimate or three points, milestones.
#pragma once

#include "graph/schedulesnapshot.h"

#include <QDate>

#include <optional>

namespace CandorTest {

// Monday 2 June 2025: day zero of the schedules in the tests.
inline const QDate monday(2025, 6, 2);

inline Candor::ScheduleTask work(qint64 id, std::optional<double> estimate,
                                 Candor::Status status = Candor::Status::Todo, int progress = 0)
{
    Candor::ScheduleTask task;
    task.id = id;
    task.estimate = estimate;
    task.status = status;
    task.progress = progress;
    return task;
}

inline Candor::ScheduleTask threePoint(qint64 id, double optimistic, double likely,
                                       double pessimistic)
{
    Candor::ScheduleTask task;
    task.id = id;
    task.optimistic = optimistic;
    task.likely = likely;
    task.pessimistic = pessimistic;
    return task;
}

// A snapshot starting on monday.
inline Candor::ScheduleSnapshot snapshotOf(const QList<Candor::ScheduleTask> &tasks,
                                           const QList<QPair<qint64, qint64>> &dependencies = {})
{
    Candor::ScheduleSnapshot snapshot;
    snapshot.start = monday;
    snapshot.tasks = tasks;
    snapshot.dependencies = dependencies;
    return snapshot;
}

inline void addMilestone(Candor::ScheduleSnapshot &snapshot, qint64 id, const QList<qint64> &gates,
                         QDate target = {}, QDate done = {})
{
    Candor::Milestone milestone;
    milestone.id = id;
    milestone.targetDate = target;
    milestone.doneDate = done;
    snapshot.milestones.append(milestone);
    snapshot.gates.insert(id, gates);
}

} // namespace CandorTest
