// SPDX-License-Identifier: MIT
#include "schedule.h"

#include <algorithm>
#include <cmath>

namespace Candor {

const TaskTiming *Schedule::task(qint64 id) const
{
    const int index = taskIndex.value(id);
    return index < 0 ? nullptr : &tasks.at(index);
}

const MilestoneTiming *Schedule::milestone(qint64 id) const
{
    const int index = milestoneIndex.value(id, -1);
    return index < 0 ? nullptr : &milestones.at(index);
}

bool Schedule::isCriticalEdge(qint64 task, qint64 dependsOn) const
{
    const TaskTiming *after = this->task(task);
    const TaskTiming *before = this->task(dependsOn);
    if (!after || !before || !after->critical || !before->critical)
        return false;
    const double tolerance = 1e-9 * std::max(1.0, finish);
    return std::abs(before->earliestFinish - after->earliestStart) <= tolerance;
}

} // namespace Candor
