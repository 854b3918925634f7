// SPDX-License-Identifier: MIT
#pragma once

#include "forecast.h"

#include <functional>

class QThreadPool;

namespace Candor {

struct ScheduleSnapshot;

struct ForecastOptions
{
    int runs = 10000;
    quint64 seed = 1;
    WorkDistribution distribution = WorkDistribution::PertBeta;
    QThreadPool *pool = nullptr; // null: the global pool
    int maxThreads = 0;          // 0: as many as the pool has
};

// Monte Carlo forecast over the dependency graph: each run draws every unfinished task's
// remaining work (RemainingWork::range) and pushes it through the graph, so a milestone finishes
// when the slowest of the chains merging into it does — the merge bias that analytic PERT on
// one critical path misses (docs/scheduling.md).
//
// Runs are cut into chunks of a fixed size, each drawn from its own RandomStream(seed, chunk):
// the same seed and snapshot give identical figures whatever the number of threads.
class MonteCarloForecast final
{
public:
    static constexpr int runsPerChunk = 128;

    // `cancelled`, when given, is asked between chunks; when it says yes the forecast stops and
    // comes back marked cancelled.
    static Forecast run(const ScheduleSnapshot &snapshot, const ForecastOptions &options = {},
                        const std::function<bool()> &cancelled = {});
};

} // namespace Candor
