// SPDX-License-Identifier: MIT
#include "remainingwork.h"

#include "schedulesnapshot.h"

#include <algorithm>
#include <array>

namespace Candor {

namespace {

double remainingShare(const ScheduleTask &task)
{
    return 1.0 - std::clamp(task.progress, 0, 100) / 100.0;
}

// The single figure a task without three points is planned with.
double singleFigure(const ScheduleTask &task)
{
    if (task.estimate)
        return std::max(0.0, *task.estimate);
    if (task.likely)
        return std::max(0.0, *task.likely);
    return RemainingWork::defaultEstimateDays;
}

// The three points in order (an importer may have them the wrong way round), none negative.
RemainingWork::Range orderedThreePoints(const ScheduleTask &task)
{
    std::array<double, 3> points{std::max(0.0, *task.optimistic), std::max(0.0, *task.likely),
                                 std::max(0.0, *task.pessimistic)};
    std::sort(points.begin(), points.end());
    return {points[0], points[1], points[2]};
}

} // namespace

double RemainingWork::Range::pertVariance() const
{
    const double mean = pertMean();
    return (mean - optimistic) * (pessimistic - mean) / 7;
}

bool RemainingWork::hasThreePoints(const ScheduleTask &task)
{
    return task.optimistic && task.likely && task.pessimistic;
}

double RemainingWork::expected(const ScheduleTask &task)
{
    if (TaskEnums::isFinished(task.status))
        return 0;
    const double whole =
        hasThreePoints(task) ? orderedThreePoints(task).pertMean() : singleFigure(task);
    return whole * remainingShare(task);
}

RemainingWork::Range RemainingWork::range(const ScheduleTask &task)
{
    if (TaskEnums::isFinished(task.status))
        return {};
    Range whole;
    if (hasThreePoints(task)) {
        whole = orderedThreePoints(task);
    } else {
        const double figure = singleFigure(task);
        whole = {figure * singleOptimisticFactor, figure, figure * singlePessimisticFactor};
    }
    const double share = remainingShare(task);
    return {whole.optimistic * share, whole.likely * share, whole.pessimistic * share};
}

} // namespace Candor
