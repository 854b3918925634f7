// SPDX-License-Identifier: MIT
// WorkCalendar and the critical path method against hand-worked examples.
#include "graph/criticalpath.h"
#include "graph/remainingwork.h"
#include "graph/schedulesnapshot.h"
#include "graph/workcalendar.h"
#include "graphfixtures.h"
#include "schedulefixtures.h"

#include <QTest>

using namespace Candor;
using namespace CandorTest;

using IdList = QList<qint64>;

Q_DECLARE_METATYPE(Candor::ScheduleTask)

namespace {

constexpr qint64 M = 100; // a milestone

// (earliest start, earliest finish, latest start, latest finish, slack, critical) of a task.
struct Expected
{
    qint64 id;
    double es, ef, ls, lf, slack;
    bool critical;
};

void verifyTimings(const Schedule &schedule, const QList<Expected> &expected)
{
    for (const Expected &e : expected) {
        const TaskTiming *t = schedule.task(e.id);
        QVERIFY2(t, qPrintable(QString::number(e.id)));
        const QByteArray what = QByteArray::number(e.id);
        QVERIFY2(qFuzzyCompare(1 + t->earliestStart, 1 + e.es), what);
        QVERIFY2(qFuzzyCompare(1 + t->earliestFinish, 1 + e.ef), what);
        QVERIFY2(qFuzzyCompare(1 + t->latestStart, 1 + e.ls), what);
        QVERIFY2(qFuzzyCompare(1 + t->latestFinish, 1 + e.lf), what);
        QVERIFY2(qFuzzyCompare(1 + t->slack, 1 + e.slack), what);
        QVERIFY2(t->critical == e.critical, what);
    }
}

} // namespace

class tst_CriticalPath : public QObject
{
    Q_OBJECT

private slots:
    void calendarAdd_data();
    void calendarAdd();
    void calendarFinishDate_data();
    void calendarFinishDate();
    void calendarRoundTrip();

    void remainingWork_data();
    void remainingWork();

    void chain();
    void parallelChains();
    void zeroEstimates();
    void doneTasks();
    void cancelledTasks();
    void disconnectedParts();
    void threePointEstimates();
    void milestonesAcrossWeekends();
    void milestoneStates();
    void equalChainsAreBothCritical();
    void cycleIsNamed();
};

void tst_CriticalPath::calendarAdd_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    const QDate friday = monday.addDays(4);
    const QDate saturday = monday.addDays(5);
    QTest::newRow("zero") << monday << 0 << monday;
    QTest::newRow("zero on a weekend") << saturday << 0 << saturday;
    QTest::newRow("monday + 1") << monday << 1 << monday.addDays(1);
    QTest::newRow("monday + 4") << monday << 4 << friday;
    QTest::newRow("monday + 5") << monday << 5 << monday.addDays(7);
    QTest::newRow("friday + 1") << friday << 1 << monday.addDays(7);
    QTest::newRow("saturday + 1") << saturday << 1 << monday.addDays(7);
    QTest::newRow("sunday + 1") << monday.addDays(6) << 1 << monday.addDays(7);
    QTest::newRow("monday + 10") << monday << 10 << monday.addDays(14);
    QTest::newRow("monday - 1") << monday << -1 << monday.addDays(-3);
    QTest::newRow("friday - 5") << friday << -5 << friday.addDays(-7);
    QTest::newRow("saturday - 1") << saturday << -1 << monday.addDays(3); // from "Friday"
    QTest::newRow("across a year")
        << QDate(2025, 12, 31) << 3 << QDate(2026, 1, 5); // Wednesday → Monday
    QTest::newRow("long ago") << QDate(1900, 1, 1) << 5 << QDate(1900, 1, 8); // a Monday
}

void tst_CriticalPath::calendarAdd()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(WorkCalendar::addWorkingDays(from, days), expected);
    QCOMPARE(WorkCalendar::workingDaysBetween(from, expected), qint64(days));
    QCOMPARE(WorkCalendar::workingDaysBetween(expected, from), qint64(-days));
}

void tst_CriticalPath::calendarFinishDate_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<double>("days");
    QTest::addColumn<QDate>("finish");
    QTest::addColumn<QDate>("target");
    QTest::addColumn<bool>("onTime");

    const QDate friday = monday.addDays(4);
    QTest::newRow("nothing to do") << monday << 0.0 << monday << monday << true;
    QTest::newRow("a fifth of a day") << monday << 0.2 << monday << monday << true;
    QTest::newRow("one day") << monday << 1.0 << monday << monday << true;
    QTest::newRow("five days") << monday << 5.0 << friday << friday << true;
    QTest::newRow("dust is not a day") << monday << 5.000000000001 << friday << friday << true;
    QTest::newRow("5.2 days") << monday << 5.2 << monday.addDays(7) << friday << false;
    QTest::newRow("from saturday")
        << monday.addDays(5) << 1.0 << monday.addDays(7) << monday.addDays(6) << false;
    QTest::newRow("from friday") << friday << 2.0 << monday.addDays(7) << monday.addDays(7) << true;
    QTest::newRow("target passed") << monday << 1.0 << monday << monday.addDays(-1) << false;
}

void tst_CriticalPath::calendarFinishDate()
{
    QFETCH(QDate, start);
    QFETCH(double, days);
    QFETCH(QDate, finish);
    QFETCH(QDate, target);
    QFETCH(bool, onTime);
    QCOMPARE(WorkCalendar::finishDate(start, days), finish);
    QVERIFY(WorkCalendar::isWorkingDay(finish) || days <= 0);
    // workingDaysThrough and finishDate agree on what "by the target" means.
    QCOMPARE(WorkCalendar::wholeDays(days) <= WorkCalendar::workingDaysThrough(start, target),
             onTime);
    QCOMPARE(finish <= target, onTime);
}

void tst_CriticalPath::calendarRoundTrip()
{
    // Every day of two years: the count between two dates matches a walk day by day.
    QDate from(2024, 12, 28);
    qint64 walked = 0;
    for (QDate day = from; day < QDate(2026, 12, 31); day = day.addDays(1)) {
        const QDate next = day.addDays(1);
        walked += WorkCalendar::isWorkingDay(next) ? 1 : 0;
        QCOMPARE(WorkCalendar::workingDaysBetween(from, next), walked);
        QCOMPARE(WorkCalendar::isWorkingDay(day), day.dayOfWeek() <= 5);
    }
}

void tst_CriticalPath::remainingWork_data()
{
    QTest::addColumn<ScheduleTask>("task");
    QTest::addColumn<double>("expected");

    QTest::newRow("estimate") << work(A, 4.0) << 4.0;
    QTest::newRow("half done") << work(A, 4.0, Status::InProgress, 50) << 2.0;
    QTest::newRow("progress clamped") << work(A, 4.0, Status::InProgress, 130) << 0.0;
    QTest::newRow("done") << work(A, 4.0, Status::Done, 0) << 0.0;
    QTest::newRow("cancelled") << work(A, 4.0, Status::Cancelled, 30) << 0.0;
    QTest::newRow("no estimate") << work(A, std::nullopt) << RemainingWork::defaultEstimateDays;
    QTest::newRow("zero estimate") << work(A, 0.0) << 0.0;
    QTest::newRow("negative estimate") << work(A, -3.0) << 0.0;
    ScheduleTask pert = work(A, 10.0); // the three points win over the single estimate
    pert.optimistic = 1;
    pert.likely = 2;
    pert.pessimistic = 9;
    QTest::newRow("three points") << pert << 3.0;
    pert.progress = 50;
    QTest::newRow("three points, half done") << pert << 1.5;
    ScheduleTask shuffled = work(A, std::nullopt);
    shuffled.optimistic = 9;
    shuffled.likely = 2;
    shuffled.pessimistic = 1;
    QTest::newRow("three points out of order") << shuffled << 3.0;
    ScheduleTask partial = work(A, 6.0);
    partial.optimistic = 1;
    partial.pessimistic = 20;
    QTest::newRow("two points: the estimate") << partial << 6.0;
    ScheduleTask likelyOnly = work(A, std::nullopt);
    likelyOnly.likely = 2.5;
    QTest::newRow("likely only") << likelyOnly << 2.5;
}

void tst_CriticalPath::remainingWork()
{
    QFETCH(ScheduleTask, task);
    QFETCH(double, expected);
    QCOMPARE(RemainingWork::expected(task), expected);
    // The forecast's range has the same centre where the three points are given, and the
    // documented spread around a single figure otherwise.
    const RemainingWork::Range range = RemainingWork::range(task);
    QVERIFY(range.optimistic <= range.likely && range.likely <= range.pessimistic);
    if (RemainingWork::hasThreePoints(task))
        QVERIFY(qFuzzyCompare(1 + range.pertMean(), 1 + expected));
    else
        QVERIFY(qFuzzyCompare(1 + range.pertMean(), 1 + expected * 13 / 12));
}

void tst_CriticalPath::chain()
{
    // C depends on B depends on A: 2 + 3 + 1 days, all critical, one chain in order of work.
    const Schedule s = CriticalPath::compute(
        snapshotOf({work(C, 1.0), work(A, 2.0), work(B, 3.0)}, {{B, A}, {C, B}}));
    QVERIFY(s.isValid());
    QCOMPARE(s.finish, 6.0);
    verifyTimings(s,
                  {{A, 0, 2, 0, 2, 0, true}, {B, 2, 5, 2, 5, 0, true}, {C, 5, 6, 5, 6, 0, true}});
    QCOMPARE(s.criticalChains, (QList<IdList>{{A, B, C}}));
    QVERIFY(s.isCriticalEdge(B, A));
    QVERIFY(s.isCriticalEdge(C, B));
    QVERIFY(!s.isCriticalEdge(A, B)); // not an edge the other way round
    QCOMPARE(s.tasks.first().id, C);  // in the order of the snapshot
}

void tst_CriticalPath::parallelChains()
{
    // A(2) → B(3) and C(1) → D(1) both feed E(2): the first chain sets the date (7), the
    // second has 3 days of slack.
    const Schedule s = CriticalPath::compute(
        snapshotOf({work(A, 2.0), work(B, 3.0), work(C, 1.0), work(D, 1.0), work(E, 2.0)},
                   {{B, A}, {D, C}, {E, B}, {E, D}}));
    QCOMPARE(s.finish, 7.0);
    verifyTimings(s, {{A, 0, 2, 0, 2, 0, true},
                      {B, 2, 5, 2, 5, 0, true},
                      {C, 0, 1, 3, 4, 3, false},
                      {D, 1, 2, 4, 5, 3, false},
                      {E, 5, 7, 5, 7, 0, true}});
    QCOMPARE(s.criticalChains, (QList<IdList>{{A, B, E}}));
    QVERIFY(s.isCriticalEdge(E, B));
    QVERIFY(!s.isCriticalEdge(E, D));
}

void tst_CriticalPath::zeroEstimates()
{
    // A zero estimate is free but still unfinished work on the chain.
    Schedule s = CriticalPath::compute(snapshotOf({work(A, 0.0), work(B, 2.0)}, {{B, A}}));
    QCOMPARE(s.finish, 2.0);
    verifyTimings(s, {{A, 0, 0, 0, 0, 0, true}, {B, 0, 2, 0, 2, 0, true}});
    QCOMPARE(s.criticalChains, (QList<IdList>{{A, B}}));

    // Nothing left to do at all: no critical path, and the milestone is due on day zero.
    ScheduleSnapshot nothing = snapshotOf({work(A, 0.0), work(B, 0.0)}, {{B, A}});
    addMilestone(nothing, M, {B}, monday);
    s = CriticalPath::compute(nothing);
    QCOMPARE(s.finish, 0.0);
    QVERIFY(!s.task(A)->critical && !s.task(B)->critical);
    QVERIFY(s.criticalChains.isEmpty());
    QVERIFY(s.milestone(M)->hasOpenWork);
    QCOMPARE(s.milestone(M)->forecast, monday);
    QCOMPARE(s.milestone(M)->slipDays, std::optional<qint64>(0));
}

void tst_CriticalPath::doneTasks()
{
    // A is done and costs nothing; B is half done (2 of 4 left); C waits for both. A done
    // task is never critical, and the chain names unfinished work only.
    const Schedule s = CriticalPath::compute(
        snapshotOf({work(A, 5.0, Status::Done, 100), work(B, 4.0, Status::InProgress, 50),
                    work(C, 1.0), work(D, 3.0, Status::Done, 0)},
                   {{C, A}, {C, B}, {B, D}}));
    QCOMPARE(s.finish, 3.0);
    verifyTimings(s, {{A, 0, 0, 2, 2, 2, false},
                      {D, 0, 0, 0, 0, 0, false},
                      {B, 0, 2, 0, 2, 0, true},
                      {C, 2, 3, 2, 3, 0, true}});
    QVERIFY(s.task(A)->finished && s.task(D)->finished && !s.task(B)->finished);
    QCOMPARE(s.task(B)->remaining, 2.0);
    QCOMPARE(s.criticalChains, (QList<IdList>{{B, C}}));
}

void tst_CriticalPath::cancelledTasks()
{
    // As doneTasks, with A and D won't do: finished just the same, so C waits only for B.
    const Schedule s = CriticalPath::compute(
        snapshotOf({work(A, 5.0, Status::Cancelled, 10), work(B, 4.0, Status::InProgress, 50),
                    work(C, 1.0), work(D, 3.0, Status::Cancelled, 0)},
                   {{C, A}, {C, B}, {B, D}}));
    QCOMPARE(s.finish, 3.0);
    QVERIFY(s.task(A)->finished && s.task(D)->finished && !s.task(B)->finished);
    QCOMPARE(s.task(A)->remaining, 0.0);
    QVERIFY(!s.task(A)->critical);
    QCOMPARE(s.criticalChains, (QList<IdList>{{B, C}}));
}

void tst_CriticalPath::disconnectedParts()
{
    // Two unrelated parts: the slack of the short one is measured against the project's end.
    ScheduleSnapshot snapshot = snapshotOf({work(A, 3.0), work(B, 2.0), work(C, 1.0)}, {{B, A}});
    addMilestone(snapshot, M, {C});
    const Schedule s = CriticalPath::compute(snapshot);
    QCOMPARE(s.finish, 5.0);
    verifyTimings(s,
                  {{A, 0, 3, 0, 3, 0, true}, {B, 3, 5, 3, 5, 0, true}, {C, 0, 1, 4, 5, 4, false}});
    QCOMPARE(s.criticalChains, (QList<IdList>{{A, B}}));
    // The milestone waits for its own part only, and has no target to slip against.
    QCOMPARE(s.milestone(M)->finish, 1.0);
    QCOMPARE(s.milestone(M)->forecast, monday);
    QVERIFY(!s.milestone(M)->slipDays);
}

void tst_CriticalPath::threePointEstimates()
{
    // PERT means: A (1, 2, 9) → 3; B (2, 5, 14) → 6, half done → 3; C has only an estimate.
    ScheduleTask a = work(A, 100.0);
    a.optimistic = 1;
    a.likely = 2;
    a.pessimistic = 9;
    ScheduleTask b = work(B, std::nullopt, Status::InProgress, 50);
    b.optimistic = 2;
    b.likely = 5;
    b.pessimistic = 14;
    const Schedule s = CriticalPath::compute(snapshotOf({a, b, work(C, 4.0)}, {{B, A}, {C, A}}));
    QCOMPARE(s.finish, 7.0);
    verifyTimings(s,
                  {{A, 0, 3, 0, 3, 0, true}, {B, 3, 6, 4, 7, 1, false}, {C, 3, 7, 3, 7, 0, true}});
}

void tst_CriticalPath::milestonesAcrossWeekends()
{
    // From Monday: A (3) then B (3) take 6 working days, ending on the next Monday; C (2.5)
    // ends on Wednesday.
    ScheduleSnapshot snapshot = snapshotOf({work(A, 3.0), work(B, 3.0), work(C, 2.5)}, {{B, A}});
    const QDate friday = monday.addDays(4);
    addMilestone(snapshot, M, {B}, friday);                   // one working day late
    addMilestone(snapshot, M + 1, {C}, friday);               // two early
    addMilestone(snapshot, M + 2, {A, C}, monday.addDays(2)); // A ends Wednesday: on time
    addMilestone(snapshot, M + 3, {B}, monday.addDays(5));    // a Saturday target: still late
    const Schedule s = CriticalPath::compute(snapshot);
    QCOMPARE(s.milestone(M)->finish, 6.0);
    QCOMPARE(s.milestone(M)->forecast, monday.addDays(7));
    QCOMPARE(s.milestone(M)->slipDays, std::optional<qint64>(1));
    QCOMPARE(s.milestone(M + 1)->forecast, monday.addDays(2));
    QCOMPARE(s.milestone(M + 1)->slipDays, std::optional<qint64>(-2));
    QCOMPARE(s.milestone(M + 2)->finish, 3.0);
    QCOMPARE(s.milestone(M + 2)->slipDays, std::optional<qint64>(0));
    QCOMPARE(s.milestone(M + 3)->slipDays, std::optional<qint64>(1));

    // Starting on a Saturday, the first working morning is Monday's.
    snapshot.start = monday.addDays(-2);
    QCOMPARE(CriticalPath::compute(snapshot).milestone(M)->forecast, monday.addDays(7));
}

void tst_CriticalPath::milestoneStates()
{
    ScheduleSnapshot snapshot = snapshotOf(
        {work(A, 2.0), work(B, 1.0, Status::Done), work(C, 1.0, Status::Done)}, {{B, A}});
    addMilestone(snapshot, M, {B}, monday);             // gate done, but what it needs is not
    addMilestone(snapshot, M + 1, {C}, monday);         // everything done
    addMilestone(snapshot, M + 2, {}, monday);          // gated by nothing
    addMilestone(snapshot, M + 3, {A}, monday, monday); // reached already
    addMilestone(snapshot, M + 4, {A, 987654}, monday); // an unknown gate is ignored
    const Schedule s = CriticalPath::compute(snapshot);
    QVERIFY(s.milestone(M)->hasOpenWork);
    QCOMPARE(s.milestone(M)->finish, 2.0);
    QCOMPARE(s.milestone(M)->slipDays, std::optional<qint64>(1));
    for (qint64 id : {M + 1, M + 2}) {
        QVERIFY(!s.milestone(id)->hasOpenWork);
        QVERIFY(s.milestone(id)->forecast.isNull());
        QVERIFY(!s.milestone(id)->slipDays);
    }
    QVERIFY(s.milestone(M + 3)->done);
    QVERIFY(s.milestone(M + 3)->forecast.isNull());
    QCOMPARE(s.milestone(M + 4)->finish, 2.0);
    QCOMPARE(s.milestones.size(), 5);
    QVERIFY(!s.milestone(M + 5));
    QVERIFY(!s.task(987654));
}

void tst_CriticalPath::equalChainsAreBothCritical()
{
    // Two chains of equal length merge into E: both are critical, and both are named.
    const Schedule s = CriticalPath::compute(
        snapshotOf({work(A, 2.0), work(B, 3.0), work(C, 3.0), work(D, 2.0), work(E, 1.0)},
                   {{B, A}, {D, C}, {E, B}, {E, D}}));
    QCOMPARE(s.finish, 6.0);
    for (const TaskTiming &timing : s.tasks)
        QVERIFY(timing.critical);
    QCOMPARE(s.criticalChains, (QList<IdList>{{A, B, E}, {C, D, E}}));
}

void tst_CriticalPath::cycleIsNamed()
{
    // A snapshot from outside the database may have a cycle: it is named, nothing is computed.
    const Schedule s =
        CriticalPath::compute(snapshotOf({work(A, 1.0), work(B, 1.0), work(C, 1.0), work(D, 1.0)},
                                         {{B, A}, {C, B}, {A, C}, {D, A}}));
    QVERIFY(!s.isValid());
    QCOMPARE(s.cycle.size(), 4);
    QCOMPARE(s.cycle.first(), s.cycle.last());
    QVERIFY(s.tasks.isEmpty());
    const QList<QPair<qint64, qint64>> edges{{B, A}, {C, B}, {A, C}};
    for (qsizetype i = 0; i + 1 < s.cycle.size(); ++i)
        QVERIFY(edges.contains({s.cycle.at(i), s.cycle.at(i + 1)}));
}

QTEST_GUILESS_MAIN(tst_CriticalPath)
#include "tst_criticalpath.moc"
