// SPDX-License-Identifier: MIT
#include "graphnodelook.h"

#include "core/dateformat.h"
#include "graph/graphlayoutscope.h"
#include "project/project.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

namespace Candor {

GraphNodeLook GraphNodeLook::of(const Project &project, qint64 node, bool critical)
{
    GraphNodeLook look;
    look.critical = critical;
    if (GraphLayoutScope::isMilestoneNode(node)) {
        const Milestone *milestone =
            project.milestones()->milestone(GraphLayoutScope::milestoneOf(node));
        look.milestone = true;
        if (milestone) {
            look.key = milestone->name;
            look.done = milestone->doneDate.isValid();
            look.tooltip = milestone->targetDate.isValid()
                               ? tr("Milestone %1, target %2")
                                     .arg(milestone->name, DateFormat::date(milestone->targetDate))
                               : tr("Milestone %1").arg(milestone->name);
        }
        return look;
    }
    const Task *task = project.tasks()->task(node);
    if (!task)
        return look;
    look.key = task->key;
    look.title = task->title;
    look.status = task->status;
    look.verification = task->verification;
    look.done = TaskEnums::isFinished(task->status);
    look.blocked = !look.done && project.isBlockedByDependencies(node); // finished needs no mark
    look.tooltip = tr("%1 — %2\n%3, %4")
                       .arg(task->key, task->title, TaskEnums::label(task->status),
                            TaskEnums::label(task->verification));
    if (look.blocked)
        look.tooltip += QLatin1Char('\n') + tr("Waiting on %Ln unfinished task(s)", nullptr,
                                               project.unfinishedDependencyCount(node));
    if (critical)
        look.tooltip += QLatin1Char('\n') + tr("On the critical path");
    return look;
}

QColor GraphNodeLook::accent() const
{
    if (milestone)
        return done ? verifiedColour() : QColor(0xb2, 0x87, 0x04);
    switch (status) {
    case Status::Todo:
        return {0x75, 0x75, 0x75};
    case Status::InProgress:
        return {0x19, 0x76, 0xd2};
    case Status::Blocked:
        return blockedColour();
    case Status::Review:
        return {0xef, 0x8f, 0x00};
    case Status::Done:
        return verifiedColour();
    case Status::Cancelled:
        return {0xbd, 0xbd, 0xbd}; // lighter than todo: nothing is left to do
    }
    return {0x75, 0x75, 0x75};
}

QColor GraphNodeLook::fill() const
{
    if (milestone)
        return done ? QColor(0xe6, 0xf4, 0xe7) : QColor(0xff, 0xec, 0xb3);
    const QColor base = accent();
    // 12% of the colour over white: light enough for dark text in either palette.
    auto mix = [](int channel) { return 255 - (255 - channel) * 12 / 100; };
    return {mix(base.red()), mix(base.green()), mix(base.blue())};
}

} // namespace Candor
