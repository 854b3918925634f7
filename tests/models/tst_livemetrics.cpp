// SPDX-License-Identifier: MIT
// LiveMetrics (the dashboard's incremental figures) on a project worked out by hand below, after
// edits, deletes and their undo, and against a count from scratch (ProjectMetrics).
#include "commands/deletetaskscommand.h"
#include "commands/importcommand.h"
#include "commands/setstatedcompletioncommand.h"
#include "commands/settaskfieldcommand.h"
#include "io/export/jsonexporter.h"
#include "io/importplan.h"
#include "io/importreader.h"
#include "metrics/honestygap.h"
#include "metrics/livemetrics.h"
#include "metrics/projectmetrics.h"
#include "project/projectsettings.h"
#include "testproject.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

namespace {

struct Seed
{
    const char *key;
    int component; // 0: none, 1: Alpha, 2: Beta (3: Empty has no tasks)
    Status status;
    Priority priority;
    std::optional<double> estimate;
    int progress;
    Verification verification;
};

// Weight: the estimate, 1 when none or 0. Parts: verified (whole when verified), claimed but not
// verified (done whole, else progress), remaining (the rest).
//
//  task  weight claimed verified  claimedOnly remaining
//  A-1     2      2       2           0          0     done, verified, P0
//  A-2     4      2       0           2          2     50 %, P0 open
//  A-3     1*     0       0           0          1     * no estimate, P1
//  A-4     1**    1       0           1          0     ** estimate 0; done, failed, P2
//  Alpha   8      5       2           3          3  -> 62.5 / 25 / 37.5 / 37.5; stated 80: over
//  B-1     5      4       5           0          0     review 80 %, verified, P1
//  B-2     5      5       0           5          0     done unverified, P0
//  Beta   10      9       5           5          0  -> 90 / 50 / 50 / 0; stated 30: not over
//  N-1     2      0.2     0           0.2        1.8   blocked 10 %, P3
//  All    20     14.2     7           8.2        4.8 -> 71 / 35 / 41 / 24; gap 36 points
const Seed seeds[] = {
    {"A-1", 1, Status::Done, Priority::P0, 2.0, 100, Verification::Verified},
    {"A-2", 1, Status::InProgress, Priority::P0, 4.0, 50, Verification::Unverified},
    {"A-3", 1, Status::Todo, Priority::P1, std::nullopt, 0, Verification::Unverified},
    {"A-4", 1, Status::Done, Priority::P2, 0.0, 0, Verification::Failed},
    {"B-1", 2, Status::Review, Priority::P1, 5.0, 80, Verification::Verified},
    {"B-2", 2, Status::Done, Priority::P0, 5.0, 0, Verification::Unverified},
    {"N-1", 0, Status::Blocked, Priority::P3, 2.0, 10, Verification::Unverified},
};

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *text : list)
        result.append(QString::fromLatin1(text));
    return result;
}

QStringList keys(const QMap<QString, qint64> &map)
{
    return map.keys();
}

} // namespace

class tst_LiveMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void completion_data();
    void completion();
    void statusByPriority();
    void honestyGap();
    void editAndUndo();
    void deleteAndUndo();
    void statedCompletions();
    void followsFilter();
    void tasksBehindSegments();
    void matchesCountFromScratch();
    void exportObject();
    void importedStatusReport();

private:
    qint64 componentId(int index) const { return index == 0 ? 0 : m_components.at(index - 1); }
    void verifyAgainstScratch();

    QList<qint64> m_components;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LiveMetrics> m_metrics;
};

void tst_LiveMetrics::init()
{
    m_project = CandorTest::emptyProject();
    QVERIFY(m_project);
    m_components.clear();
    const struct
    {
        const char *name;
        std::optional<int> stated;
    } components[] = {{"Alpha", 80}, {"Beta", 30}, {"Empty", 50}};
    int order = 0;
    for (const auto &seed : components) {
        Component component{0,
                            QString::fromLatin1(seed.name),
                            QString::fromLatin1(seed.name).left(1),
                            QStringLiteral("#336699"),
                            order++,
                            seed.stated};
        QVERIFY(m_project->addComponent(component).ok());
        m_components.append(component.id);
    }
    // Counting starts before the tasks arrive: everything below comes in through the signals.
    m_metrics = std::make_unique<LiveMetrics>(m_project.get());
    for (const Seed &seed : seeds) {
        TaskRecord record;
        record.task.key = QString::fromLatin1(seed.key);
        record.task.title = QStringLiteral("Task ") + record.task.key;
        record.task.componentId = componentId(seed.component);
        record.task.status = seed.status;
        record.task.priority = seed.priority;
        record.task.estimate = seed.estimate;
        record.task.progress = seed.progress;
        record.task.verification = seed.verification;
        QList<TaskRecord> batch{record};
        QVERIFY(m_project->insertTasks(batch).ok());
    }
}

void tst_LiveMetrics::cleanup()
{
    m_metrics.reset();
    m_project.reset();
}

void tst_LiveMetrics::completion_data()
{
    QTest::addColumn<int>("component"); // -1: the whole project
    QTest::addColumn<int>("tasks");
    QTest::addColumn<double>("weight");
    QTest::addColumn<double>("verified");
    QTest::addColumn<double>("claimedOnly");
    QTest::addColumn<double>("remaining");
    QTest::addColumn<double>("claimed");
    QTest::newRow("Alpha") << 1 << 4 << 8.0 << 25.0 << 37.5 << 37.5 << 62.5;
    QTest::newRow("Beta") << 2 << 2 << 10.0 << 50.0 << 50.0 << 0.0 << 90.0;
    QTest::newRow("Empty") << 3 << 0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("none") << 0 << 1 << 2.0 << 0.0 << 10.0 << 90.0 << 10.0;
    QTest::newRow("all") << -1 << 7 << 20.0 << 35.0 << 41.0 << 24.0 << 71.0;
}

void tst_LiveMetrics::completion()
{
    QFETCH(int, component);
    QFETCH(int, tasks);
    QFETCH(double, weight);
    QFETCH(double, verified);
    QFETCH(double, claimedOnly);
    QFETCH(double, remaining);
    QFETCH(double, claimed);
    const CompletionTally tally =
        component < 0 ? m_metrics->overall() : m_metrics->component(componentId(component));
    QCOMPARE(tally.tasks, tasks);
    QVERIFY2(near(tally.weight, weight), qPrintable(QString::number(tally.weight)));
    QVERIFY2(near(tally.verifiedPercent(), verified),
             qPrintable(QString::number(tally.verifiedPercent())));
    QVERIFY(near(tally.claimedOnlyPercent(), claimedOnly));
    QVERIFY(near(tally.remainingPercent(), remaining));
    QVERIFY(near(tally.claimedPercent(), claimed));
    if (tasks > 0) // the three parts fill the bar
        QVERIFY(
            near(tally.verifiedPercent() + tally.claimedOnlyPercent() + tally.remainingPercent(),
                 100.0));
}

void tst_LiveMetrics::statusByPriority()
{
    QCOMPARE(m_metrics->count(Status::Done, Priority::P0), 2);
    QVERIFY(near(m_metrics->estimateSum(Status::Done, Priority::P0), 7.0));
    QCOMPARE(m_metrics->count(Status::InProgress, Priority::P0), 1);
    QCOMPARE(m_metrics->count(Status::Todo, Priority::P1), 1);
    QVERIFY(near(m_metrics->estimateSum(Status::Todo, Priority::P1), 0.0)); // no estimate
    QCOMPARE(m_metrics->count(Status::Review, Priority::P1), 1);
    QCOMPARE(m_metrics->count(Status::Blocked, Priority::P3), 1);
    QCOMPARE(m_metrics->count(Status::Done, Priority::P2), 1);
    int total = 0;
    for (int s = 0; s < StatusCount; ++s) {
        for (int p = 0; p < PriorityCount; ++p)
            total += m_metrics->count(Status(s), Priority(p));
    }
    QCOMPARE(total, 7);
    // Components in their order; "no component" last because N-1 has none.
    QCOMPARE(m_metrics->componentIds(),
             (QList<qint64>{componentId(1), componentId(2), componentId(3), 0}));
}

void tst_LiveMetrics::honestyGap()
{
    QCOMPARE(keys(m_metrics->claimedOnly()), strings({"A-4", "B-2"}));
    QCOMPARE(keys(m_metrics->failed()), strings({"A-4"}));
    QCOMPARE(keys(m_metrics->openP0()), strings({"A-2"}));
    QVERIFY(near(m_metrics->gapPoints(), 36.0));
    const QList<OverstatedComponent> over = m_metrics->overstated();
    QCOMPARE(over.size(), 2); // Alpha 80 > 62.5; Empty 50 > 0 (nothing to show for it)
    QCOMPARE(over.at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(over.at(0).statedPercent, 80);
    QVERIFY(near(over.at(0).claimedPercent, 62.5));
    QVERIFY(near(over.at(0).verifiedPercent, 25.0));
    QCOMPARE(over.at(1).name, QStringLiteral("Empty"));
}

void tst_LiveMetrics::editAndUndo()
{
    QSignalSpy changed(m_metrics.get(), &LiveMetrics::changed);
    const qint64 a2 = idOf(*m_project, "A-2");
    m_project->undoStack()->push(
        new SetTaskFieldCommand(m_project.get(), TaskField::Status, {a2}, {int(Status::Done)}));
    QVERIFY(!changed.isEmpty());
    // A-2 done: Alpha claims 7 of 8, of which 5 unverified; all claims 16.2 of 20.
    QVERIFY(near(m_metrics->component(componentId(1)).claimedPercent(), 87.5));
    QVERIFY(near(m_metrics->component(componentId(1)).claimedOnlyPercent(), 62.5));
    QVERIFY(near(m_metrics->overall().claimedPercent(), 81.0));
    QCOMPARE(keys(m_metrics->claimedOnly()), strings({"A-2", "A-4", "B-2"}));
    QVERIFY(m_metrics->openP0().isEmpty());
    QCOMPARE(m_metrics->count(Status::Done, Priority::P0), 3);
    QCOMPARE(m_metrics->count(Status::InProgress, Priority::P0), 0);
    QVERIFY(near(m_metrics->estimateSum(Status::Done, Priority::P0), 11.0));
    verifyAgainstScratch();

    m_project->undoStack()->undo();
    QVERIFY(near(m_metrics->component(componentId(1)).claimedPercent(), 62.5));
    QVERIFY(near(m_metrics->overall().claimedPercent(), 71.0));
    QCOMPARE(keys(m_metrics->claimedOnly()), strings({"A-4", "B-2"}));
    QCOMPARE(keys(m_metrics->openP0()), strings({"A-2"}));
    QCOMPARE(m_metrics->count(Status::InProgress, Priority::P0), 1);
    verifyAgainstScratch();

    // A key is how the lists name a task: renaming it renames the entry.
    const qint64 a4 = idOf(*m_project, "A-4");
    m_project->undoStack()->push(
        new SetTaskFieldCommand(m_project.get(), TaskField::Key, {a4}, {QStringLiteral("A-9")}));
    QCOMPARE(keys(m_metrics->failed()), strings({"A-9"}));
    m_project->undoStack()->undo();
    QCOMPARE(keys(m_metrics->failed()), strings({"A-4"}));
}

void tst_LiveMetrics::deleteAndUndo()
{
    const qint64 b2 = idOf(*m_project, "B-2");
    const qint64 n1 = idOf(*m_project, "N-1");
    m_project->undoStack()->push(new DeleteTasksCommand(m_project.get(), {b2, n1}));
    QCOMPARE(m_metrics->overall().tasks, 5);
    QVERIFY(near(m_metrics->overall().weight, 13.0));
    QVERIFY(near(m_metrics->component(componentId(2)).verifiedPercent(), 100.0));
    QCOMPARE(keys(m_metrics->claimedOnly()), strings({"A-4"}));
    QVERIFY(!m_metrics->componentIds().contains(0)); // no task without a component is left
    verifyAgainstScratch();
    m_project->undoStack()->undo();
    QCOMPARE(m_metrics->overall().tasks, 7);
    QVERIFY(near(m_metrics->overall().claimedPercent(), 71.0));
    QCOMPARE(keys(m_metrics->claimedOnly()), strings({"A-4", "B-2"}));
    verifyAgainstScratch();
}

void tst_LiveMetrics::statedCompletions()
{
    QSignalSpy changed(m_metrics.get(), &LiveMetrics::changed);
    QVERIFY(!m_metrics->statedPercent());
    m_project->undoStack()->push(
        new SetStatedCompletionCommand(m_project.get(), componentId(1), 60));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_metrics->overstated().size(), 1); // Alpha 60 < 62.5 claimed: only Empty is left
    m_project->undoStack()->undo();
    QCOMPARE(m_metrics->overstated().size(), 2);

    changed.clear();
    QVERIFY(m_project->settings()->setValue(HonestyGap::statedSettingKey, 85).ok());
    QCOMPARE(m_metrics->statedPercent(), std::optional<int>(85));
    QCOMPARE(changed.size(), 1);
}

void tst_LiveMetrics::followsFilter()
{
    TaskFilter filter;
    filter.priorities = {Priority::P0};
    m_metrics->setFilter(filter);
    // and B-2: weights 2 + 4 + 5, claimed 2 + 2 + 5, verified 2.
    QCOMPARE(m_metrics->overall().tasks, 3);
    QVERIFY(near(m_metrics->overall().weight, 11.0));
    QVERIFY(near(m_metrics->overall().claimed, 9.0));
    QCOMPARE(m_metrics->count(Status::Review, Priority::P1), 0);
    QCOMPARE(keys(m_metrics->failed()), QStringList{}); // A-4 is P2

    // An edit that takes a task out of the filter takes it out of the figures.
    const qint64 a2 = idOf(*m_project, "A-2");
    m_project->undoStack()->push(
        new SetTaskFieldCommand(m_project.get(), TaskField::Priority, {a2}, {int(Priority::P1)}));
    QCOMPARE(m_metrics->overall().tasks, 2);
    m_project->undoStack()->undo();
    QCOMPARE(m_metrics->overall().tasks, 3);

    filter = TaskFilter{};
    filter.setText(QStringLiteral("b-"));
    m_metrics->setFilter(filter);
    QCOMPARE(m_metrics->overall().tasks, 2);
    m_metrics->setFilter(TaskFilter{});
    QCOMPARE(m_metrics->overall().tasks, 7);
}

void tst_LiveMetrics::tasksBehindSegments()
{
    const auto ids = [&](std::initializer_list<const char *> list) {
        QList<qint64> result;
        for (const char *key : list)
            result.append(idOf(*m_project, key));
        std::sort(result.begin(), result.end());
        return result;
    };
    QCOMPARE(m_metrics->tasksOf(componentId(1), CompletionPart::Verified), ids({"A-1"}));
    QCOMPARE(m_metrics->tasksOf(componentId(1), CompletionPart::ClaimedOnly), ids({"A-2", "A-4"}));
    QCOMPARE(m_metrics->tasksOf(componentId(1), CompletionPart::Remaining), ids({"A-2", "A-3"}));
    QCOMPARE(m_metrics->tasksOf(-1, CompletionPart::Verified), ids({"A-1", "B-1"}));
    QCOMPARE(m_metrics->tasksOf(Status::Done, Priority::P0), ids({"A-1", "B-2"}));
    QVERIFY(m_metrics->tasksOf(componentId(3), CompletionPart::Remaining).isEmpty());
}

void tst_LiveMetrics::matchesCountFromScratch()
{
    // A run of mixed edits on the demo project; after each, the running sums equal a recount.
    m_metrics.reset();
    m_project = CandorTest::demoProject();
    QVERIFY(m_project);
    m_metrics = std::make_unique<LiveMetrics>(m_project.get());
    const TaskModel *tasks = m_project->tasks();
    QVERIFY(tasks->rowCount() > 10);
    for (int i = 0; i < 30; ++i) {
        const qint64 id = tasks->taskAt((i * 7) % tasks->rowCount()).id;
        QUndoCommand *command = nullptr;
        switch (i % 4) {
        case 0:
            command = new SetTaskFieldCommand(m_project.get(), TaskField::Status, {id},
                                              {(i / 4) % StatusCount});
            break;
        case 1:
            command = new SetTaskFieldCommand(m_project.get(), TaskField::Verification, {id},
                                              {(i / 4) % VerificationCount});
            break;
        case 2:
            command = new SetTaskFieldCommand(m_project.get(), TaskField::Progress, {id},
                                              {(i * 13) % 101});
            break;
        default:
            command = new SetTaskFieldCommand(m_project.get(), TaskField::Estimate, {id},
                                              {double(i % 5)});
        }
        m_project->undoStack()->push(command);
        verifyAgainstScratch();
    }
    while (m_project->undoStack()->canUndo())
        m_project->undoStack()->undo();
    verifyAgainstScratch();
}

void tst_LiveMetrics::exportObject()
{
    const QJsonObject gap = HonestyGap::toJson(*m_project);
    QCOMPARE(gap.value(QStringLiteral("claimed_only")).toArray(),
             QJsonArray({QStringLiteral("A-4"), QStringLiteral("B-2")}));
    QCOMPARE(gap.value(QStringLiteral("failed")).toArray(), QJsonArray({QStringLiteral("A-4")}));
    const QJsonArray over = gap.value(QStringLiteral("overstated_components")).toArray();
    QCOMPARE(over.size(), 2);
    const QJsonObject alpha = over.at(0).toObject();
    QCOMPARE(alpha.value(QStringLiteral("name")).toString(), QStringLiteral("Alpha"));
    QCOMPARE(alpha.value(QStringLiteral("stated_percent")).toInt(), 80);
    QCOMPARE(alpha.value(QStringLiteral("claimed_percent")).toDouble(), 62.5);
    QCOMPARE(alpha.value(QStringLiteral("verified_percent")).toDouble(), 25.0);
    QVERIFY(HonestyGap::statedJson(*m_project).isNull());
    QVERIFY(m_project->settings()->setValue(HonestyGap::statedSettingKey, 90).ok());
    QCOMPARE(HonestyGap::statedJson(*m_project).toInt(), 90);
    // The export carries both at project level.
    const QJsonObject project =
        JsonExporter::toJson(*m_project).value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("stated_percent")).toInt(), 90);
    QCOMPARE(project.value(QStringLiteral("honesty_gap")).toObject(),
             HonestyGap::toJson(*m_project));
}

void tst_LiveMetrics::importedStatusReport()
{
    // A status report whose stated figures run ahead of its own items, as trackers' do.
    const QByteArray report = "# Status report\n\n"
                              "## Security (80% complete)\n\n"
                              "- [x] SEC-001 Encrypt data at rest\n"
                              "- [ ] SEC-002 Rotate the signing keys\n\n"
                              "## Docs (50% complete)\n\n"
                              "- [x] DOC-001 Write the admin guide\n";
    m_metrics.reset();
    m_project = CandorTest::emptyProject();
    QVERIFY(m_project);
    m_metrics = std::make_unique<LiveMetrics>(m_project.get());
    const ImportBatch batch = ImportReader::readBytes(report, QStringLiteral("STATUS.md"));
    m_project->undoStack()->push(
        new ImportCommand(m_project.get(), ImportPlanner::plan(*m_project, batch)));
    QCOMPARE(m_project->tasks()->rowCount(), 3);
    // Security states 80 % and its items claim 50 % (one of two equal tasks done): overstated by
    // 30 points. Docs states 50 % and claims 100 %: not overstated. Nothing is verified.
    const QList<OverstatedComponent> over = m_metrics->overstated();
    QCOMPARE(over.size(), 1);
    QCOMPARE(over.at(0).name, QStringLiteral("Security"));
    QCOMPARE(over.at(0).statedPercent, 80);
    QVERIFY(near(over.at(0).claimedPercent, 50.0));
    QVERIFY(near(over.at(0).verifiedPercent, 0.0));
    QCOMPARE(keys(m_metrics->claimedOnly()), strings({"DOC-001", "SEC-001"}));
    QVERIFY(m_metrics->failed().isEmpty());
    // Undoing the import empties every list.
    m_project->undoStack()->undo();
    QVERIFY(m_metrics->overstated().isEmpty());
    QVERIFY(m_metrics->claimedOnly().isEmpty());
    QCOMPARE(m_metrics->overall().tasks, 0);
}

void tst_LiveMetrics::verifyAgainstScratch()
{
    const QHash<qint64, CompletionFigures> scratch = ProjectMetrics::byComponent(*m_project);
    for (auto it = scratch.cbegin(); it != scratch.cend(); ++it) {
        const CompletionTally tally = m_metrics->component(it.key());
        QCOMPARE(tally.tasks, it.value().tasks);
        QVERIFY2(qAbs(tally.claimedPercent() - it.value().claimedPercent) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(tally.claimedPercent())
                                .arg(it.value().claimedPercent)));
        QVERIFY(qAbs(tally.verifiedPercent() - it.value().verifiedPercent) < 1e-6);
    }
    const CompletionFigures overall = ProjectMetrics::overall(*m_project);
    QCOMPARE(m_metrics->overall().tasks, overall.tasks);
    QVERIFY(qAbs(m_metrics->overall().claimedPercent() - overall.claimedPercent) < 1e-6);
}

QTEST_GUILESS_MAIN(tst_LiveMetrics)
#include "tst_livemetrics.moc"
