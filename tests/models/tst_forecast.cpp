// SPDX-License-Identifier: MIT
// The Monte Carlo forecast against closed forms: one task's percentiles, sums of many tasks,
// and the merge bias that analytic PERT on the critical path misses. Seeded reproducibility.
#include "graph/criticalpath.h"
#include "graph/montecarloforecast.h"
#include "graph/remainingwork.h"
#include "graph/schedulesnapshot.h"
#include "graph/workcalendar.h"
#include "schedulefixtures.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThreadPool>

#include <cmath>
#include <vector>

using namespace Candor;
using namespace CandorTest;

namespace {

constexpr qint64 M = 1000000; // milestone ids, far from task ids

// One task gating one milestone.
ScheduleSnapshot oneTask(const ScheduleTask &task)
{
    ScheduleSnapshot snapshot = snapshotOf({task});
    addMilestone(snapshot, M, {task.id});
    return snapshot;
}

// The inverse distribution function of the triangle (low, mode, high) at u.
double triangularQuantile(double low, double mode, double high, double u)
{
    const double split = (mode - low) / (high - low);
    return u < split ? low + std::sqrt(u * (high - low) * (mode - low))
                     : high - std::sqrt((1 - u) * (high - low) * (high - mode));
}

// The PERT-beta quantile, by integrating the density x^(α−1) (1−x)^(β−1) on a fine grid (both
// shapes are at least 1, so the density is bounded and the trapezoid rule is accurate).
double pertQuantile(double low, double mode, double high, double u)
{
    const double alpha = 1 + 4 * (mode - low) / (high - low);
    const double beta = 1 + 4 * (high - mode) / (high - low);
    const int steps = 200000;
    std::vector<double> cdf(steps + 1, 0.0);
    const auto density = [&](double x) {
        return std::pow(x, alpha - 1) * std::pow(1 - x, beta - 1);
    };
    for (int i = 1; i <= steps; ++i) {
        const double x0 = double(i - 1) / steps, x1 = double(i) / steps;
        cdf[std::size_t(i)] = cdf[std::size_t(i - 1)] + (density(x0) + density(x1)) / 2 / steps;
    }
    const double total = cdf.back();
    for (int i = 1; i <= steps; ++i) {
        if (cdf[std::size_t(i)] / total >= u) {
            const double before = cdf[std::size_t(i - 1)] / total;
            const double after = cdf[std::size_t(i)] / total;
            const double x = (i - 1 + (u - before) / (after - before)) / steps;
            return low + x * (high - low);
        }
    }
    return high;
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

// A random DAG of `count` tasks (edges only to earlier tasks) with three milestones.
ScheduleSnapshot randomProject(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    ScheduleSnapshot snapshot = snapshotOf({});
    for (int i = 1; i <= count; ++i) {
        ScheduleTask task = random.bounded(3) == 0
                                ? threePoint(i, 1 + random.bounded(3), 4, 6 + random.bounded(9))
                                : work(i, 1 + random.bounded(8));
        if (random.bounded(5) == 0)
            task.status = Status::Done;
        task.progress = random.bounded(4) == 0 ? int(random.bounded(90)) : 0;
        snapshot.tasks.append(task);
        for (int k = 0; k < 2 && i > 1; ++k) {
            if (random.bounded(4) != 0)
                snapshot.dependencies.append({i, 1 + random.bounded(i - 1)});
        }
    }
    addMilestone(snapshot, M, {count / 3, count / 2}, monday.addDays(30));
    addMilestone(snapshot, M + 1, {count, count - 1, count - 2}, monday.addDays(60));
    addMilestone(snapshot, M + 2, {count / 4});
    return snapshot;
}

void verifySame(const Forecast &a, const Forecast &b)
{
    QCOMPARE(a.milestones.size(), b.milestones.size());
    for (qsizetype i = 0; i < a.milestones.size(); ++i) {
        const MilestoneForecast &x = a.milestones.at(i);
        const MilestoneForecast &y = b.milestones.at(i);
        QCOMPARE(x.meanDays, y.meanDays); // bit for bit
        QCOMPARE(x.p50Days, y.p50Days);
        QCOMPARE(x.p80Days, y.p80Days);
        QCOMPARE(x.p95Days, y.p95Days);
        QCOMPARE(x.onTimeProbability, y.onTimeProbability);
        QCOMPARE(x.slipDays, y.slipDays);
    }
}

} // namespace

class tst_Forecast : public QObject
{
    Q_OBJECT

private slots:
    void oneTaskTriangular();
    void oneTaskPertBeta();
    void sumOfManyTasks();
    void mergeBias_data();
    void mergeBias();
    void reproducible();
    void certainWork();
    void progressScales();
    void nothingToForecast();
    void cancelled();
    void cycle();
};

void tst_Forecast::oneTaskTriangular()
{
    ForecastOptions options;
    options.runs = 20000;
    options.seed = 7;
    options.distribution = WorkDistribution::Triangular;
    const Forecast forecast = MonteCarloForecast::run(oneTask(threePoint(1, 2, 4, 10)), options);
    QVERIFY(forecast.isValid());
    const MilestoneForecast *m = forecast.milestone(M);
    QVERIFY(m && m->hasForecast());
    // The standard error of these percentiles is about 0.02 days with 20,000 runs.
    QVERIFY2(std::abs(m->p50Days - triangularQuantile(2, 4, 10, 0.50)) < 0.1,
             qPrintable(QString::number(m->p50Days)));
    QVERIFY2(std::abs(m->p80Days - triangularQuantile(2, 4, 10, 0.80)) < 0.1,
             qPrintable(QString::number(m->p80Days)));
    QVERIFY2(std::abs(m->p95Days - triangularQuantile(2, 4, 10, 0.95)) < 0.1,
             qPrintable(QString::number(m->p95Days)));
    QVERIFY(std::abs(m->meanDays - 16.0 / 3) < 0.05);
    QCOMPARE(m->p50, WorkCalendar::finishDate(monday, m->p50Days));
    QCOMPARE(m->p95, WorkCalendar::finishDate(monday, m->p95Days));
    QVERIFY(!m->onTimeProbability); // no target
    QVERIFY(!m->slipDays);
}

void tst_Forecast::oneTaskPertBeta()
{
    ForecastOptions options;
    options.runs = 20000;
    options.seed = 11;
    const Forecast forecast = MonteCarloForecast::run(oneTask(threePoint(1, 1, 3, 11)), options);
    const MilestoneForecast *m = forecast.milestone(M);
    QVERIFY(m);
    // Mean (1 + 4·3 + 11) / 6 = 4, standard deviation sqrt(3 · 7 / 7): error about 0.012.
    QVERIFY2(std::abs(m->meanDays - 4.0) < 0.05, qPrintable(QString::number(m->meanDays)));
    for (const auto &[share, days] :
         {std::pair{0.5, m->p50Days}, std::pair{0.8, m->p80Days}, std::pair{0.95, m->p95Days}}) {
        const double expected = pertQuantile(1, 3, 11, share);
        QVERIFY2(
            std::abs(days - expected) < 0.1,
            qPrintable(QStringLiteral("%1: %2, expected %3").arg(share).arg(days).arg(expected)));
    }
}

void tst_Forecast::sumOfManyTasks()
{
    // 100 tasks of 2 days in a row: each drawn from (1.5, 2, 3.5), mean 13/6, variance
    // (2/3)(4/3)/7. The sum is close to normal: mean 216.67, standard deviation 3.56.
    ScheduleSnapshot snapshot = snapshotOf({});
    for (int i = 1; i <= 100; ++i) {
        snapshot.tasks.append(work(i, 2.0));
        if (i > 1)
            snapshot.dependencies.append({i, i - 1});
    }
    addMilestone(snapshot, M, {100});
    ForecastOptions options;
    options.runs = 5000;
    const MilestoneForecast m = MonteCarloForecast::run(snapshot, options).milestones.first();
    const RemainingWork::Range range = RemainingWork::range(snapshot.tasks.first());
    QCOMPARE(range.optimistic, 1.5);
    QCOMPARE(range.pessimistic, 3.5);
    const double mean = 100 * range.pertMean();
    const double sd = std::sqrt(100 * range.pertVariance());
    QVERIFY(std::abs(mean - 216.667) < 0.001);
    QVERIFY2(std::abs(m.meanDays - mean) < 0.3, qPrintable(QString::number(m.meanDays)));
    QVERIFY2(std::abs(m.p50Days - mean) < 0.3, qPrintable(QString::number(m.p50Days)));
    QVERIFY2(std::abs(m.p80Days - (mean + 0.8416 * sd)) < 0.4,
             qPrintable(QString::number(m.p80Days)));
    QVERIFY2(std::abs(m.p95Days - (mean + 1.6449 * sd)) < 0.5,
             qPrintable(QString::number(m.p95Days)));
}

void tst_Forecast::mergeBias_data()
{
    QTest::addColumn<int>("chains");
    QTest::addColumn<double>("simulated"); // P(all chains by the target) = 0.5^chains
    QTest::newRow("one chain") << 1 << 0.5;
    QTest::newRow("two chains merge") << 2 << 0.25;
    QTest::newRow("four chains merge") << 4 << 0.0625;
}

// Merge bias: equal, independent chains end in one milestone, whose target is the mean length
// of a chain. Analytic PERT follows the critical path alone: the sum of its tasks is close to
// normal around that mean, so it says "50% on time", however many chains merge. But the
// milestone waits for the slowest chain: it is on time only if every chain is, 0.5² = 25% for
// two chains and 6% for four. The critical path method sees the same chain and says "on time"
// (slip 0). The simulation pushes every chain through the graph and finds the lower figure.
void tst_Forecast::mergeBias()
{
    QFETCH(int, chains);
    QFETCH(double, simulated);
    const int length = 25;
    ScheduleSnapshot snapshot = snapshotOf({});
    QList<qint64> ends;
    for (int c = 0; c < chains; ++c) {
        for (int i = 1; i <= length; ++i) {
            const qint64 id = c * 1000 + i;
            snapshot.tasks.append(threePoint(id, 3, 5, 7)); // symmetric: median = mean = 5
            if (i > 1)
                snapshot.dependencies.append({id, id - 1});
        }
        ends.append(c * 1000 + length);
    }
    const double chainMean = length * 5.0;
    const QDate target = WorkCalendar::finishDate(monday, chainMean);
    addMilestone(snapshot, M, ends, target);

    // The critical path method: on time, and every chain is critical.
    const Schedule schedule = CriticalPath::compute(snapshot);
    QCOMPARE(schedule.milestone(M)->finish, chainMean);
    QCOMPARE(schedule.milestone(M)->forecast, target);
    QCOMPARE(schedule.milestone(M)->slipDays, std::optional<qint64>(0));
    QCOMPARE(schedule.criticalChains.size(), chains);

    // Analytic PERT along the critical path: a normal with the chain's mean and variance.
    double mean = 0, variance = 0;
    for (qint64 id : schedule.criticalChains.first()) {
        const auto it = std::find_if(snapshot.tasks.cbegin(), snapshot.tasks.cend(),
                                     [id](const ScheduleTask &t) { return t.id == id; });
        const RemainingWork::Range range = RemainingWork::range(*it);
        mean += range.pertMean();
        variance += range.pertVariance();
    }
    const double capacity = double(WorkCalendar::workingDaysThrough(monday, target));
    const double analytic = normalCdf((capacity - mean) / std::sqrt(variance));
    QVERIFY2(std::abs(analytic - 0.5) < 0.01, qPrintable(QString::number(analytic)));

    // The simulation sees the merge. 10,000 runs: a standard error below 0.005.
    ForecastOptions options;
    options.runs = 10000;
    options.seed = 2024;
    const MilestoneForecast m = *MonteCarloForecast::run(snapshot, options).milestone(M);
    QVERIFY(m.onTimeProbability);
    QVERIFY2(std::abs(*m.onTimeProbability - simulated) < 0.025,
             qPrintable(QString::number(*m.onTimeProbability)));
    if (chains > 1) {
        QVERIFY(*m.onTimeProbability < analytic - 0.2);
        QVERIFY(m.p50Days > chainMean); // the median run is late
        QVERIFY(*m.slipDays > 0);
    }
}

void tst_Forecast::reproducible()
{
    const ScheduleSnapshot snapshot = randomProject(400, 99);
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    ForecastOptions options;
    options.runs = 3000; // not a multiple of the chunk size
    options.seed = 42;
    options.pool = &pool;
    options.maxThreads = 1;
    const Forecast one = MonteCarloForecast::run(snapshot, options);
    QVERIFY(one.isValid());
    QCOMPARE(one.runs, 3000);
    QVERIFY(one.milestone(M)->hasForecast() && one.milestone(M + 1)->hasForecast());
    for (int threads : {1, 2, 3, 4}) {
        options.maxThreads = threads;
        verifySame(one, MonteCarloForecast::run(snapshot, options));
    }
    options.pool = nullptr; // the global pool, as many threads as it has
    options.maxThreads = 0;
    verifySame(one, MonteCarloForecast::run(snapshot, options));

    options.seed = 43;
    const Forecast other = MonteCarloForecast::run(snapshot, options);
    QVERIFY(other.milestone(M + 1)->meanDays != one.milestone(M + 1)->meanDays);
    // ... but not by much: 3,000 runs pin the mean down.
    QVERIFY(std::abs(other.milestone(M + 1)->meanDays - one.milestone(M + 1)->meanDays) <
            0.02 * one.milestone(M + 1)->meanDays);
}

void tst_Forecast::certainWork()
{
    // Three equal points: no uncertainty. Done by Wednesday; a Wednesday target is met, a
    // Tuesday one missed by one working day.
    ScheduleSnapshot snapshot = oneTask(threePoint(1, 3, 3, 3));
    snapshot.milestones.first().targetDate = monday.addDays(2);
    addMilestone(snapshot, M + 1, {1}, monday.addDays(1));
    ForecastOptions options;
    options.runs = 100;
    const Forecast forecast = MonteCarloForecast::run(snapshot, options);
    const MilestoneForecast *met = forecast.milestone(M);
    QCOMPARE(met->p50Days, 3.0);
    QCOMPARE(met->p95Days, 3.0);
    QCOMPARE(met->p95, monday.addDays(2));
    QCOMPARE(met->onTimeProbability, std::optional<double>(1.0));
    QCOMPARE(met->slipDays, std::optional<qint64>(0));
    const MilestoneForecast *missed = forecast.milestone(M + 1);
    QCOMPARE(missed->onTimeProbability, std::optional<double>(0.0));
    QCOMPARE(missed->slipDays, std::optional<qint64>(1));
}

void tst_Forecast::progressScales()
{
    // 4 days half done draw the same remaining work as 2 days not started: the same figures.
    ForecastOptions options;
    options.runs = 500;
    const Forecast half =
        MonteCarloForecast::run(oneTask(work(1, 4.0, Status::InProgress, 50)), options);
    const Forecast fresh = MonteCarloForecast::run(oneTask(work(1, 2.0)), options);
    verifySame(half, fresh);
    // The single estimate's spread: between 0.75 and 1.75 times it.
    const MilestoneForecast *m = fresh.milestone(M);
    QVERIFY(m->p50Days > 1.5 && m->p95Days < 3.5);
    QVERIFY(m->meanDays > 2.0); // skewed right: the mean is 13/12 of the estimate
}

void tst_Forecast::nothingToForecast()
{
    ScheduleSnapshot snapshot = snapshotOf({});
    snapshot.tasks = {work(1, 3.0, Status::Done), work(2, 3.0), work(3, 3.0),
                      work(4, 3.0, Status::Cancelled, 20)};
    snapshot.dependencies = {{3, 2}};
    addMilestone(snapshot, M, {1, 4}, monday);          // its work is done or won't be
    addMilestone(snapshot, M + 1, {2}, monday, monday); // reached already
    addMilestone(snapshot, M + 2, {}, monday);          // gated by nothing
    const Forecast forecast = MonteCarloForecast::run(snapshot);
    QVERIFY(forecast.isValid());
    QCOMPARE(forecast.milestones.size(), 3);
    for (const MilestoneForecast &m : forecast.milestones) {
        QVERIFY(!m.hasForecast());
        QVERIFY(m.p50.isNull());
        QVERIFY(!m.onTimeProbability);
    }
    QVERIFY(forecast.milestone(M + 1)->done);
}

void tst_Forecast::cancelled()
{
    int asked = 0;
    const Forecast forecast = MonteCarloForecast::run(randomProject(100, 5), {}, [&asked] {
        ++asked;
        return true;
    });
    QVERIFY(forecast.cancelled);
    QVERIFY(!forecast.isValid());
    QVERIFY(asked >= 1);
}

void tst_Forecast::cycle()
{
    ScheduleSnapshot snapshot = oneTask(work(1, 1.0));
    snapshot.tasks.append(work(2, 1.0));
    snapshot.dependencies = {{1, 2}, {2, 1}};
    const Forecast forecast = MonteCarloForecast::run(snapshot);
    QVERIFY(!forecast.isValid());
    QCOMPARE(forecast.cycle.size(), 3);
    QCOMPARE(forecast.cycle.first(), forecast.cycle.last());
}

QTEST_GUILESS_MAIN(tst_Forecast)
#include "tst_forecast.moc"
