// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

namespace Candor {

struct ScheduleTask;

// The work a task has left, in working days, as the critical path and the forecast see it
// (docs/scheduling.md says the same in words).
class RemainingWork final
{
public:
    // A task with no estimate at all counts as this many days: small enough not to dominate a
    // schedule, large enough that unestimated work is not free.
    static constexpr double defaultEstimateDays = 1.0;
    // The spread a single estimate e gets in the forecast: optimistic 0.75 e, likely e,
    // pessimistic 1.75 e. Skewed right, because work overruns more often and further than it
    // underruns; the PERT mean of this spread is 13/12 e.
    static constexpr double singleOptimisticFactor = 0.75;
    static constexpr double singlePessimisticFactor = 1.75;

    // Three-point remaining work, optimistic <= likely <= pessimistic.
    struct Range
    {
        double optimistic = 0;
        double likely = 0;
        double pessimistic = 0;

        double pertMean() const { return (optimistic + 4 * likely + pessimistic) / 6; }
        // The variance of the PERT-beta distribution on this range (shape parameter 4):
        // (mean − optimistic)(pessimistic − mean) / 7.
        double pertVariance() const;
    };

    // Whether the task has all three points (otherwise it falls back to one figure).
    static bool hasThreePoints(const ScheduleTask &task);
    // What the critical path uses: the PERT mean of the three points when all are present, else
    // the estimate, else the likely figure, else defaultEstimateDays; times (1 − progress/100);
    // 0 when finished.
    static double expected(const ScheduleTask &task);
    // What the forecast draws from: the three points, or the single figure with the spread
    // above, times (1 − progress/100); all 0 when finished.
    static Range range(const ScheduleTask &task);
};

} // namespace Candor
