// SPDX-License-Identifier: MIT
// Undo and redo of every command, checked in memory and in the project file itself: a second,
// read-only Project reads the file after each step, and the last state survives a reopen.
#include "commands/addtaskscommand.h"
#include "commands/checklistcommands.h"
#include "commands/deletetaskscommand.h"
#include "commands/dependencycommands.h"
#include "commands/settaskfieldcommand.h"
#include "tasks/checklistmodel.h"
#include "testproject.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Candor;
using namespace CandorTest;

namespace {

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// A checklist as "[x] text" lines in order, with the positions checked to be 0, 1, 2, ...
QStringList lines(const QList<ChecklistItem> &items)
{
    QStringList result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ChecklistItem &item = items.at(i);
        QString line = (item.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) + item.text;
        if (item.position != i)
            line += QStringLiteral(" @%1").arg(item.position);
        result << line;
    }
    return result;
}

QList<qint64> itemIds(const QList<ChecklistItem> &items)
{
    QList<qint64> ids;
    for (const ChecklistItem &item : items)
        ids << item.id;
    return ids;
}

// Raw values compared with the types TaskModel::fieldValue gives them.
bool sameValue(TaskField field, const QVariant &a, const QVariant &b)
{
    if (field == TaskField::Milestones)
        return sorted(a.value<QList<qint64>>()) == sorted(b.value<QList<qint64>>());
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

QString show(const QVariant &value)
{
    if (value.canConvert<QList<qint64>>() &&
        value.metaType() == QMetaType::fromType<QList<qint64>>()) {
        QStringList ids;
        for (qint64 id : value.value<QList<qint64>>())
            ids << QString::number(id);
        return QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    return value.isNull() ? QStringLiteral("(null)") : value.toString();
}

} // namespace

class tst_Commands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void setField_data();
    void setField();
    void setFieldBulkIsOneStep();
    void setFieldMerges();
    void addTasks();
    void deleteTaskWithNeighbours();
    void deleteSeveralTasks();
    void dependencyCommands();
    void checklistCommands_data();
    void checklistCommands();
    void checklistModelPushesCommands();
    void historyGrowsWithEveryChange();
    void failedRedoLeavesNothingOnTheStack();
    void failedUndoIsDropped();

private:
    // Closes the project and opens the file again (the undo stack does not survive this).
    bool reopen();
    QVariant onDisk(const QString &key, TaskField field) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

void tst_Commands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void tst_Commands::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("commands-%1.candor").arg(++counter));
    m_project = createDemoFile(m_path);
    QVERIFY(m_project);
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void tst_Commands::cleanup()
{
    m_project.reset();
}

bool tst_Commands::reopen()
{
    m_project.reset();
    OpenError error;
    m_project = Project::open(m_path, OpenOptions{}, &error);
    if (!m_project)
        qWarning("Cannot reopen %s: %s", qPrintable(m_path), qPrintable(error.message));
    return bool(m_project);
}

QVariant tst_Commands::onDisk(const QString &key, TaskField field) const
{
    const auto reader = readBack(m_path);
    if (!reader)
        return QStringLiteral("<unreadable>");
    const Task *task = reader->tasks()->task(idOf(*reader, key));
    if (!task)
        return QStringLiteral("<no task %1>").arg(key);
    return reader->tasks()->fieldValue(*task, field);
}

void tst_Commands::setField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<TaskField>("field");
    QTest::addColumn<QVariant>("value"); // components and milestones by name, resolved below

    const auto text = [](const char *value) { return QVariant(QString::fromUtf8(value)); };
    QTest::newRow("key") << QStringLiteral("SEC-003") << TaskField::Key << text("SEC-030");
    QTest::newRow("title") << QStringLiteral("SEC-003") << TaskField::Title
                           << text("Rotate every key");
    QTest::newRow("status") << QStringLiteral("SEC-003") << TaskField::Status
                            << QVariant(int(Status::Review));
    QTest::newRow("priority") << QStringLiteral("SEC-003") << TaskField::Priority
                              << QVariant(int(Priority::P3));
    QTest::newRow("component") << QStringLiteral("SEC-003") << TaskField::Component
                               << text("Operations");
    QTest::newRow("component none")
        << QStringLiteral("SEC-003") << TaskField::Component << QVariant(qint64(0));
    QTest::newRow("assignee") << QStringLiteral("SEC-003") << TaskField::Assignee << text("gwen");
    QTest::newRow("estimate") << QStringLiteral("SEC-003") << TaskField::Estimate << QVariant(4.5);
    QTest::newRow("estimate cleared")
        << QStringLiteral("SEC-003") << TaskField::Estimate << QVariant();
    QTest::newRow("progress") << QStringLiteral("SEC-003") << TaskField::Progress << QVariant(35);
    QTest::newRow("verification") << QStringLiteral("SEC-003") << TaskField::Verification
                                  << QVariant(int(Verification::Failed));
    QTest::newRow("milestones") << QStringLiteral("SEC-003") << TaskField::Milestones
                                << QVariant(QStringList{QStringLiteral("Beta"),
                                                        QStringLiteral("Security audit")});
    QTest::newRow("milestones cleared")
        << QStringLiteral("SEC-002") << TaskField::Milestones << QVariant(QStringList{});
    QTest::newRow("description") << QStringLiteral("SEC-003") << TaskField::Description
                                 << text("Every 90 days.\nNo downtime.");
    QTest::newRow("evidence") << QStringLiteral("SEC-003") << TaskField::Evidence
                              << text("rotation drill passed");
    QTest::newRow("phase") << QStringLiteral("SEC-003") << TaskField::Phase << text("Phase 2");
    QTest::newRow("optimistic") << QStringLiteral("SEC-003") << TaskField::Optimistic
                                << QVariant(1.5);
    QTest::newRow("likely") << QStringLiteral("SEC-003") << TaskField::Likely << QVariant(3.25);
    QTest::newRow("pessimistic") << QStringLiteral("SEC-003") << TaskField::Pessimistic
                                 << QVariant(8.0);
    QTest::newRow("rank") << QStringLiteral("SEC-003") << TaskField::Rank << QVariant(-12.5);
    QTest::newRow("verified on") << QStringLiteral("SEC-003") << TaskField::VerifiedOn
                                 << QVariant(QDate(2025, 2, 28));
}

void tst_Commands::setField()
{
    QFETCH(QString, key);
    QFETCH(TaskField, field);
    QFETCH(QVariant, value);

    if (field == TaskField::Component && value.typeId() == QMetaType::QString) {
        value = componentId(*m_project, value.toString());
        QVERIFY(value.toLongLong() != 0);
    } else if (field == TaskField::Milestones) {
        QList<qint64> ids;
        for (const QString &name : value.toStringList()) {
            ids << milestoneId(*m_project, name);
            QVERIFY(ids.last() != 0);
        }
        value = QVariant::fromValue(ids);
    }

    const qint64 id = idOf(*m_project, key);
    QVERIFY(id != 0);
    TaskModel *tasks = m_project->tasks();
    const QVariant before = tasks->fieldValue(*tasks->task(id), field);
    QVERIFY2(!sameValue(field, before, value), qPrintable(show(before)));
    QVERIFY(m_project->validate(field, value, id).isEmpty());
    const int events = int(m_project->history(id).size());
    const qint64 updatedBefore = tasks->task(id)->updated;
    QUndoStack *stack = m_project->undoStack();
    QSignalSpy failed(m_project.get(), &Project::writeFailed);
    const auto noFailure = [&failed] {
        return failed.isEmpty() ? QString() : failed.first().first().toString();
    };

    stack->push(new SetTaskFieldCommand(m_project.get(), field, {id}, {value}));
    QCOMPARE(noFailure(), QString());
    QCOMPARE(stack->count(), 1);
    QVERIFY2(sameValue(field, tasks->fieldValue(*tasks->task(id), field), value),
             qPrintable(show(tasks->fieldValue(*tasks->task(id), field))));
    QVERIFY(tasks->task(id)->updated >= updatedBefore);
    const QString keyNow = field == TaskField::Key ? value.toString() : key;
    QVERIFY2(sameValue(field, onDisk(keyNow, field), value),
             qPrintable(show(onDisk(keyNow, field))));
    QCOMPARE(m_project->history(id).size(), events + 1);
    QCOMPARE(m_project->history(id).first().field, fieldName(field));

    stack->undo();
    QCOMPARE(noFailure(), QString());
    QCOMPARE(stack->count(), 1);
    QVERIFY2(sameValue(field, tasks->fieldValue(*tasks->task(id), field), before),
             qPrintable(show(tasks->fieldValue(*tasks->task(id), field))));
    QVERIFY2(sameValue(field, onDisk(key, field), before), qPrintable(show(onDisk(key, field))));
    QCOMPARE(m_project->history(id).size(), events + 2);

    stack->redo();
    QVERIFY(sameValue(field, tasks->fieldValue(*tasks->task(id), field), value));
    QVERIFY(sameValue(field, onDisk(keyNow, field), value));
    QCOMPARE(m_project->history(id).size(), events + 3);

    // The redone value is what the file holds after a reopen; then undo the last step by hand.
    QVERIFY(reopen());
    tasks = m_project->tasks();
    QCOMPARE(idOf(*m_project, keyNow), id);
    QVERIFY2(sameValue(field, tasks->fieldValue(*tasks->task(id), field), value),
             qPrintable(show(tasks->fieldValue(*tasks->task(id), field))));
    QCOMPARE(m_project->history(id).size(), events + 3);
    const WriteResult back = m_project->setTaskField({id}, field, {before});
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(reopen());
    QVERIFY(sameValue(field, m_project->tasks()->fieldValue(*m_project->tasks()->task(id), field),
                      before));
}

void tst_Commands::setFieldBulkIsOneStep()
{
    const QList<qint64> ids{idOf(*m_project, "SEC-001"), idOf(*m_project, "SEC-003"),
                            idOf(*m_project, "SEC-004")};
    const QList<Priority> before{Priority::P0, Priority::P1, Priority::P2};
    TaskModel *tasks = m_project->tasks();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(tasks->task(ids.at(i))->priority, before.at(i));
    QSignalSpy changed(tasks, &TaskModel::dataChanged);

    const int p3 = int(Priority::P3);
    m_project->undoStack()->push(
        new SetTaskFieldCommand(m_project.get(), TaskField::Priority, ids, {p3, p3, p3}));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(changed.count(), 2); // one per run of rows: SEC-003 and SEC-004 are neighbours
    for (qint64 id : ids) {
        QCOMPARE(tasks->task(id)->priority, Priority::P3);
        QCOMPARE(onDisk(tasks->keyOf(id), TaskField::Priority).toInt(), p3);
        QCOMPARE(m_project->history(id).first().newValue, QStringLiteral("P3"));
    }

    m_project->undoStack()->undo(); // one step puts back each task's own value
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(tasks->task(ids.at(i))->priority, before.at(i));
        QCOMPARE(onDisk(tasks->keyOf(ids.at(i)), TaskField::Priority).toInt(), int(before.at(i)));
    }
    QVERIFY(m_project->undoStack()->canRedo());
    QVERIFY(!m_project->undoStack()->canUndo());

    m_project->undoStack()->redo();
    QVERIFY(reopen());
    for (qint64 id : ids)
        QCOMPARE(m_project->tasks()->task(id)->priority, Priority::P3);
}

void tst_Commands::setFieldMerges()
{
    const qint64 id = idOf(*m_project, "OPS-002");
    QUndoStack *stack = m_project->undoStack();
    for (int progress : {35, 40, 45}) {
        auto *command =
            new SetTaskFieldCommand(m_project.get(), TaskField::Progress, {id}, {progress});
        command->setMergeable(true);
        stack->push(command);
    }
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_project->tasks()->task(id)->progress, 45);
    // A different field does not merge.
    auto *other = new SetTaskFieldCommand(m_project.get(), TaskField::Estimate, {id}, {2.0});
    other->setMergeable(true);
    stack->push(other);
    QCOMPARE(stack->count(), 2);
    stack->undo();
    stack->undo();
    QCOMPARE(m_project->tasks()->task(id)->progress, 30);
    QCOMPARE(onDisk(QStringLiteral("OPS-002"), TaskField::Progress).toInt(), 30);
    stack->redo();
    QCOMPARE(m_project->tasks()->task(id)->progress, 45);
    QCOMPARE(onDisk(QStringLiteral("OPS-002"), TaskField::Progress).toInt(), 45);
}

void tst_Commands::addTasks()
{
    const qint64 sec1 = idOf(*m_project, "SEC-001");
    const qint64 beta = milestoneId(*m_project, QStringLiteral("Beta"));
    TaskRecord first;
    first.task.key = QStringLiteral("SEC-006");
    first.task.title = QStringLiteral("Penetration test");
    first.task.componentId = componentId(*m_project, QStringLiteral("Security"));
    first.task.estimate = 3;
    first.dependsOn = {sec1};
    first.milestones = {beta};
    first.checklist = {{0, 0, QStringLiteral("Book the testers"), true, 0},
                       {0, 0, QStringLiteral("Fix the findings"), false, 1}};
    TaskRecord second;
    second.task.key = QStringLiteral("OPS-006");
    second.task.title = QStringLiteral("Status page");
    second.task.status = Status::InProgress;

    auto *command = new AddTasksCommand(m_project.get(), {first, second});
    m_project->undoStack()->push(command);
    QCOMPARE(m_project->undoStack()->count(), 1);
    const QList<qint64> ids = command->taskIds();
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.at(0) != 0 && ids.at(1) != 0 && ids.at(0) != ids.at(1));
    QCOMPARE(m_project->tasks()->rowCount(), 27);
    QCOMPARE(idOf(*m_project, "SEC-006"), ids.at(0));
    QVERIFY(m_project->dependencies().contains(ids.at(0), sec1));
    QCOMPARE(m_project->milestonesOf(ids.at(0)), QList<qint64>{beta});
    QCOMPARE(lines(m_project->checklist(ids.at(0))),
             (QStringList{QStringLiteral("[x] Book the testers"),
                          QStringLiteral("[ ] Fix the findings")}));
    {
        const auto reader = readBack(m_path);
        QVERIFY(reader);
        QCOMPARE(reader->tasks()->rowCount(), 27);
        QVERIFY(reader->dependencies().contains(ids.at(0), sec1));
        QCOMPARE(reader->milestonesOf(ids.at(0)), QList<qint64>{beta});
        QCOMPARE(reader->checklist(ids.at(0)).size(), 2);
        QCOMPARE(reader->tasks()->task(ids.at(1))->status, Status::InProgress);
    }

    m_project->undoStack()->undo();
    QCOMPARE(m_project->tasks()->rowCount(), 25);
    QCOMPARE(idOf(*m_project, "SEC-006"), 0);
    QVERIFY(!m_project->dependencies().contains(ids.at(0), sec1));
    QVERIFY(m_project->milestonesOf(ids.at(0)).isEmpty());
    {
        const auto reader = readBack(m_path);
        QVERIFY(reader);
        QCOMPARE(reader->tasks()->rowCount(), 25);
        QCOMPARE(idOf(*reader, "SEC-006"), 0);
        QCOMPARE(scalar(*reader, QStringLiteral("SELECT count(*) FROM checklist_item WHERE "
                                                "task_id = %1")
                                     .arg(ids.at(0))),
                 0);
    }

    m_project->undoStack()->redo();
    QCOMPARE(command->taskIds(), ids); // the same ids again, so history stays attached
    QCOMPARE(idOf(*m_project, "SEC-006"), ids.at(0));
    QVERIFY(m_project->dependencies().contains(ids.at(0), sec1));
    QCOMPARE(m_project->checklist(ids.at(0)).size(), 2);
    QCOMPARE(m_project->milestonesOf(ids.at(0)), QList<qint64>{beta});
    const QList<TaskEvent> history = m_project->history(ids.at(0));
    QCOMPARE(std::count_if(history.cbegin(), history.cend(),
                           [](const TaskEvent &e) { return e.field == QLatin1String("created"); }),
             2);

    QVERIFY(reopen());
    QCOMPARE(m_project->tasks()->rowCount(), 27);
    QCOMPARE(idOf(*m_project, "SEC-006"), ids.at(0));
    QCOMPARE(idOf(*m_project, "OPS-006"), ids.at(1));
    QVERIFY(m_project->dependencies().contains(ids.at(0), sec1));
    QCOMPARE(m_project->tasks()->task(ids.at(0))->estimate, std::optional<double>(3.0));
}

void tst_Commands::deleteTaskWithNeighbours()
{
    // SEC-002 depends on SEC-001; SEC-003 and DOCS-004 depend on SEC-002; it gates Security audit.
    const qint64 id = idOf(*m_project, "SEC-002");
    const qint64 sec1 = idOf(*m_project, "SEC-001");
    const QList<qint64> dependents =
        sorted({idOf(*m_project, "SEC-003"), idOf(*m_project, "DOCS-004")});
    const qint64 audit = milestoneId(*m_project, QStringLiteral("Security audit"));
    QCOMPARE(m_project->dependencies().dependenciesOf(id), QList<qint64>{sec1});
    QCOMPARE(sorted(m_project->dependencies().dependentsOf(id)), dependents);
    QCOMPARE(m_project->milestonesOf(id), QList<qint64>{audit});
    for (const char *text : {"Threat model reviewed", "Tokens signed", "Sessions expire"}) {
        ChecklistItem item;
        item.taskId = id;
        item.text = QString::fromLatin1(text);
        item.position = int(m_project->checklist(id).size());
        item.checked = item.position == 1;
        QVERIFY(m_project->insertChecklistItem(item).ok());
    }
    QVERIFY(
        m_project->setTaskField({id}, TaskField::Evidence, {QStringLiteral("design doc")}).ok());
    const Task before = *m_project->tasks()->task(id);
    const QList<ChecklistItem> checklist = m_project->checklist(id);
    QCOMPARE(lines(checklist), (QStringList{QStringLiteral("[ ] Threat model reviewed"),
                                            QStringLiteral("[x] Tokens signed"),
                                            QStringLiteral("[ ] Sessions expire")}));
    const qint64 edgesBefore = m_project->dependencies().edgeCount();
    const QString touching =
        QStringLiteral("SELECT count(*) FROM dependency WHERE task_id = %1 OR depends_on_id = %1")
            .arg(id);
    const QString items =
        QStringLiteral("SELECT count(*) FROM checklist_item WHERE task_id = %1").arg(id);
    const QString gates =
        QStringLiteral("SELECT count(*) FROM milestone_task WHERE task_id = %1").arg(id);

    const auto checkGone = [&](const Project &project) {
        QVERIFY(!project.tasks()->task(id));
        QCOMPARE(project.tasks()->rowCount(), 24);
        QVERIFY(project.dependencies().dependenciesOf(id).isEmpty());
        QVERIFY(project.dependencies().dependentsOf(id).isEmpty());
        QCOMPARE(project.dependencies().edgeCount(), edgesBefore - 3);
        QVERIFY(project.milestonesOf(id).isEmpty());
        QVERIFY(!project.tasksOfMilestone(audit).contains(id));
        QCOMPARE(scalar(project, touching), 0);
        QCOMPARE(scalar(project, items), 0);
        QCOMPARE(scalar(project, gates), 0);
        QVERIFY(!project.isBlockedByDependencies(dependents.first()));
    };
    const auto checkBack = [&](const Project &project) {
        const Task *task = project.tasks()->task(id);
        QVERIFY(task);
        QCOMPARE(task->key, before.key);
        QCOMPARE(task->title, before.title);
        QCOMPARE(task->status, before.status);
        QCOMPARE(task->priority, before.priority);
        QCOMPARE(task->componentId, before.componentId);
        QCOMPARE(task->estimate, before.estimate);
        QCOMPARE(task->pessimistic, before.pessimistic);
        QCOMPARE(task->assignee, before.assignee);
        QCOMPARE(task->evidence, QStringLiteral("design doc"));
        QCOMPARE(task->rank, before.rank);
        QCOMPARE(task->created, before.created);
        QCOMPARE(project.tasks()->rowCount(), 25);
        QCOMPARE(project.dependencies().dependenciesOf(id), QList<qint64>{sec1});
        QCOMPARE(sorted(project.dependencies().dependentsOf(id)), dependents);
        QCOMPARE(project.dependencies().edgeCount(), edgesBefore);
        QCOMPARE(project.milestonesOf(id), QList<qint64>{audit});
        const QList<ChecklistItem> restored = project.checklist(id);
        QCOMPARE(lines(restored), lines(checklist));
        QCOMPARE(itemIds(restored), itemIds(checklist));
        QCOMPARE(scalar(project, touching), 3);
        QVERIFY(project.isBlockedByDependencies(dependents.first()));
    };

    QSignalSpy removed(m_project->tasks(), &QAbstractItemModel::rowsRemoved);
    m_project->undoStack()->push(new DeleteTasksCommand(m_project.get(), {id}));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(removed.count(), 1);
    checkGone(*m_project);
    if (QTest::currentTestFailed())
        return;
    checkGone(*readBack(m_path));
    if (QTest::currentTestFailed())
        return;
    const int events = int(m_project->history(id).size());
    QCOMPARE(m_project->history(id).first().field, QStringLiteral("deleted"));

    m_project->undoStack()->undo();
    checkBack(*m_project);
    if (QTest::currentTestFailed())
        return;
    checkBack(*readBack(m_path));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_project->history(id).size() > events); // history found again under the same id

    m_project->undoStack()->redo();
    checkGone(*m_project);
    checkGone(*readBack(m_path));
    if (QTest::currentTestFailed())
        return;

    m_project->undoStack()->undo();
    QVERIFY(reopen());
    checkBack(*m_project);
}

void tst_Commands::deleteSeveralTasks()
{
    // A chain deleted at once: OPS-004 → OPS-003 → OPS-001, with DOCS-002 also on OPS-003.
    const QList<qint64> ids{idOf(*m_project, "OPS-003"), idOf(*m_project, "OPS-001"),
                            idOf(*m_project, "OPS-004")};
    const qint64 edges = m_project->dependencies().edgeCount();
    const qint64 rows = scalar(*m_project, QStringLiteral("SELECT count(*) FROM dependency"));
    QCOMPARE(rows, edges);
    m_project->undoStack()->push(new DeleteTasksCommand(m_project.get(), ids));
    QCOMPARE(m_project->tasks()->rowCount(), 22);
    // OPS-001 had dependents OPS-002, OPS-003; OPS-003 had OPS-004, DOCS-002; OPS-004 had none.
    QCOMPARE(scalar(*m_project, QStringLiteral("SELECT count(*) FROM dependency")),
             m_project->dependencies().edgeCount());
    QVERIFY(m_project->dependencies().edgeCount() < edges);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->tasks()->rowCount(), 25);
    QCOMPARE(m_project->dependencies().edgeCount(), edges);
    QVERIFY(reopen());
    QCOMPARE(m_project->tasks()->rowCount(), 25);
    QCOMPARE(m_project->dependencies().edgeCount(), edges);
    QVERIFY(m_project->dependencies().contains(ids.at(2), ids.at(0)));
    QVERIFY(m_project->dependencies().contains(ids.at(0), ids.at(1)));
    QVERIFY(m_project->dependencies().contains(idOf(*m_project, "DOCS-002"), ids.at(0)));
    QVERIFY(m_project->dependencies().contains(idOf(*m_project, "OPS-002"), ids.at(1)));
}

void tst_Commands::dependencyCommands()
{
    const qint64 ops4 = idOf(*m_project, "OPS-004");
    const qint64 sec1 = idOf(*m_project, "SEC-001");
    const qint64 sec2 = idOf(*m_project, "SEC-002");
    QUndoStack *stack = m_project->undoStack();

    stack->push(new DependencyCommand(m_project.get(), DependencyCommand::Kind::Add, ops4, sec1));
    QCOMPARE(stack->count(), 1);
    QVERIFY(m_project->dependencies().contains(ops4, sec1));
    QVERIFY(readBack(m_path)->dependencies().contains(ops4, sec1));
    stack->undo();
    QVERIFY(!m_project->dependencies().contains(ops4, sec1));
    QVERIFY(!readBack(m_path)->dependencies().contains(ops4, sec1));
    stack->redo();
    QVERIFY(m_project->dependencies().contains(ops4, sec1));
    QVERIFY(readBack(m_path)->dependencies().contains(ops4, sec1));

    stack->push(
        new DependencyCommand(m_project.get(), DependencyCommand::Kind::Remove, sec2, sec1));
    QCOMPARE(stack->count(), 2);
    QVERIFY(!m_project->dependencies().contains(sec2, sec1));
    QVERIFY(!readBack(m_path)->dependencies().contains(sec2, sec1));
    QVERIFY(!m_project->isBlockedByDependencies(sec2));
    stack->undo();
    QVERIFY(m_project->dependencies().contains(sec2, sec1));
    QVERIFY(readBack(m_path)->dependencies().contains(sec2, sec1));
    QVERIFY(m_project->isBlockedByDependencies(sec2));

    // A refused edge (a cycle) is reported and leaves nothing to undo.
    QSignalSpy failed(m_project.get(), &Project::writeFailed);
    stack->push(new DependencyCommand(m_project.get(), DependencyCommand::Kind::Add, sec1, sec2));
    QCOMPARE(failed.count(), 1);
    QVERIFY(
        failed.first().first().toString().contains(QStringLiteral("SEC-001 → SEC-002 → SEC-001")));
    // The push dropped the undone Remove (as any push does); the refused Add was not kept.
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    QVERIFY(!stack->canRedo());
    QVERIFY(!m_project->dependencies().contains(sec1, sec2));

    QVERIFY(reopen());
    QVERIFY(m_project->dependencies().contains(ops4, sec1));
    QVERIFY(m_project->dependencies().contains(sec2, sec1));
    QVERIFY(!m_project->dependencies().contains(sec1, sec2));
}

void tst_Commands::checklistCommands_data()
{
    QTest::addColumn<ChecklistCommand::Kind>("kind");
    QTest::addColumn<int>("row");      // the item acted on (Remove, Change, Move)
    QTest::addColumn<QString>("text"); // Add, Change
    QTest::addColumn<bool>("checked"); // Add, Change
    QTest::addColumn<int>("position"); // Add, Move
    QTest::addColumn<QStringList>("after");

    const QString a = QStringLiteral("[x] Choose the cipher and key size");
    const QString b = QStringLiteral("[ ] Key store with rotation");
    const QString c = QStringLiteral("[x] Encrypt the checkpoint files");
    const QString d = QStringLiteral("[ ] Migration for existing data");
    using K = ChecklistCommand::Kind;
    QTest::newRow("add at end") << K::Add << -1 << QStringLiteral("Benchmark") << false << 4
                                << QStringList{a, b, c, d, QStringLiteral("[ ] Benchmark")};
    QTest::newRow("add at start") << K::Add << -1 << QStringLiteral(" Threat model ") << true << 0
                                  << QStringList{QStringLiteral("[x] Threat model"), a, b, c, d};
    QTest::newRow("add in the middle") << K::Add << -1 << QStringLiteral("HSM") << false << 2
                                       << QStringList{a, b, QStringLiteral("[ ] HSM"), c, d};
    QTest::newRow("remove first") << K::Remove << 0 << QString() << false << 0
                                  << QStringList{b, c, d};
    QTest::newRow("remove middle")
        << K::Remove << 1 << QString() << false << 0 << QStringList{a, c, d};
    QTest::newRow("check") << K::Change << 1 << QStringLiteral("Key store with rotation") << true
                           << 0
                           << QStringList{a, QStringLiteral("[x] Key store with rotation"), c, d};
    QTest::newRow("edit and uncheck")
        << K::Change << 0 << QStringLiteral("Choose AES-256-GCM") << false << 0
        << QStringList{QStringLiteral("[ ] Choose AES-256-GCM"), b, c, d};
    QTest::newRow("move first to last")
        << K::Move << 0 << QString() << false << 3 << QStringList{b, c, d, a};
    QTest::newRow("move last to first")
        << K::Move << 3 << QString() << false << 0 << QStringList{d, a, b, c};
    QTest::newRow("move down one")
        << K::Move << 1 << QString() << false << 2 << QStringList{a, c, b, d};
}

void tst_Commands::checklistCommands()
{
    QFETCH(ChecklistCommand::Kind, kind);
    QFETCH(int, row);
    QFETCH(QString, text);
    QFETCH(bool, checked);
    QFETCH(int, position);
    QFETCH(QStringList, after);

    const qint64 taskId = idOf(*m_project, "SEC-001");
    const QList<ChecklistItem> original = m_project->checklist(taskId);
    QCOMPARE(original.size(), 4);
    const QStringList before = lines(original);

    ChecklistItem item;
    if (kind == ChecklistCommand::Kind::Add) {
        item.taskId = taskId;
        item.text = text;
        item.checked = checked;
        item.position = position;
    } else {
        item = original.at(row);
        if (kind == ChecklistCommand::Kind::Change) {
            item.text = text;
            item.checked = checked;
        } else if (kind == ChecklistCommand::Kind::Move) {
            item.position = position;
        }
    }
    QSignalSpy changed(m_project.get(), &Project::checklistChanged);
    QUndoStack *stack = m_project->undoStack();
    stack->push(new ChecklistCommand(m_project.get(), kind, item));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), taskId);
    QCOMPARE(lines(m_project->checklist(taskId)), after);
    QCOMPARE(lines(readBack(m_path)->checklist(taskId)), after);
    const QList<qint64> idsAfter = itemIds(m_project->checklist(taskId));

    stack->undo();
    QCOMPARE(lines(m_project->checklist(taskId)), before);
    QCOMPARE(itemIds(m_project->checklist(taskId)), itemIds(original));
    QCOMPARE(lines(readBack(m_path)->checklist(taskId)), before);
    QCOMPARE(itemIds(readBack(m_path)->checklist(taskId)), itemIds(original));

    stack->redo();
    QCOMPARE(lines(m_project->checklist(taskId)), after);
    QCOMPARE(itemIds(m_project->checklist(taskId)), idsAfter);

    stack->undo();
    QVERIFY(reopen());
    QCOMPARE(lines(m_project->checklist(taskId)), before);
    QCOMPARE(itemIds(m_project->checklist(taskId)), itemIds(original));
}

void tst_Commands::checklistModelPushesCommands()
{
    const qint64 taskId = idOf(*m_project, "SEC-001");
    ChecklistModel model(m_project.get());
    model.setTaskId(taskId);
    QCOMPARE(model.rowCount(), 4);
    QUndoStack *stack = m_project->undoStack();

    model.addItem(QStringLiteral("  Rotate the keys  "));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(4).data().toString(), QStringLiteral("Rotate the keys"));
    QVERIFY(model.setData(model.index(4), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(4), QStringLiteral("Rotate the master key")));
    QVERIFY(!model.setData(model.index(4), QStringLiteral("   "))); // no empty items
    model.moveItem(4, 1);
    model.removeItem(0);
    QCOMPARE(stack->count(), 5);
    QCOMPARE(lines(model.items()),
             (QStringList{QStringLiteral("[x] Rotate the master key"),
                          QStringLiteral("[ ] Key store with rotation"),
                          QStringLiteral("[x] Encrypt the checkpoint files"),
                          QStringLiteral("[ ] Migration for existing data")}));
    QCOMPARE(lines(readBack(m_path)->checklist(taskId)), lines(model.items()));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(lines(readBack(m_path)->checklist(taskId)),
             (QStringList{QStringLiteral("[x] Choose the cipher and key size"),
                          QStringLiteral("[ ] Key store with rotation"),
                          QStringLiteral("[x] Encrypt the checkpoint files"),
                          QStringLiteral("[ ] Migration for existing data")}));
}

void tst_Commands::historyGrowsWithEveryChange()
{
    const qint64 id = idOf(*m_project, "SEC-001");
    QSignalSpy historyChanged(m_project.get(), &Project::historyChanged);
    QUndoStack *stack = m_project->undoStack();
    int expected = int(m_project->history(id).size());
    QCOMPARE(expected, 1);
    QCOMPARE(m_project->history(id).first().field, QStringLiteral("created"));

    const auto step = [&](const char *field) {
        ++expected;
        const QList<TaskEvent> events = m_project->history(id);
        QCOMPARE(events.size(), expected);
        QCOMPARE(events.first().field, QString::fromLatin1(field));
        QCOMPARE(events.first().taskKey, m_project->tasks()->keyOf(id));
        QCOMPARE(events.first().taskId, id);
        QVERIFY(events.first().time > 0);
    };

    stack->push(
        new SetTaskFieldCommand(m_project.get(), TaskField::Status, {id}, {int(Status::Done)}));
    step("status");
    QCOMPARE(m_project->history(id).first().oldValue, QStringLiteral("in_progress"));
    QCOMPARE(m_project->history(id).first().newValue, QStringLiteral("done"));
    stack->undo();
    step("status");
    QCOMPARE(m_project->history(id).first().newValue, QStringLiteral("in_progress"));
    stack->push(new DependencyCommand(m_project.get(), DependencyCommand::Kind::Add, id,
                                      idOf(*m_project, "SEC-004")));
    step("depends_on");
    ChecklistItem item;
    item.taskId = id;
    item.text = QStringLiteral("Review");
    item.position = 4;
    stack->push(new ChecklistCommand(m_project.get(), ChecklistCommand::Kind::Add, item));
    step("checklist");
    stack->push(new SetTaskFieldCommand(
        m_project.get(), TaskField::Milestones, {id},
        {QVariant::fromValue(QList<qint64>{milestoneId(*m_project, QStringLiteral("Beta"))})}));
    step("milestones");
    QCOMPARE(m_project->history(id).first().oldValue, QStringLiteral("Security audit"));
    QCOMPARE(m_project->history(id).first().newValue, QStringLiteral("Beta"));
    stack->push(new SetTaskFieldCommand(m_project.get(), TaskField::Component, {id},
                                        {componentId(*m_project, QStringLiteral("API"))}));
    step("component");
    QCOMPARE(m_project->history(id).first().oldValue, QStringLiteral("Security"));
    QCOMPARE(m_project->history(id).first().newValue, QStringLiteral("API"));
    QVERIFY(historyChanged.count() >= 6);

    // The history is in the file.
    const int total = expected;
    QVERIFY(reopen());
    QCOMPARE(m_project->history(id).size(), total);
    QCOMPARE(m_project->history(id, 2).size(), 2);
}

void tst_Commands::failedRedoLeavesNothingOnTheStack()
{
    m_project.reset();
    const QByteArray before = fileHash(m_path);
    OpenOptions options;
    options.readOnly = true;
    OpenError error;
    m_project = Project::open(m_path, options, &error);
    QVERIFY2(m_project, qPrintable(error.message));
    QVERIFY(m_project->isReadOnly());
    QSignalSpy failed(m_project.get(), &Project::writeFailed);
    QUndoStack *stack = m_project->undoStack();
    const qint64 id = idOf(*m_project, "SEC-001");

    stack->push(new SetTaskFieldCommand(m_project.get(), TaskField::Title, {id},
                                        {QStringLiteral("Changed")}));
    stack->push(new DeleteTasksCommand(m_project.get(), {id}));
    TaskRecord record;
    record.task.key = QStringLiteral("NEW-001");
    record.task.title = QStringLiteral("New");
    stack->push(new AddTasksCommand(m_project.get(), {record}));
    stack->push(new DependencyCommand(m_project.get(), DependencyCommand::Kind::Add, id,
                                      idOf(*m_project, "SEC-004")));
    ChecklistItem item = m_project->checklist(id).first();
    item.checked = !item.checked;
    stack->push(new ChecklistCommand(m_project.get(), ChecklistCommand::Kind::Change, item));

    QCOMPARE(failed.count(), 5);
    for (const QList<QVariant> &arguments : std::as_const(failed))
        QVERIFY(!arguments.first().toString().isEmpty());
    QCOMPARE(stack->count(), 0);
    QVERIFY(!stack->canUndo());
    QCOMPARE(m_project->tasks()->rowCount(), 25);
    QCOMPARE(m_project->tasks()->task(id)->title, QStringLiteral("Implement encryption at rest"));
    m_project.reset();
    QCOMPARE(fileHash(m_path), before);
}

void tst_Commands::failedUndoIsDropped()
{
    const qint64 ops4 = idOf(*m_project, "OPS-004");
    const qint64 sec1 = idOf(*m_project, "SEC-001");
    QUndoStack *stack = m_project->undoStack();
    stack->push(new SetTaskFieldCommand(m_project.get(), TaskField::Progress, {ops4}, {20}));
    stack->push(new DependencyCommand(m_project.get(), DependencyCommand::Kind::Add, ops4, sec1));
    QCOMPARE(stack->count(), 2);
    // Someone else removes the edge behind the stack's back: undoing the add now fails.
    QVERIFY(m_project->removeDependency(ops4, sec1).ok());
    QSignalSpy failed(m_project.get(), &Project::writeFailed);
    stack->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(stack->count(), 1); // the failed command is gone, the one below it stays
    stack->undo();
    QCOMPARE(m_project->tasks()->task(ops4)->progress, 0);
    QCOMPARE(failed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_Commands)
#include "tst_commands.moc"
