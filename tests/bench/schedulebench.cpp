// SPDX-License-Identifier: MIT
// The "schedule" section of the benchmark (issue 9): the critical path on 100k tasks and 150k
// edges, and a Monte Carlo forecast of 10,000 runs over 1,000 tasks, on generated DAGs.
// Needs only candor_models; built standalone with -DCANDOR_SCHEDULE_BENCH_MAIN it is its own
// program (docs/scheduling.md says how).
#include "schedulebench.h"

#include "database/projectdatabase.h"
#include "graph/criticalpath.h"
#include "graph/montecarloforecast.h"
#include "graph/schedulesnapshot.h"
#include "graph/tasknetwork.h"
#include "project/project.h"
#include "project/projectgenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <vector>

namespace Candor {

namespace {

// `count` tasks and exactly `edges` distinct dependencies, each on one of the 200 tasks before
// it (real chains are local), with a mix of estimates, progress and finished work, and
// `milestones` milestones each gated by a few tasks.
ScheduleSnapshot generatedDag(int count, int edges, int milestones, quint32 seed)
{
    QRandomGenerator random(seed);
    ScheduleSnapshot snapshot;
    snapshot.start = QDate(2025, 6, 2);
    snapshot.tasks.reserve(count);
    for (int i = 1; i <= count; ++i) {
        ScheduleTask task;
        task.id = i;
        const double estimate = 1 + random.bounded(10);
        if (random.bounded(3) == 0) {
            task.optimistic = estimate * 0.7;
            task.likely = estimate;
            task.pessimistic = estimate * 2;
        } else if (random.bounded(10) != 0) {
            task.estimate = estimate; // one in 15 has none: the default
        }
        if (random.bounded(5) == 0)
            task.status = Status::Done;
        else if (random.bounded(4) == 0)
            task.progress = random.bounded(90);
        snapshot.tasks.append(task);
    }
    QSet<QPair<qint64, qint64>> seen;
    seen.reserve(edges);
    while (seen.size() < edges) {
        const int task = 2 + random.bounded(count - 1);
        const int dependsOn = task - 1 - random.bounded(std::min(task - 1, 200));
        const QPair<qint64, qint64> edge{task, dependsOn};
        if (!seen.contains(edge)) {
            seen.insert(edge);
            snapshot.dependencies.append(edge);
        }
    }
    for (int m = 1; m <= milestones; ++m) {
        Milestone milestone;
        milestone.id = m;
        milestone.targetDate = snapshot.start.addDays(30 * m);
        snapshot.milestones.append(milestone);
        QList<qint64> gates;
        for (int g = 0; g < 5; ++g)
            gates.append(1 + random.bounded(count * m / milestones));
        snapshot.gates.insert(m, gates);
    }
    return snapshot;
}

template <typename Work> double medianMilliseconds(int runs, Work work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int runScheduleBench(QJsonObject &out)
{
    // Critical path: snapshot → schedule, everything included (dense network, passes, chains,
    // milestones), as the worker does it after an edit.
    const ScheduleSnapshot large = generatedDag(100000, 150000, 20, 1);
    Schedule schedule;
    out.insert(QStringLiteral("cpm_100k_ms"),
               medianMilliseconds(7, [&] { schedule = CriticalPath::compute(large); }));
    out.insert(QStringLiteral("cpm_100k_network_ms"), medianMilliseconds(7, [&] {
                   const TaskNetwork network = large.network();
                   (void)network.topologicalOrder();
               }));
    out.insert(QStringLiteral("cpm_100k_finish_days"), schedule.finish);
    out.insert(QStringLiteral("cpm_100k_critical_chains"), int(schedule.criticalChains.size()));
    out.insert(QStringLiteral("cpm_100k_valid"), schedule.isValid());

    // Monte Carlo: 10,000 runs over 1,000 tasks (1,500 edges, 5 milestones), all threads.
    const ScheduleSnapshot small = generatedDag(1000, 1500, 5, 2);
    ForecastOptions options;
    options.runs = 10000;
    options.seed = 1;
    Forecast forecast;
    out.insert(QStringLiteral("montecarlo_10k_runs_1k_tasks_ms"),
               medianMilliseconds(5, [&] { forecast = MonteCarloForecast::run(small, options); }));
    options.maxThreads = 1;
    out.insert(QStringLiteral("montecarlo_10k_runs_1k_tasks_one_thread_ms"),
               medianMilliseconds(3, [&] { forecast = MonteCarloForecast::run(small, options); }));
    options.distribution = WorkDistribution::Triangular;
    out.insert(QStringLiteral("montecarlo_10k_runs_1k_tasks_triangular_one_thread_ms"),
               medianMilliseconds(3, [&] { forecast = MonteCarloForecast::run(small, options); }));
    out.insert(QStringLiteral("montecarlo_threads"),
               QThreadPool::globalInstance()->maxThreadCount());
    out.insert(QStringLiteral("montecarlo_valid"), forecast.isValid());

    // What an edit costs the GUI thread before the worker takes over: the snapshot of a real
    // (generated) 100k-task project; and the whole critical path and a 1,000-run forecast of it.
    auto database = ProjectDatabase::openInMemory();
    OpenError error;
    std::unique_ptr<Project> project;
    if (database && ProjectGenerator::generate(*database, 100000, 1).ok())
        project = Project::load(std::move(database), &error);
    if (!project)
        return 1;
    ScheduleSnapshot snapshot;
    out.insert(QStringLiteral("schedule_snapshot_100k_ms"), medianMilliseconds(5, [&] {
                   snapshot = ScheduleSnapshot::of(*project, QDate(2025, 6, 2));
               }));
    out.insert(QStringLiteral("cpm_generated_100k_ms"),
               medianMilliseconds(5, [&] { schedule = CriticalPath::compute(snapshot); }));
    options = {};
    options.runs = 1000;
    out.insert(QStringLiteral("montecarlo_1k_runs_generated_100k_ms"), medianMilliseconds(1, [&] {
                   forecast = MonteCarloForecast::run(snapshot, options);
               }));
    return schedule.isValid() && forecast.isValid() ? 0 : 1;
}

} // namespace Candor

#ifdef CANDOR_SCHEDULE_BENCH_MAIN
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QJsonObject figures;
    const int result = Candor::runScheduleBench(figures);
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    return result;
}
#endif
