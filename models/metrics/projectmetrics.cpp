// SPDX-License-Identifier: MIT
#include "projectmetrics.h"

#include "project/project.h"
#include "tasks/taskmodel.h"
#include "taskshare.h"

namespace Candor {

namespace {

struct Accumulator
{
    CompletionFigures figures;
    double weight = 0;
    double claimed = 0;
    double verified = 0;

    void add(const Project &project, const Task &task)
    {
        ++figures.tasks;
        const bool isVerified = task.verification == Verification::Verified;
        if (task.status == Status::Done)
            ++figures.done;
        else if (task.status == Status::Cancelled)
            ++figures.cancelled;
        if (isVerified)
            ++figures.verified;
        if (!TaskEnums::isFinished(task.status)) {
            const bool statusBlocked = task.status == Status::Blocked;
            const bool waiting = project.isBlockedByDependencies(task.id);
            figures.statusBlocked += statusBlocked;
            figures.waiting += waiting;
            figures.blocked += statusBlocked || waiting;
        }
        const TaskShare share = TaskShare::of(task);
        weight += share.weight;
        claimed += share.claimed;
        verified += share.verified;
    }

    CompletionFigures result() const
    {
        CompletionFigures out = figures;
        if (weight > 0) {
            out.claimedPercent = 100.0 * claimed / weight;
            out.verifiedPercent = 100.0 * verified / weight;
        }
        return out;
    }
};

} // namespace

CompletionFigures ProjectMetrics::overall(const Project &project)
{
    Accumulator total;
    for (const Task &task : project.tasks()->tasks())
        total.add(project, task);
    return total.result();
}

QHash<qint64, CompletionFigures> ProjectMetrics::byComponent(const Project &project)
{
    QHash<qint64, Accumulator> accumulators;
    for (const Task &task : project.tasks()->tasks())
        accumulators[task.componentId].add(project, task);
    QHash<qint64, CompletionFigures> result;
    for (auto it = accumulators.cbegin(); it != accumulators.cend(); ++it)
        result.insert(it.key(), it.value().result());
    return result;
}

} // namespace Candor
