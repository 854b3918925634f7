// SPDX-License-Identifier: MIT
#include "criticalpath.h"

#include "remainingwork.h"
#include "schedulesnapshot.h"
#include "tasknetwork.h"
#include "workcalendar.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Candor {

namespace {

// The passes' arrays, by task index.
struct Passes
{
    std::vector<double> duration, earliestStart, earliestFinish, latestStart, latestFinish;
    std::vector<char> finished;
    std::vector<char> open; // the task or something upstream of it is unfinished
    double finish = 0;
    double tolerance = 0;

    bool zeroSlack(std::size_t i) const { return latestFinish[i] - earliestFinish[i] <= tolerance; }
    // Whether `after` can start only when `before` finishes, both without slack.
    bool tight(int before, int after) const
    {
        const auto b = std::size_t(before), a = std::size_t(after);
        return zeroSlack(b) && zeroSlack(a) &&
               std::abs(earliestFinish[b] - earliestStart[a]) <= tolerance;
    }
};

Passes runPasses(const TaskNetwork &network, const std::vector<int> &order,
                 std::vector<double> duration, std::vector<char> finished)
{
    const std::size_t n = std::size_t(network.size());
    Passes p;
    p.duration = std::move(duration);
    p.finished = std::move(finished);
    p.earliestStart.assign(n, 0);
    p.earliestFinish.assign(n, 0);
    p.latestStart.assign(n, 0);
    p.latestFinish.assign(n, 0);
    p.open.assign(n, 0);
    for (int v : order) {
        const auto i = std::size_t(v);
        double start = 0;
        char open = !p.finished[i];
        for (int dependency : network.dependenciesOf(v)) {
            start = std::max(start, p.earliestFinish[std::size_t(dependency)]);
            open |= p.open[std::size_t(dependency)];
        }
        p.earliestStart[i] = start;
        p.earliestFinish[i] = start + p.duration[i];
        p.open[i] = open;
        p.finish = std::max(p.finish, p.earliestFinish[i]);
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const auto i = std::size_t(*it);
        double latest = p.finish;
        for (int dependent : network.dependentsOf(*it))
            latest = std::min(latest, p.latestStart[std::size_t(dependent)]);
        p.latestFinish[i] = latest;
        p.latestStart[i] = latest - p.duration[i];
    }
    // Sums of fractional days carry rounding dust; a billionth of the span is far below it.
    p.tolerance = 1e-9 * std::max(1.0, p.finish);
    return p;
}

// Longest chains of unfinished work: depth-first along tight edges from every zero-slack task
// that nothing tight precedes. Finished tasks (zero cost) may sit on such a path and are left out
// of the chain named. A step budget keeps pathological fan-outs linear.
QList<QList<qint64>> criticalChains(const TaskNetwork &network, const Passes &p)
{
    QList<QList<qint64>> chains;
    if (p.finish <= p.tolerance)
        return chains;
    const int n = network.size();
    qint64 budget = 4 * (qint64(n) + network.edgeCount()) + 1024;
    const auto hasTight = [&](int v, bool upstream) {
        const TaskNetwork::Range next =
            upstream ? network.dependenciesOf(v) : network.dependentsOf(v);
        return std::any_of(next.begin(), next.end(),
                           [&](int w) { return upstream ? p.tight(w, v) : p.tight(v, w); });
    };
    std::vector<int> path;
    std::vector<const int *> cursor; // per path step: the next dependent to try
    for (int first = 0; first < n && chains.size() < CriticalPath::maxChains && budget > 0;
         ++first) {
        if (!p.zeroSlack(std::size_t(first)) || hasTight(first, true))
            continue;
        path.assign(1, first);
        cursor.assign(1, network.dependentsOf(first).begin());
        while (!path.empty() && chains.size() < CriticalPath::maxChains && --budget > 0) {
            const int v = path.back();
            const TaskNetwork::Range dependents = network.dependentsOf(v);
            const int *&next = cursor.back();
            if (next == dependents.begin() && !hasTight(v, false)) {
                QList<qint64> chain; // a complete path: name its unfinished tasks
                for (int step : path) {
                    if (!p.finished[std::size_t(step)])
                        chain.append(network.id(step));
                }
                if (!chain.isEmpty() && !chains.contains(chain))
                    chains.append(chain);
                next = dependents.end();
            }
            while (next != dependents.end() && !p.tight(v, *next))
                ++next;
            if (next == dependents.end()) {
                path.pop_back();
                cursor.pop_back();
                continue;
            }
            const int w = *next++;
            path.push_back(w);
            cursor.push_back(network.dependentsOf(w).begin());
        }
    }
    return chains;
}

} // namespace

Schedule CriticalPath::compute(const ScheduleSnapshot &snapshot)
{
    Schedule schedule;
    schedule.start = snapshot.start;
    const TaskNetwork network = snapshot.network();
    const std::vector<int> order = network.topologicalOrderOrCycle(&schedule.cycle);
    if (!schedule.cycle.isEmpty())
        return schedule;
    const std::size_t n = std::size_t(network.size());
    std::vector<double> duration(n, 0);
    std::vector<char> finished(n, 1);
    std::vector<char> assigned(n, 0); // a repeated id keeps its first task
    for (const ScheduleTask &task : snapshot.tasks) {
        const auto i = std::size_t(network.indexOf(task.id));
        if (assigned[i])
            continue;
        assigned[i] = 1;
        duration[i] = RemainingWork::expected(task);
        finished[i] = TaskEnums::isFinished(task.status);
    }
    const Passes p = runPasses(network, order, std::move(duration), std::move(finished));
    schedule.finish = p.finish;

    schedule.tasks.resize(qsizetype(n));
    for (std::size_t i = 0; i < n; ++i) {
        TaskTiming &timing = schedule.tasks[qsizetype(i)];
        timing.id = network.id(int(i));
        timing.remaining = p.duration[i];
        timing.earliestStart = p.earliestStart[i];
        timing.earliestFinish = p.earliestFinish[i];
        timing.latestStart = p.latestStart[i];
        timing.latestFinish = p.latestFinish[i];
        timing.slack = p.zeroSlack(i) ? 0.0 : p.latestFinish[i] - p.earliestFinish[i];
        timing.finished = p.finished[i];
        timing.critical = !p.finished[i] && p.zeroSlack(i) && p.finish > p.tolerance;
    }
    schedule.taskIndex = network.index();
    schedule.criticalChains = criticalChains(network, p);

    for (const Milestone &milestone : snapshot.milestones) {
        MilestoneTiming timing;
        timing.id = milestone.id;
        timing.target = milestone.targetDate;
        timing.done = milestone.doneDate.isValid();
        for (qint64 gate : snapshot.gates.value(milestone.id)) {
            const int i = network.indexOf(gate);
            if (i < 0)
                continue;
            timing.finish = std::max(timing.finish, p.earliestFinish[std::size_t(i)]);
            timing.hasOpenWork = timing.hasOpenWork || p.open[std::size_t(i)];
        }
        if (!timing.done && timing.hasOpenWork) {
            timing.forecast = WorkCalendar::finishDate(snapshot.start, timing.finish);
            if (timing.target.isValid())
                timing.slipDays = WorkCalendar::workingDaysBetween(timing.target, timing.forecast);
        }
        schedule.milestoneIndex.insert(milestone.id, int(schedule.milestones.size()));
        schedule.milestones.append(timing);
    }
    return schedule;
}

} // namespace Candor
