// SPDX-License-Identifier: MIT
#include "schedulesnapshot.h"

#include "project/project.h"
#include "tasknetwork.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

namespace Candor {

ScheduleTask ScheduleTask::of(const Task &task)
{
    return {task.id,         task.status, task.progress,   task.estimate,
            task.optimistic, task.likely, task.pessimistic};
}

ScheduleSnapshot ScheduleSnapshot::of(const Project &project, QDate start)
{
    ScheduleSnapshot snapshot;
    snapshot.start = start;
    const QList<Task> &tasks = project.tasks()->tasks();
    snapshot.tasks.reserve(tasks.size());
    for (const Task &task : tasks) {
        snapshot.tasks.append(ScheduleTask::of(task));
        for (qint64 milestone : project.milestonesOf(task.id))
            snapshot.gates[milestone].append(task.id);
    }
    snapshot.dependencies = project.dependencies().edges();
    snapshot.milestones = project.milestones()->milestones();
    return snapshot;
}

TaskNetwork ScheduleSnapshot::network() const
{
    QList<qint64> ids;
    ids.reserve(tasks.size());
    for (const ScheduleTask &task : tasks)
        ids.append(task.id);
    return TaskNetwork(ids, dependencies, TaskNetwork::UnknownTasks::Ignore);
}

} // namespace Candor
