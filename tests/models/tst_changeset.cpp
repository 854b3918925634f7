// SPDX-License-Identifier: MIT
// The one write path: a change set of mixed edits undoes and redoes exactly, and a write whose
// commit fails (a drop, an import, a bulk edit) leaves the models equal to a fresh read of the
// file.
#include "commands/changecommand.h"
#include "commands/importcommand.h"
#include "commands/movecardscommand.h"
#include "commands/settaskfieldcommand.h"
#include "project/projectsettings.h"
#include "tasks/checklistmodel.h"
#include "testproject.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

namespace {

// Everything the models hold, as text, so that two projects compare in one QCOMPARE.
QStringList fingerprint(const Project &project)
{
    QStringList lines;
    lines << QStringLiteral("name %1").arg(project.name());
    lines << QStringLiteral("settings %1")
                 .arg(QString::fromUtf8(
                     QJsonDocument(project.settings()->values()).toJson(QJsonDocument::Compact)));
    QList<Component> components = project.components()->components();
    std::sort(components.begin(), components.end(),
              [](const Component &a, const Component &b) { return a.id < b.id; });
    for (const Component &c : std::as_const(components)) {
        lines << QStringLiteral("component %1 %2 %3 %4 %5")
                     .arg(c.id)
                     .arg(c.name, c.prefix, c.colour)
                     .arg(c.statedCompletion ? *c.statedCompletion : -1);
    }
    for (const Milestone &m : project.milestones()->milestones()) {
        lines << QStringLiteral("milestone %1 %2 %3")
                     .arg(m.id)
                     .arg(m.name, m.targetDate.toString(Qt::ISODate));
    }
    QList<Task> tasks = project.tasks()->tasks();
    std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
    for (const Task &t : std::as_const(tasks)) {
        QStringList fields;
        for (int f = 0; f <= int(TaskField::VerifiedOn); ++f) {
            const auto field = static_cast<TaskField>(f);
            if (field == TaskField::Updated)
                continue;
            QVariant value = project.tasks()->fieldValue(t, field);
            if (field == TaskField::Milestones) {
                QList<qint64> ids = value.value<QList<qint64>>();
                std::sort(ids.begin(), ids.end());
                QStringList names;
                for (qint64 id : ids)
                    names << QString::number(id);
                value = names.join(u',');
            }
            fields << value.toString();
        }
        QStringList deps;
        for (qint64 d : project.dependencies().dependenciesOf(t.id))
            deps << QString::number(d);
        std::sort(deps.begin(), deps.end());
        QStringList items;
        for (const ChecklistItem &item : project.checklist(t.id))
            items << QStringLiteral("%1:%2:%3").arg(item.position).arg(item.text).arg(item.checked);
        lines << QStringLiteral("task %1 [%2] deps(%3) list(%4)")
                     .arg(t.id)
                     .arg(fields.join(u'|'), deps.join(u','), items.join(u';'));
    }
    return lines;
}

} // namespace

class TestChangeSet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void mixedChangeSetUndoesAndRedoesExactly();
    void insertedTasksLinkByKey();
    void failedCommitLeavesModelsAsTheFile_data();
    void failedCommitLeavesModelsAsTheFile();
    void bulkEditSignalsOnce();
    void bulkEditOfMixedValuesWritesEveryRow();
};

void TestChangeSet::mixedChangeSetUndoesAndRedoesExactly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mixed.candor"));
    auto project = createDemoFile(path);
    QVERIFY(project);
    QAbstractItemModelTester tester(project->tasks());
    const QStringList before = fingerprint(*project);

    const qint64 sec1 = idOf(*project, "SEC-001");
    const qint64 ops1 = idOf(*project, "OPS-001");
    QVERIFY(sec1 != 0 && ops1 != 0);
    ChangeSet changes;
    changes.setField(TaskField::Status, {sec1, ops1}, {int(Status::Done), int(Status::Review)});
    changes.setField(TaskField::Title, sec1, QStringLiteral("Renamed in a change set"));
    Component component;
    component.name = QStringLiteral("Docs");
    component.prefix = QStringLiteral("DOC");
    component.id = 9001;
    changes.add(Change::AddComponent{component});
    TaskRecord record;
    record.task.key = QStringLiteral("DOC-001");
    record.task.title = QStringLiteral("Write the manual");
    record.task.componentId = 9001;
    record.checklist = {ChecklistItem{0, 0, QStringLiteral("Outline"), true, 0},
                        ChecklistItem{0, 0, QStringLiteral("Draft"), false, 1}};
    changes.insertTasks({record});
    changes.add(Change::LinkKeys{{{QStringLiteral("DOC-001"), QStringLiteral("SEC-001")}}, {}});
    changes.add(Change::SetSetting{QStringLiteral("test.key"), 42});
    changes.add(Change::SetName{QStringLiteral("Renamed project")});

    QUndoStack *stack = project->undoStack();
    stack->push(new ChangeCommand(project.get(), changes, QStringLiteral("Mixed")));
    QCOMPARE(stack->count(), 1);
    const QStringList after = fingerprint(*project);
    QVERIFY(after != before);
    QCOMPARE(taskOf(*project, "SEC-001")->status, Status::Done);
    QCOMPARE(taskOf(*project, "DOC-001")->componentId, qint64(9001));
    const qint64 doc = idOf(*project, "DOC-001");
    QCOMPARE(project->dependencies().dependenciesOf(doc), QList<qint64>{sec1});
    QCOMPARE(project->checklist(doc).size(), 2);
    QCOMPARE(project->settings()->value(QStringLiteral("test.key")).toInt(), 42);
    QCOMPARE(fingerprint(*readBack(path)), after);

    stack->undo();
    QCOMPARE(fingerprint(*project), before);
    QCOMPARE(fingerprint(*readBack(path)), before);
    stack->redo();
    QCOMPARE(fingerprint(*project), after); // the same ids come back
    QCOMPARE(fingerprint(*readBack(path)), after);
    stack->undo();
    QCOMPARE(fingerprint(*project), before);
}

void TestChangeSet::insertedTasksLinkByKey()
{
    auto project = emptyProject();
    QVERIFY(project);
    TaskRecord a;
    a.task.key = QStringLiteral("A-1");
    a.task.title = QStringLiteral("First");
    TaskRecord b = a;
    b.task.key = QStringLiteral("A-2");
    ChangeSet changes;
    changes.insertTasks({a, b});
    changes.add(Change::LinkKeys{{{QStringLiteral("A-2"), QStringLiteral("A-1")},
                                  {QStringLiteral("A-2"), QStringLiteral("NOPE-1")}},
                                 {}});
    QVERIFY(project->apply(changes));
    const auto &link = std::get<Change::LinkKeys>(changes.operations().back());
    QCOMPARE(link.skipped.size(), 1);
    QCOMPARE(project->dependencies().dependenciesOf(idOf(*project, "A-2")),
             QList<qint64>{idOf(*project, "A-1")});

    // A cycle inside one change set is refused as a whole: nothing is written.
    ChangeSet cycle;
    TaskRecord c = a;
    c.task.key = QStringLiteral("A-3");
    cycle.insertTasks({c});
    cycle.add(Change::LinkKeys{{{QStringLiteral("A-3"), QStringLiteral("A-2")},
                                {QStringLiteral("A-1"), QStringLiteral("A-3")}},
                               {}});
    const QStringList before = fingerprint(*project);
    const WriteResult result = project->apply(cycle);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("cycle")), qPrintable(result.error()));
    QCOMPARE(fingerprint(*project), before);
    QCOMPARE(project->dependencies().edgeCount(), 1);
}

void TestChangeSet::failedCommitLeavesModelsAsTheFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("atCommit"); // fail in COMMIT itself, or in the last statement
    for (const char *kind : {"drop", "import", "bulk"}) {
        QTest::addRow("%s, last statement", kind) << QString::fromLatin1(kind) << false;
        QTest::addRow("%s, commit", kind) << QString::fromLatin1(kind) << true;
    }
}

void TestChangeSet::failedCommitLeavesModelsAsTheFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, atCommit);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fail.candor"));
    auto project = createDemoFile(path);
    QVERIFY(project);
    QSqlQuery sql(project->database().connection());
    if (atCommit) {
        // A deferred foreign key that a trigger breaks: every statement succeeds, COMMIT fails.
        QVERIFY(sql.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
        QVERIFY2(sql.exec(QStringLiteral(
                     "CREATE TEMP TRIGGER break_commit AFTER INSERT ON main.event BEGIN "
                     "INSERT INTO dependency (task_id, depends_on_id) VALUES (-1, -2); END")),
                 qPrintable(sql.lastError().text()));
    } else {
        // The last kind of row each change writes raises.
        const QString table = kind == QLatin1String("drop")     ? QStringLiteral("task")
                              : kind == QLatin1String("import") ? QStringLiteral("dependency")
                                                                : QStringLiteral("event");
        const QString when = kind == QLatin1String("drop")   ? QStringLiteral("UPDATE OF rank")
                             : kind == QLatin1String("bulk") ? QStringLiteral("INSERT")
                                                             : QStringLiteral("INSERT");
        const QString guard = kind == QLatin1String("bulk")
                                  ? QStringLiteral("WHEN (SELECT count(*) FROM seen) >= 3")
                                  : QString();
        QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TABLE seen (n INTEGER)")));
        QVERIFY2(sql.exec(QStringLiteral("CREATE TEMP TRIGGER fail_late BEFORE %1 ON main.%2 %3 "
                                         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                              .arg(when, table, guard)),
                 qPrintable(sql.lastError().text()));
        QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TRIGGER count_events AFTER INSERT ON "
                                        "main.event BEGIN INSERT INTO seen VALUES (1); END")));
    }
    const QStringList before = fingerprint(*project);
    QSignalSpy failures(project.get(), &Project::writeFailed);
    QSignalSpy resets(project->tasks(), &QAbstractItemModel::modelReset);

    QList<qint64> ids;
    for (const Task &task : project->tasks()->tasks())
        ids << task.id;
    ids = ids.mid(0, 6);
    QUndoCommand *command = nullptr;
    if (kind == QLatin1String("drop")) {
        QVariantList statuses, ranks;
        for (int i = 0; i < ids.size(); ++i) {
            statuses << int(Status::Review);
            ranks << 10.0 + i;
        }
        command = new MoveCardsCommand(
            project.get(), {{TaskField::Status, ids, statuses}, {TaskField::Rank, ids, ranks}},
            QStringLiteral("Move"));
    } else if (kind == QLatin1String("import")) {
        ImportPlan plan;
        plan.source = QStringLiteral("test.md");
        ImportedTask imported;
        imported.key = QStringLiteral("NEW-1");
        imported.title = QStringLiteral("Imported");
        plan.created = {imported};
        plan.dependencies = {{QStringLiteral("NEW-1"), QStringLiteral("SEC-001")}};
        command = new ImportCommand(project.get(), plan);
    } else {
        QVariantList priorities;
        for (int i = 0; i < ids.size(); ++i)
            priorities << int(Priority::P0);
        command = new SetTaskFieldCommand(project.get(), TaskField::Priority, ids, priorities);
    }
    project->undoStack()->push(command);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(project->undoStack()->count(), 0); // an obsolete command is dropped
    QCOMPARE(resets.size(), 0);                 // nothing to take back: the models never changed
    QCOMPARE(fingerprint(*project), before);
    QCOMPARE(fingerprint(*readBack(path)), before);
    // The connection is usable again: no transaction was left open.
    QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.break_commit")));
    QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.fail_late")));
    QVERIFY(project->setTaskField({ids.first()}, TaskField::Title, {QStringLiteral("Works")}));
    QCOMPARE(readBack(path)->tasks()->task(ids.first())->title, QStringLiteral("Works"));
}

void TestChangeSet::bulkEditSignalsOnce()
{
    auto project = emptyProject();
    QVERIFY(project);
    QList<TaskRecord> records;
    for (int i = 0; i < 200; ++i) {
        TaskRecord record;
        record.task.key = QStringLiteral("B-%1").arg(i);
        record.task.title = QStringLiteral("Task %1").arg(i);
        records << record;
    }
    QVERIFY(project->insertTasks(records));
    QSignalSpy changed(project->tasks(), &QAbstractItemModel::dataChanged);
    QSignalSpy tasksChanged(project.get(), &Project::tasksChanged);
    QList<qint64> every, contiguous;
    QVariantList done, doneContiguous;
    for (int i = 0; i < 200; i += 2) { // scattered: 100 runs of one row
        every << records.at(i).task.id;
        done << int(Status::Done);
    }
    QVERIFY(project->setTaskField(every, TaskField::Status, done));
    QCOMPARE(changed.size(), 1); // one signal over the span
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 198);
    QCOMPARE(tasksChanged.size(), 1);
    changed.clear();
    for (int i = 10; i < 20; ++i) {
        contiguous << records.at(i).task.id;
        doneContiguous << int(Status::Review);
    }
    QVERIFY(project->setTaskField(contiguous, TaskField::Status, doneContiguous));
    QCOMPARE(changed.size(), 1); // one contiguous run
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 10);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 19);
}

void TestChangeSet::bulkEditOfMixedValuesWritesEveryRow()
{
    // More tasks than one UPDATE batch and one history statement hold, with values that
    // group (three statuses) and that do not (a title each): the file must read back as the
    // models show it, with one history row per task, and undo must restore every value.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk.candor"));
    auto project = createDemoFile(path);
    QVERIFY(project);
    QList<TaskRecord> records;
    for (int i = 0; i < 600; ++i) {
        TaskRecord record;
        record.task.key = QStringLiteral("BULK-%1").arg(i);
        record.task.title = QStringLiteral("Bulk %1").arg(i);
        records << record;
    }
    QVERIFY(project->insertTasks(records));
    QList<qint64> ids;
    QVariantList statuses;
    QVariantList titles;
    for (int i = 0; i < records.size(); ++i) {
        ids << records.at(i).task.id;
        statuses << int(i % 3 == 0 ? Status::Done : i % 3 == 1 ? Status::Review : Status::Blocked);
        titles << QStringLiteral("Renamed %1").arg(i);
    }
    const QStringList original = fingerprint(*project);
    const auto readBack = [&path]() {
        OpenOptions options;
        options.readOnly = true; // beside the open project, as an export reads it
        options.takeLock = false;
        OpenError error;
        auto reread = Project::open(path, options, &error);
        return reread ? fingerprint(*reread) : QStringList{error.message};
    };
    const auto countEvents = [&](const QString &field) {
        QSqlQuery query(project->database().connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM event WHERE field = ?"));
        query.addBindValue(field);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    const int statusEventsBefore = countEvents(QStringLiteral("status"));
    auto *stack = project->undoStack();
    stack->push(new SetTaskFieldCommand(project.get(), TaskField::Status, ids, statuses));
    stack->push(new SetTaskFieldCommand(project.get(), TaskField::Title, ids, titles));
    QCOMPARE(project->tasks()->task(ids.at(4))->status, Status::Review);
    QCOMPARE(project->tasks()->task(ids.at(599))->title, QStringLiteral("Renamed 599"));
    QCOMPARE(countEvents(QStringLiteral("status")), statusEventsBefore + 600);
    QCOMPARE(readBack(), fingerprint(*project));
    stack->undo();
    stack->undo();
    QCOMPARE(fingerprint(*project), original);
    QCOMPARE(readBack(), original);
}

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
