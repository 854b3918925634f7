// SPDX-License-Identifier: MIT
#include "montecarloforecast.h"

#include "parallelchunks.h"
#include "randomstream.h"
#include "remainingwork.h"
#include "schedulesnapshot.h"
#include "tasknetwork.h"
#include "workcalendar.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <vector>

namespace Candor {

namespace {

// One task's draw, prepared once so that a run only draws and adds.
struct Draw
{
    double low = 0;
    double width = 0; // 0: always `low` (finished tasks: 0), and no random number is used
    double mode = 0;
    // PERT-beta as G1 / (G1 + G2) with G1 ~ Gamma(alpha), G2 ~ Gamma(beta), both shapes in
    // [1, 5]: Marsaglia–Tsang's d = shape − 1/3 and c = 1 / sqrt(9 d) for each.
    double d1 = 0, c1 = 0, d2 = 0, c2 = 0;
};

Draw prepare(const RemainingWork::Range &range)
{
    Draw draw;
    draw.low = range.optimistic;
    draw.width = range.pessimistic - range.optimistic;
    draw.mode = range.likely;
    if (draw.width <= 1e-12 * std::max(1.0, range.pessimistic)) {
        draw.width = 0;
        return draw;
    }
    // Shape 4 (the classic PERT weight of the likely figure): alpha + beta = 6, so the mean is
    // (optimistic + 4 likely + pessimistic) / 6.
    const double alpha = 1 + 4 * (range.likely - range.optimistic) / draw.width;
    const double beta = 1 + 4 * (range.pessimistic - range.likely) / draw.width;
    draw.d1 = alpha - 1.0 / 3;
    draw.c1 = 1 / std::sqrt(9 * draw.d1);
    draw.d2 = beta - 1.0 / 3;
    draw.c2 = 1 / std::sqrt(9 * draw.d2);
    return draw;
}

inline double sample(RandomStream &random, const Draw &draw, WorkDistribution distribution)
{
    if (draw.width <= 0)
        return draw.low;
    if (distribution == WorkDistribution::Triangular)
        return random.triangular(draw.low, draw.mode, draw.low + draw.width);
    const double x = random.gamma(draw.d1, draw.c1);
    const double y = random.gamma(draw.d2, draw.c2);
    return draw.low + draw.width * (x / (x + y));
}

// The part of the graph the milestones wait for, in topological order, by position.
struct Plan
{
    std::vector<Draw> draws;
    std::vector<int> dependencyStart{0}; // positions' dependencies, compressed rows
    std::vector<int> dependencies;
    std::vector<int> gateStart{0}; // simulated milestones' gating positions, compressed rows
    std::vector<int> gates;
    std::vector<int> milestone; // simulated milestone → index in the forecast's milestones

    int positions() const { return int(draws.size()); }
    int simulated() const { return int(milestone.size()); }
};

Plan makePlan(const ScheduleSnapshot &snapshot, const TaskNetwork &network,
              const std::vector<int> &order, QList<MilestoneForecast> &milestones)
{
    const std::size_t n = std::size_t(network.size());
    std::vector<const ScheduleTask *> taskAt(n, nullptr); // a repeated id keeps its first task
    for (const ScheduleTask &task : snapshot.tasks) {
        const auto i = std::size_t(network.indexOf(task.id));
        if (!taskAt[i])
            taskAt[i] = &task;
    }
    std::vector<std::vector<int>> gatesOf(std::size_t(milestones.size()));
    std::vector<int> allGates;
    for (qsizetype m = 0; m < milestones.size(); ++m) {
        if (milestones.at(m).done)
            continue;
        for (qint64 gate : snapshot.gates.value(milestones.at(m).id)) {
            const int i = network.indexOf(gate);
            if (i >= 0) {
                gatesOf[std::size_t(m)].push_back(i);
                allGates.push_back(i);
            }
        }
    }
    std::vector<char> relevant(n, 0);
    for (int i : allGates)
        relevant[std::size_t(i)] = 1;
    for (int i : network.reachableFrom(allGates, TaskNetwork::Direction::Upstream))
        relevant[std::size_t(i)] = 1;

    Plan plan;
    std::vector<int> position(n, -1);
    std::vector<char> open; // by position: the task or something upstream is unfinished
    for (int v : order) {
        if (!relevant[std::size_t(v)])
            continue;
        const ScheduleTask &task = *taskAt[std::size_t(v)];
        const bool finished = TaskEnums::isFinished(task.status);
        char isOpen = !finished;
        for (int dependency : network.dependenciesOf(v)) {
            const int p = position[std::size_t(dependency)];
            plan.dependencies.push_back(p);
            isOpen |= open[std::size_t(p)];
        }
        plan.dependencyStart.push_back(int(plan.dependencies.size()));
        position[std::size_t(v)] = plan.positions();
        plan.draws.push_back(prepare(RemainingWork::range(task)));
        open.push_back(isOpen);
    }
    for (qsizetype m = 0; m < milestones.size(); ++m) {
        bool isOpen = false;
        for (int i : gatesOf[std::size_t(m)])
            isOpen = isOpen || open[std::size_t(position[std::size_t(i)])];
        milestones[m].hasOpenWork = isOpen;
        if (!isOpen)
            continue;
        for (int i : gatesOf[std::size_t(m)])
            plan.gates.push_back(position[std::size_t(i)]);
        plan.gateStart.push_back(int(plan.gates.size()));
        plan.milestone.push_back(int(m));
    }
    return plan;
}

// Nearest rank: the smallest simulated finish that at least `share` of the runs reach.
double percentile(const std::vector<double> &sorted, double share)
{
    const auto rank = std::size_t(std::ceil(share * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

void summarise(std::vector<double> finishes, QDate start, MilestoneForecast &forecast)
{
    std::sort(finishes.begin(), finishes.end());
    forecast.meanDays =
        std::accumulate(finishes.begin(), finishes.end(), 0.0) / double(finishes.size());
    forecast.p50Days = percentile(finishes, 0.50);
    forecast.p80Days = percentile(finishes, 0.80);
    forecast.p95Days = percentile(finishes, 0.95);
    forecast.p50 = WorkCalendar::finishDate(start, forecast.p50Days);
    forecast.p80 = WorkCalendar::finishDate(start, forecast.p80Days);
    forecast.p95 = WorkCalendar::finishDate(start, forecast.p95Days);
    if (!forecast.target.isValid())
        return;
    // A run is on time when the day its work ends is no later than the target (the same
    // rounding as finishDate).
    const qint64 capacity = WorkCalendar::workingDaysThrough(start, forecast.target);
    const auto late = std::partition_point(finishes.begin(), finishes.end(), [&](double days) {
        return WorkCalendar::wholeDays(days) <= capacity;
    });
    forecast.onTimeProbability = double(late - finishes.begin()) / double(finishes.size());
    forecast.slipDays = WorkCalendar::workingDaysBetween(forecast.target, forecast.p80);
}

} // namespace

Forecast MonteCarloForecast::run(const ScheduleSnapshot &snapshot, const ForecastOptions &options,
                                 const std::function<bool()> &cancelled)
{
    Forecast forecast;
    forecast.start = snapshot.start;
    forecast.runs = std::max(1, options.runs);
    forecast.seed = options.seed;
    forecast.distribution = options.distribution;
    const TaskNetwork network = snapshot.network();
    const std::vector<int> order = network.topologicalOrderOrCycle(&forecast.cycle);
    if (!forecast.cycle.isEmpty())
        return forecast;
    for (const Milestone &milestone : snapshot.milestones) {
        MilestoneForecast entry;
        entry.id = milestone.id;
        entry.target = milestone.targetDate;
        entry.done = milestone.doneDate.isValid();
        forecast.milestoneIndex.insert(milestone.id, int(forecast.milestones.size()));
        forecast.milestones.append(entry);
    }
    const Plan plan = makePlan(snapshot, network, order, forecast.milestones);
    if (plan.simulated() == 0)
        return forecast;

    const int runs = forecast.runs;
    std::vector<double> finishes(std::size_t(plan.simulated()) * std::size_t(runs));
    std::atomic<bool> stopped{false};
    const auto chunk = [&](int index) {
        if (stopped.load(std::memory_order_relaxed))
            return;
        if (cancelled && cancelled()) {
            stopped = true;
            return;
        }
        RandomStream random(options.seed, quint64(index));
        std::vector<double> finish(std::size_t(plan.positions()));
        const int last = std::min(runs, (index + 1) * runsPerChunk);
        for (int run = index * runsPerChunk; run < last; ++run) {
            for (std::size_t p = 0; p < finish.size(); ++p) {
                double begin = 0;
                for (int j = plan.dependencyStart[p]; j < plan.dependencyStart[p + 1]; ++j)
                    begin = std::max(begin, finish[std::size_t(plan.dependencies[std::size_t(j)])]);
                finish[p] = begin + sample(random, plan.draws[p], options.distribution);
            }
            for (std::size_t k = 0; k < plan.milestone.size(); ++k) {
                double latest = 0;
                for (int j = plan.gateStart[k]; j < plan.gateStart[k + 1]; ++j)
                    latest = std::max(latest, finish[std::size_t(plan.gates[std::size_t(j)])]);
                finishes[k * std::size_t(runs) + std::size_t(run)] = latest;
            }
        }
    };
    ParallelChunks::run((runs + runsPerChunk - 1) / runsPerChunk, chunk, options.pool,
                        options.maxThreads);
    if (stopped.load()) {
        forecast.cancelled = true;
        return forecast;
    }
    for (std::size_t k = 0; k < plan.milestone.size(); ++k) {
        const auto first = finishes.begin() + std::ptrdiff_t(k * std::size_t(runs));
        summarise(std::vector<double>(first, first + runs), snapshot.start,
                  forecast.milestones[plan.milestone[k]]);
    }
    return forecast;
}

} // namespace Candor
