// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace Candor {

class Project;
class TaskNetwork;

// What scheduling needs of a task: a few numbers, so that a snapshot of 100k tasks copies in a
// millisecond or two on the GUI thread and the worker shares nothing with the models.
struct ScheduleTask
{
    qint64 id = 0;
    Status status = Status::Todo;
    int progress = 0; // 0..100
    std::optional<double> estimate;
    std::optional<double> optimistic;
    std::optional<double> likely;
    std::optional<double> pessimistic;

    static ScheduleTask of(const Task &task);
};

// Plain data copied from the models, handed to the critical path and the forecast (which may
// run on a worker thread while the user goes on editing).
struct ScheduleSnapshot
{
    QDate start; // the project's day zero: work begins on its morning (usually today)
    QList<ScheduleTask> tasks;
    QList<QPair<qint64, qint64>> dependencies; // (task, dependsOn)
    QList<Milestone> milestones;
    QHash<qint64, QList<qint64>> gates; // milestone id → the tasks that gate it

    // Everything of an open project, as it is now.
    static ScheduleSnapshot of(const Project &project, QDate start);
    // The tasks (indices in the order of `tasks`) and their dependencies; edges naming tasks
    // that are not in the snapshot are left out.
    TaskNetwork network() const;
};

} // namespace Candor
