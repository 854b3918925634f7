// SPDX-License-Identifier: MIT
// Applying an import: what the plan says is what happens, as one undo step and one transaction.
#include "commands/importcommand.h"
#include "database/projectdatabase.h"
#include "io/importplan.h"
#include "metrics/honestygap.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QJsonValue>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Candor;

class TestImport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void prefixes_data();
    void prefixes();
    void planCreatesUpdatesAndKeeps();
    void applyIsOneUndoStep();
    void reimportChangesNothing();
    void keylessTasksMatchByTitle();
    void repeatedTitlesReimportUnchanged_data();
    void repeatedTitlesReimportUnchanged();
    void dependenciesAndCycles();
    void failureLeavesFileAsItWas();
    void manyDependenciesAtOnce();
    void statedCompletion();
    void statedOverall();

private:
    std::unique_ptr<Project> reopen();
    static ImportedTask task(const QString &key, const QString &title, const QString &component,
                             std::optional<Status> status = std::nullopt);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

ImportedTask TestImport::task(const QString &key, const QString &title, const QString &component,
                              std::optional<Status> status)
{
    ImportedTask imported;
    imported.key = key;
    imported.title = title;
    imported.component = component;
    imported.status = status;
    return imported;
}

void TestImport::init()
{
    static int run = 0;
    m_path = m_dir.filePath(QStringLiteral("import-%1.candor").arg(++run));
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    m_project = Project::open(m_path, options, &error);
    QVERIFY2(m_project, qPrintable(error.message));
    QVERIFY(DemoProject::populate(*m_project).ok());
}

void TestImport::cleanup()
{
    m_project.reset();
}

std::unique_ptr<Project> TestImport::reopen()
{
    m_project.reset();
    OpenError error;
    auto project = Project::open(m_path, OpenOptions{}, &error);
    if (!project)
        qWarning("%s", qPrintable(error.message));
    return project;
}

void TestImport::prefixes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("one word") << QStringLiteral("Security") << QStringLiteral("SEC");
    QTest::newRow("short word") << QStringLiteral("API") << QStringLiteral("API");
    QTest::newRow("two words") << QStringLiteral("Data pipeline") << QStringLiteral("DP");
    QTest::newRow("no latin letters") << QStringLiteral("后端") << QStringLiteral("TASK");
}

void TestImport::prefixes()
{
    QFETCH(QString, name);
    QFETCH(QString, prefix);
    QCOMPARE(ImportPlanner::prefixFor(name), prefix);
}

void TestImport::planCreatesUpdatesAndKeeps()
{
    ImportBatch batch;
    batch.source = QStringLiteral("tracker.md");
    batch.tasks << task(QStringLiteral("sec-001"), QStringLiteral("Implement encryption at rest"),
                        QStringLiteral("Security"), Status::Done) // update: status
                << task(QStringLiteral("SEC-002"),
                        QStringLiteral("Add authentication and authorization"),
                        QStringLiteral("Security"), Status::Todo) // unchanged
                << task(QStringLiteral("HIL-001"), QStringLiteral("Hardware in the loop rig"),
                        QStringLiteral("Hardware"), Status::InProgress) // new, new component
                << task(QString(), QStringLiteral("Write the runbook for failover"),
                        QStringLiteral("Hardware")); // new, generated key
    const ImportPlan plan = ImportPlanner::plan(*m_project, batch);
    QCOMPARE(plan.created.size(), 2);
    QCOMPARE(plan.created.at(0).key, QStringLiteral("HIL-001"));
    QCOMPARE(plan.created.at(1).key, QStringLiteral("HIL-002")); // the file's own prefix
    QCOMPARE(plan.updated.size(), 1);
    QCOMPARE(plan.updated.first().key, QStringLiteral("SEC-001"));
    QCOMPARE(plan.updated.first().changes.size(), 1);
    QCOMPARE(plan.updated.first().changes.first().first, TaskField::Status);
    QCOMPARE(plan.unchanged, QStringList{QStringLiteral("SEC-002")});
    QCOMPARE(plan.missing.size(), 23); // the demo's other tasks are kept, and listed
    QCOMPARE(plan.newComponents.size(), 1);
    QCOMPARE(plan.newComponents.first().prefix, QStringLiteral("HIL"));
    QCOMPARE(plan.createdPerComponent.value(QStringLiteral("Hardware")), 2);
    QVERIFY(plan.summary().startsWith(QStringLiteral("2 created, 1 updated, 1 unchanged")));
}

void TestImport::applyIsOneUndoStep()
{
    ImportBatch batch;
    batch.source = QStringLiteral("tracker.md");
    ImportedTask rig = task(QStringLiteral("HIL-001"), QStringLiteral("Hardware in the loop rig"),
                            QStringLiteral("Hardware"), Status::InProgress);
    rig.dependsOn << QStringLiteral("SEC-001");
    rig.checklist << ChecklistItem{0, 0, QStringLiteral("Order boards"), true, 0}
                  << ChecklistItem{0, 0, QStringLiteral("Wire the bench"), false, 1};
    rig.milestones << QStringLiteral("Hardware freeze");
    batch.tasks << rig
                << task(QStringLiteral("SEC-001"), QStringLiteral("Implement encryption at rest"),
                        QStringLiteral("Security"), Status::Done);
    batch.milestones << ImportedMilestone{
        QStringLiteral("Hardware freeze"), QDate(2027, 1, 15), {}, {QStringLiteral("SEC-001")}};
    const int tasksBefore = m_project->tasks()->rowCount();
    const int componentsBefore = m_project->components()->rowCount();

    auto *command = new ImportCommand(m_project.get(), ImportPlanner::plan(*m_project, batch));
    m_project->undoStack()->push(command);
    QCOMPARE(m_project->undoStack()->count(), 1);
    const TaskModel *tasks = m_project->tasks();
    QCOMPARE(tasks->rowCount(), tasksBefore + 1);
    const qint64 hil = tasks->idForKey(QStringLiteral("HIL-001"));
    const qint64 sec = tasks->idForKey(QStringLiteral("SEC-001"));
    QVERIFY(m_project->dependencies().contains(hil, sec));
    QCOMPARE(m_project->checklist(hil).size(), 2);
    QCOMPARE(tasks->task(sec)->status, Status::Done);
    QCOMPARE(m_project->milestonesOf(sec).size(), 2); // Security audit + Hardware freeze
    QCOMPARE(m_project->components()->rowCount(), componentsBefore + 1);

    m_project->undoStack()->undo();
    QCOMPARE(tasks->rowCount(), tasksBefore);
    QCOMPARE(tasks->idForKey(QStringLiteral("HIL-001")), 0);
    QCOMPARE(tasks->task(sec)->status, Status::InProgress);
    QCOMPARE(m_project->components()->rowCount(), componentsBefore);
    QCOMPARE(m_project->milestones()->rowCount(), 3);

    m_project->undoStack()->redo();
    QCOMPARE(tasks->rowCount(), tasksBefore + 1);
    auto project = reopen();
    QVERIFY(project);
    QCOMPARE(project->tasks()->rowCount(), tasksBefore + 1);
    const qint64 reopened = project->tasks()->idForKey(QStringLiteral("HIL-001"));
    QCOMPARE(project->checklist(reopened).size(), 2);
    QCOMPARE(project->components()->name(project->tasks()->task(reopened)->componentId),
             QStringLiteral("Hardware"));
}

void TestImport::reimportChangesNothing()
{
    ImportBatch batch;
    batch.tasks << task(QStringLiteral("NEW-001"), QStringLiteral("A new task"),
                        QStringLiteral("Security"), Status::Todo);
    m_project->undoStack()->push(
        new ImportCommand(m_project.get(), ImportPlanner::plan(*m_project, batch)));
    const ImportPlan again = ImportPlanner::plan(*m_project, batch);
    QVERIFY(again.changesNothing());
    QCOMPARE(again.unchanged, QStringList{QStringLiteral("NEW-001")});
}

void TestImport::keylessTasksMatchByTitle()
{
    ImportBatch batch;
    batch.tasks << task(QString(), QStringLiteral("rate limiting"), QString(), Status::Done);
    const ImportPlan plan = ImportPlanner::plan(*m_project, batch);
    QCOMPARE(plan.created.size(), 0);
    QCOMPARE(plan.updated.size(), 1);
    QCOMPARE(plan.updated.first().key, QStringLiteral("API-002"));
}

void TestImport::repeatedTitlesReimportUnchanged_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("keyless") << QString();
    QTest::newRow("unusable key") << QStringLiteral("#12"); // an issue number names no task key
}

// A status report that repeats a title ("Weekly review" each week) imported twice: the repeats
// match the project's in order, one to one, and nothing is updated, kept or created.
void TestImport::repeatedTitlesReimportUnchanged()
{
    QFETCH(QString, key);
    ImportBatch batch;
    batch.tasks << task(key, QStringLiteral("Weekly review"), QStringLiteral("Ops"), Status::Done)
                << task(QString(), QStringLiteral("Weekly review"), QStringLiteral("Ops"),
                        Status::Todo)
                << task(QString(), QStringLiteral("Ship it"), QStringLiteral("Ops"));
    batch.tasks[2].dependsOn << (key.isEmpty() ? QStringLiteral("OPS-001") : key);
    const ImportPlan first = ImportPlanner::plan(*m_project, batch);
    QCOMPARE(first.created.size(), 3);
    QCOMPARE(first.dependencies.size(), 1);
    m_project->undoStack()->push(new ImportCommand(m_project.get(), first));
    const ImportPlan again = ImportPlanner::plan(*m_project, batch);
    QVERIFY(again.changesNothing());
    QCOMPARE(again.unchanged.size(), 3);
    QVERIFY(again.updated.isEmpty());
    QVERIFY(again.created.isEmpty());
}

void TestImport::dependenciesAndCycles()
{
    ImportBatch batch;
    ImportedTask first =
        task(QStringLiteral("X-001"), QStringLiteral("First"), QStringLiteral("X"));
    ImportedTask second =
        task(QStringLiteral("X-002"), QStringLiteral("Second"), QStringLiteral("X"));
    first.dependsOn << QStringLiteral("X-002");
    second.dependsOn << QStringLiteral("X-001") << QStringLiteral("NOPE-404");
    batch.tasks << first << second;
    const ImportPlan plan = ImportPlanner::plan(*m_project, batch);
    QCOMPARE(plan.dependencies.size(), 1); // the edge that would close the cycle is left out
    QCOMPARE(plan.warnings.size(), 2);     // the cycle and the unknown key
    m_project->undoStack()->push(new ImportCommand(m_project.get(), plan));
    const qint64 a = m_project->tasks()->idForKey(QStringLiteral("X-001"));
    const qint64 b = m_project->tasks()->idForKey(QStringLiteral("X-002"));
    QVERIFY(m_project->dependencies().contains(a, b));
    QVERIFY(!m_project->dependencies().contains(b, a));
}

void TestImport::failureLeavesFileAsItWas()
{
    // A plan whose last part cannot be written (an over-long title), after a new component and
    // a new milestone were written: nothing of it may stay, on disk or in the models.
    ImportBatch batch;
    batch.tasks << task(QStringLiteral("OK-001"), QStringLiteral("Fine"), QStringLiteral("Fresh"));
    batch.milestones << ImportedMilestone{QStringLiteral("Never"), {}, {}, {}};
    ImportPlan plan = ImportPlanner::plan(*m_project, batch);
    plan.created.append(
        task(QStringLiteral("BAD-001"), QString(600, QLatin1Char('x')), QStringLiteral("Fresh")));
    const int tasksBefore = m_project->tasks()->rowCount();
    QSignalSpy failures(m_project.get(), &Project::writeFailed);
    auto *command = new ImportCommand(m_project.get(), plan);
    m_project->undoStack()->push(command);
    QVERIFY(!failures.isEmpty());
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(m_project->tasks()->rowCount(), tasksBefore);
    QCOMPARE(m_project->components()->idForName(QStringLiteral("Fresh")), 0);
    QCOMPARE(m_project->milestones()->rowCount(), 3);
    auto project = reopen();
    QVERIFY(project);
    QCOMPARE(project->tasks()->rowCount(), tasksBefore);
    QCOMPARE(project->components()->idForName(QStringLiteral("Fresh")), 0);
    QCOMPARE(project->milestones()->rowCount(), 3);
}

void TestImport::manyDependenciesAtOnce()
{
    // A chain of 3000 tasks: one topological sort checks all edges, one step adds them.
    ImportBatch batch;
    for (int i = 1; i <= 3000; ++i) {
        ImportedTask chained = task(QStringLiteral("CH-%1").arg(i),
                                    QStringLiteral("Link %1").arg(i), QStringLiteral("Chain"));
        if (i > 1)
            chained.dependsOn << QStringLiteral("CH-%1").arg(i - 1);
        batch.tasks << chained;
    }
    const qsizetype edgesBefore = m_project->dependencies().edgeCount();
    const ImportPlan plan = ImportPlanner::plan(*m_project, batch);
    QCOMPARE(plan.dependencies.size(), 2999);
    QVERIFY(plan.warnings.isEmpty());
    m_project->undoStack()->push(new ImportCommand(m_project.get(), plan));
    const qint64 last = m_project->tasks()->idForKey(QStringLiteral("CH-3000"));
    const qint64 before = m_project->tasks()->idForKey(QStringLiteral("CH-2999"));
    QVERIFY(m_project->dependencies().contains(last, before));
    const qint64 first = m_project->tasks()->idForKey(QStringLiteral("CH-1"));
    QVERIFY(!m_project->dependencies().staysAcyclicWith({{first, last}}));
    QVERIFY(m_project->dependencies().staysAcyclicWith({{last, first}}));
    const WriteResult refused = m_project->addDependencies({{first, last}});
    QVERIFY(!refused.ok());
    QVERIFY(!m_project->dependencies().contains(first, last));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->tasks()->idForKey(QStringLiteral("CH-1")), 0);
    QCOMPARE(m_project->dependencies().edgeCount(), edgesBefore);
}

// A tracker's stated completion is set on a new component, updated on an existing one, left
// alone where the file says nothing, and put back by the import's undo.
void TestImport::statedCompletion()
{
    const ComponentModel &components = *m_project->components();
    const qint64 security = components.idForName(QStringLiteral("Security"));
    const qint64 api = components.idForName(QStringLiteral("API"));
    QVERIFY(m_project->setStatedCompletion(api, 55));
    m_project->undoStack()->clear();

    ImportBatch batch;
    batch.source = QStringLiteral("tracker.md");
    batch.components << ImportedComponent{QStringLiteral("security"), QString(), 40}
                     << ImportedComponent{QStringLiteral("Hardware"), QString(), 10}
                     << ImportedComponent{QStringLiteral("API"), QString(), std::nullopt};
    batch.tasks << task(QStringLiteral("HIL-001"), QStringLiteral("Rig"),
                        QStringLiteral("Hardware"));
    const ImportPlan plan = ImportPlanner::plan(*m_project, batch);
    QCOMPARE(plan.statedCompletions.size(), 1);
    QVERIFY(!plan.changesNothing());
    m_project->undoStack()->push(new ImportCommand(m_project.get(), plan));
    const qint64 hardware = components.idForName(QStringLiteral("Hardware"));
    QCOMPARE(components.component(security)->statedCompletion, 40);
    QCOMPARE(components.component(hardware)->statedCompletion, 10);
    QCOMPARE(components.component(api)->statedCompletion, 55);

    m_project->undoStack()->undo();
    QVERIFY(!components.component(security)->statedCompletion);
    QCOMPARE(components.idForName(QStringLiteral("Hardware")), 0);
    QCOMPARE(components.component(api)->statedCompletion, 55);
    m_project->undoStack()->redo();
    // The same figures again are no change at all.
    QVERIFY(ImportPlanner::plan(*m_project, batch).statedCompletions.isEmpty());

    auto project = reopen();
    QVERIFY(project);
    const ComponentModel &reread = *project->components();
    QCOMPARE(reread.component(security)->statedCompletion, 40);
    QCOMPARE(reread.component(reread.idForName(QStringLiteral("Hardware")))->statedCompletion, 10);
    QCOMPARE(reread.component(api)->statedCompletion, 55);
}

// "Overall: 45%" sets the project's stated completion with the import, undone with it, and the
// same figure again is no change.
void TestImport::statedOverall()
{
    QVERIFY(m_project->settings()->setValue(HonestyGap::statedSettingKey, QJsonValue()).ok());
    m_project->undoStack()->clear();
    QVERIFY(!HonestyGap::statedPercent(*m_project));
    ImportBatch batch;
    batch.source = QStringLiteral("tracker.md");
    batch.statedOverall = 45;
    const ImportPlan plan = ImportPlanner::plan(*m_project, batch);
    QCOMPARE(plan.statedOverall.value_or(-1), 45);
    QVERIFY(!plan.changesNothing());
    m_project->undoStack()->push(new ImportCommand(m_project.get(), plan));
    QCOMPARE(HonestyGap::statedPercent(*m_project).value_or(-1), 45);
    QVERIFY(ImportPlanner::plan(*m_project, batch).changesNothing());
    m_project->undoStack()->undo();
    QVERIFY(!HonestyGap::statedPercent(*m_project));
    m_project->undoStack()->redo();
    auto project = reopen();
    QVERIFY(project);
    QCOMPARE(HonestyGap::statedPercent(*project).value_or(-1), 45);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
