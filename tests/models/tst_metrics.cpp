// SPDX-License-Identifier: MIT
// ProjectMetrics on a small project whose figures are worked out by hand below.
#include "metrics/projectmetrics.h"
#include "testproject.h"

#include <QStandardPaths>
#include <QTest>

using namespace Candor;
using namespace CandorTest;

namespace {

struct Seed
{
    const char *key;
    int component; // 0: none, 1: Alpha, 2: Beta
    Status status;
    std::optional<double> estimate;
    int progress;
    Verification verification;
    const char *dependsOn; // a key or ""
};

// Weights are estimates (1 when there is none). Claimed counts done as 100 %, verified counts
// only verified tasks. Blocked: not done, and status Blocked or a dependency not done.
//
// Alpha   weight  claimed  verified  blocked
//  A-1      2      2 (done)   2         -
//  A-2      4      2 (50 %)   -         -
//  A-3      1*     0          -       yes (A-2 not done)       * no estimate
//  A-4      3      0          -       yes (status Blocked)
//  A-5      1      1 (done, progress 30 ignored)  - (failed)   - (done, though A-3 is not)
//  total   11      5          2         2   -> 45.45 % claimed, 18.18 % verified
// Beta
//  B-1      5      4 (80 %)   5         -    (verified before done)
//  B-2      5      0          -         -    (A-1 is done)
//  total   10      4          5         0   -> 40 % claimed, 50 % verified
// None
//  N-1      2      0.2        -       yes (status Blocked)
//  total    2      0.2        0         1   -> 10 % claimed, 0 % verified
// Overall 23       9.2        7         3   -> 40 % claimed, 30.43 % verified
const Seed seeds[] = {
    {"A-1", 1, Status::Done, 2.0, 100, Verification::Verified, ""},
    {"A-2", 1, Status::InProgress, 4.0, 50, Verification::Unverified, ""},
    {"A-3", 1, Status::Todo, std::nullopt, 0, Verification::Unverified, "A-2"},
    {"A-4", 1, Status::Blocked, 3.0, 0, Verification::Unverified, ""},
    {"A-5", 1, Status::Done, 1.0, 30, Verification::Failed, "A-3"},
    {"B-1", 2, Status::Review, 5.0, 80, Verification::Verified, ""},
    {"B-2", 2, Status::Todo, 5.0, 0, Verification::Unverified, "A-1"},
    {"N-1", 0, Status::Blocked, 2.0, 10, Verification::Unverified, ""},
};

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyProject();
    void overall();
    void byComponent_data();
    void byComponent();
    void followsEdits();
    void cancelledLeavesTheDenominator();

private:
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
    std::unique_ptr<Project> m_project;
};

void tst_Metrics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Metrics::init()
{
    m_project = CandorTest::emptyProject();
    QVERIFY(m_project);
    Component alpha{
        0,           QStringLiteral("Alpha"), QStringLiteral("A"), QStringLiteral("#ff0000"), 0,
        std::nullopt};
    Component beta{
        0, QStringLiteral("Beta"), QStringLiteral("B"), QStringLiteral("#0000ff"), 1, std::nullopt};
    QVERIFY(m_project->addComponent(alpha).ok());
    QVERIFY(m_project->addComponent(beta).ok());
    m_alpha = alpha.id;
    m_beta = beta.id;
    for (const Seed &seed : seeds) {
        TaskRecord record;
        record.task.key = QString::fromLatin1(seed.key);
        record.task.title = QStringLiteral("Task ") + record.task.key;
        record.task.componentId = seed.component == 1 ? m_alpha : seed.component == 2 ? m_beta : 0;
        record.task.status = seed.status;
        record.task.estimate = seed.estimate;
        record.task.progress = seed.progress;
        record.task.verification = seed.verification;
        if (qstrlen(seed.dependsOn) > 0) {
            const qint64 dependency = idOf(*m_project, seed.dependsOn);
            QVERIFY(dependency != 0);
            record.dependsOn << dependency;
        }
        QList<TaskRecord> batch{record};
        const WriteResult result = m_project->insertTasks(batch);
        QVERIFY2(result.ok(), qPrintable(result.error()));
    }
    QCOMPARE(m_project->tasks()->rowCount(), 8);
}

void tst_Metrics::cleanup()
{
    m_project.reset();
}

void tst_Metrics::emptyProject()
{
    const auto project = CandorTest::emptyProject();
    QVERIFY(project);
    const CompletionFigures figures = ProjectMetrics::overall(*project);
    QCOMPARE(figures.tasks, 0);
    QCOMPARE(figures.done, 0);
    QCOMPARE(figures.blocked, 0);
    QCOMPARE(figures.claimedPercent, 0.0);
    QCOMPARE(figures.verifiedPercent, 0.0);
    QVERIFY(ProjectMetrics::byComponent(*project).isEmpty());
}

void tst_Metrics::overall()
{
    const CompletionFigures figures = ProjectMetrics::overall(*m_project);
    QCOMPARE(figures.tasks, 8);
    QCOMPARE(figures.done, 2);
    QCOMPARE(figures.verified, 2);
    QCOMPARE(figures.blocked, 3);
    QCOMPARE(figures.claimedPercent, 100.0 * 9.2 / 23.0);
    QCOMPARE(figures.verifiedPercent, 100.0 * 7.0 / 23.0);
    QVERIFY(qAbs(figures.claimedPercent - 40.0) < 1e-9);
    QVERIFY(qAbs(figures.verifiedPercent - 30.4347826) < 1e-6);
}

void tst_Metrics::byComponent_data()
{
    QTest::addColumn<int>("component");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("verified");
    QTest::addColumn<int>("blocked");
    QTest::addColumn<double>("claimed");
    QTest::addColumn<double>("verifiedPercent");
    QTest::newRow("Alpha") << 1 << 5 << 2 << 1 << 2 << 100.0 * 5 / 11 << 100.0 * 2 / 11;
    QTest::newRow("Beta") << 2 << 2 << 0 << 1 << 0 << 40.0 << 50.0;
    QTest::newRow("no component") << 0 << 1 << 0 << 0 << 1 << 10.0 << 0.0;
}

void tst_Metrics::byComponent()
{
    QFETCH(int, component);
    QFETCH(int, tasks);
    QFETCH(int, done);
    QFETCH(int, verified);
    QFETCH(int, blocked);
    QFETCH(double, claimed);
    QFETCH(double, verifiedPercent);

    const QHash<qint64, CompletionFigures> all = ProjectMetrics::byComponent(*m_project);
    QCOMPARE(all.size(), 3);
    const qint64 id = component == 1 ? m_alpha : component == 2 ? m_beta : 0;
    QVERIFY(all.contains(id));
    const CompletionFigures figures = all.value(id);
    QCOMPARE(figures.tasks, tasks);
    QCOMPARE(figures.done, done);
    QCOMPARE(figures.verified, verified);
    QCOMPARE(figures.blocked, blocked);
    QVERIFY2(qAbs(figures.claimedPercent - claimed) < 1e-9,
             qPrintable(QString::number(figures.claimedPercent)));
    QVERIFY2(qAbs(figures.verifiedPercent - verifiedPercent) < 1e-9,
             qPrintable(QString::number(figures.verifiedPercent)));
}

void tst_Metrics::followsEdits()
{
    // A-2 done: Alpha claims 2+4+0+0+1 = 7 of 11, and A-3 is no longer waiting on it.
    const qint64 a2 = idOf(*m_project, "A-2");
    QVERIFY(m_project->setTaskField({a2}, TaskField::Status, {int(Status::Done)}).ok());
    CompletionFigures alpha = ProjectMetrics::byComponent(*m_project).value(m_alpha);
    QCOMPARE(alpha.done, 3);
    QCOMPARE(alpha.blocked, 1);
    QVERIFY(qAbs(alpha.claimedPercent - 100.0 * 7 / 11) < 1e-9);
    QVERIFY(qAbs(alpha.verifiedPercent - 100.0 * 2 / 11) < 1e-9);

    // A-4 verified (evidence beats the claim): counts as verified though its status is blocked.
    const qint64 a4 = idOf(*m_project, "A-4");
    QVERIFY(
        m_project->setTaskField({a4}, TaskField::Verification, {int(Verification::Verified)}).ok());
    alpha = ProjectMetrics::byComponent(*m_project).value(m_alpha);
    QCOMPARE(alpha.verified, 2);
    QVERIFY(qAbs(alpha.verifiedPercent - 100.0 * 5 / 11) < 1e-9);

    // Moving N-1 into Beta moves its weight and its blocked count with it.
    const qint64 n1 = idOf(*m_project, "N-1");
    QVERIFY(m_project->setTaskField({n1}, TaskField::Component, {m_beta}).ok());
    const QHash<qint64, CompletionFigures> all = ProjectMetrics::byComponent(*m_project);
    QVERIFY(!all.contains(0));
    QCOMPARE(all.value(m_beta).tasks, 3);
    QCOMPARE(all.value(m_beta).blocked, 1);
    QVERIFY(qAbs(all.value(m_beta).claimedPercent - 100.0 * 4.2 / 12) < 1e-9);
    QCOMPARE(ProjectMetrics::overall(*m_project).tasks, 8);
}

void tst_Metrics::cancelledLeavesTheDenominator()
{
    // A-2 won't be done: its weight (4) and its claim (2) leave Alpha, which then claims 3 of 7
    // and has verified 2 of 7; A-3, which waited on it, is no longer blocked.
    const qint64 a2 = idOf(*m_project, "A-2");
    QVERIFY(m_project->setTaskField({a2}, TaskField::Status, {int(Status::Cancelled)}).ok());
    CompletionFigures alpha = ProjectMetrics::byComponent(*m_project).value(m_alpha);
    QCOMPARE(alpha.tasks, 5);
    QCOMPARE(alpha.done, 2);
    QCOMPARE(alpha.cancelled, 1);
    QCOMPARE(alpha.blocked, 1);
    QVERIFY(qAbs(alpha.claimedPercent - 100.0 * 3 / 7) < 1e-9);
    QVERIFY(qAbs(alpha.verifiedPercent - 100.0 * 2 / 7) < 1e-9);
    QVERIFY(!m_project->isBlockedByDependencies(idOf(*m_project, "A-3")));

    // A verified task that is cancelled counts for neither figure: Beta is B-2 alone, 0 of 5.
    const qint64 b1 = idOf(*m_project, "B-1");
    QVERIFY(m_project->setTaskField({b1}, TaskField::Status, {int(Status::Cancelled)}).ok());
    const CompletionFigures beta = ProjectMetrics::byComponent(*m_project).value(m_beta);
    QCOMPARE(beta.verified, 1); // the evidence is still there, it just weighs nothing
    QCOMPARE(beta.claimedPercent, 0.0);
    QCOMPARE(beta.verifiedPercent, 0.0);
    // Overall: 23 - 4 - 5 = 14 days; claimed 9.2 - 2 - 4 = 3.2; verified 7 - 5 = 2.
    const CompletionFigures overall = ProjectMetrics::overall(*m_project);
    QCOMPARE(overall.cancelled, 2);
    QVERIFY(qAbs(overall.claimedPercent - 100.0 * 3.2 / 14) < 1e-9);
    QVERIFY(qAbs(overall.verifiedPercent - 100.0 * 2 / 14) < 1e-9);

    // Back in progress, A-2 weighs again.
    QVERIFY(m_project->setTaskField({a2}, TaskField::Status, {int(Status::InProgress)}).ok());
    alpha = ProjectMetrics::byComponent(*m_project).value(m_alpha);
    QVERIFY(qAbs(alpha.claimedPercent - 100.0 * 5 / 11) < 1e-9);
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
