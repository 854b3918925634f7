// SPDX-License-Identifier: MIT
// TaskModel and the models around it: consistency under edits (QAbstractItemModelTester), what
// each column shows, validation of edits, key suggestion, and TaskFilterModel's filter and sort.
#include "commands/addtaskscommand.h"
#include "commands/deletetaskscommand.h"
#include "core/roles.h"
#include "tasks/checklistmodel.h"
#include "tasks/historymodel.h"
#include "tasks/taskfiltermodel.h"
#include "testproject.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

namespace {

QStringList visibleKeys(const TaskFilterModel &proxy)
{
    QStringList keys;
    for (int row = 0; row < proxy.rowCount(); ++row)
        keys << proxy.index(row, column(TaskField::Key)).data().toString();
    return keys;
}

TaskRecord newRecord(const QString &key, const QString &title, qint64 componentId = 0)
{
    TaskRecord record;
    record.task.key = key;
    record.task.title = title;
    record.task.componentId = componentId;
    return record;
}

} // namespace

class tst_TaskModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelTester_data();
    void modelTester();

    void addMilestoneWithoutDescription();
    void headers();
    void columns_data();
    void columns();
    void taskLookups();
    void setDataPushesCommand();
    void setDataSameValuePushesNothing();
    void validation_data();
    void validation();
    void suggestKey_data();
    void suggestKey();

    void textFilter_data();
    void textFilter();
    void combinedFilter_data();
    void combinedFilter();
    void filterFollowsEdits();
    void sortByColumn_data();
    void sortByColumn();
    void sortPriorityFirst();
    void sortKeysNaturally();

private:
    QModelIndex indexOf(const char *key, TaskField field) const
    {
        const TaskModel *tasks = m_project->tasks();
        return tasks->index(tasks->rowOf(idOf(*m_project, key)), column(field));
    }

    std::unique_ptr<Project> m_project;
};

void tst_TaskModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_TaskModel::init()
{
    m_project = demoProject();
    QVERIFY(m_project);
    QCOMPARE(m_project->tasks()->rowCount(), 25);
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void tst_TaskModel::cleanup()
{
    m_project.reset();
}

void tst_TaskModel::modelTester_data()
{
    QTest::addColumn<QString>("model");
    for (const char *name : {"task", "filter", "component", "milestone", "checklist", "history"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_TaskModel::modelTester()
{
    QFETCH(QString, model);
    Project &project = *m_project;
    TaskModel *tasks = project.tasks();
    QUndoStack *stack = project.undoStack();
    const qint64 sec1 = idOf(project, "SEC-001");

    TaskFilterModel filter(tasks);
    ChecklistModel checklist(&project);
    checklist.setTaskId(sec1);
    HistoryModel history(&project);
    history.setTaskId(sec1);
    QAbstractItemModel *tested = nullptr;
    if (model == QLatin1String("task"))
        tested = tasks;
    else if (model == QLatin1String("filter"))
        tested = &filter;
    else if (model == QLatin1String("component"))
        tested = project.components();
    else if (model == QLatin1String("milestone"))
        tested = project.milestones();
    else if (model == QLatin1String("checklist"))
        tested = &checklist;
    else
        tested = &history;
    QAbstractItemModelTester tester(tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(column(TaskField::Priority));

    // Edit through the model, as a view would.
    QVERIFY(tasks->setData(indexOf("SEC-001", TaskField::Title),
                           QStringLiteral("Encrypt everything at rest")));
    QVERIFY(tasks->setData(indexOf("SEC-001", TaskField::Priority), int(Priority::P3)));
    QVERIFY(tasks->setData(indexOf("SEC-001", TaskField::Status), int(Status::Done)));
    QCOMPARE(stack->count(), 3);
    QCOMPARE(history.rowCount(), 3 + 1); // three changes after "created"

    // Filter while the source changes.
    TaskFilter text;
    text.setText(QStringLiteral("sec"));
    filter.setFilter(text);
    QVERIFY(filter.rowCount() >= 5);

    // Add and delete tasks.
    stack->push(new AddTasksCommand(
        &project, {newRecord(QStringLiteral("SEC-006"), QStringLiteral("Pen test"),
                             componentId(project, QStringLiteral("Security"))),
                   newRecord(QStringLiteral("OPS-006"), QStringLiteral("Status page"))}));
    QCOMPARE(tasks->rowCount(), 27);
    stack->push(new DeleteTasksCommand(
        &project, {idOf(project, "SEC-002"), idOf(project, "OPS-003"), idOf(project, "OPS-004")}));
    QCOMPARE(tasks->rowCount(), 24);

    // Checklist edits.
    checklist.addItem(QStringLiteral("Write the restore drill"));
    QCOMPARE(checklist.rowCount(), 5);
    checklist.moveItem(4, 0);
    QCOMPARE(checklist.index(0).data().toString(), QStringLiteral("Write the restore drill"));
    QCOMPARE(checklist.index(2).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(checklist.setData(checklist.index(2), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checklist.index(2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    checklist.removeItem(2);
    QCOMPARE(checklist.rowCount(), 4);

    // Components and milestones grow.
    Component component{0,
                        QStringLiteral("Testing"),
                        QStringLiteral("test"),
                        QStringLiteral("#2e7d32"),
                        5,
                        std::nullopt};
    QVERIFY(project.addComponent(component).ok());
    QCOMPARE(project.components()->rowCount(), 6);
    Milestone milestone{
        0, QStringLiteral("Pilot"), QStringLiteral("First customer"), QDate(2030, 1, 1), {}, 3};
    const WriteResult added = project.addMilestone(milestone);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(project.milestones()->rowCount(), 4);

    // Undo everything, then redo everything.
    const int steps = stack->count();
    QVERIFY(steps >= 9);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(tasks->rowCount(), 25);
    QCOMPARE(checklist.rowCount(), 4);
    QCOMPARE(tasks->task(sec1)->title, QStringLiteral("Implement encryption at rest"));
    filter.setFilter(TaskFilter());
    QCOMPARE(filter.rowCount(), 25);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(stack->count(), steps);
    QCOMPARE(tasks->rowCount(), 24);
    QCOMPARE(tasks->task(sec1)->status, Status::Done);
    QCOMPARE(checklist.rowCount(), 4);
    filter.sort(column(TaskField::Key), Qt::DescendingOrder);
    QCOMPARE(filter.rowCount(), 24);
}

void tst_TaskModel::addMilestoneWithoutDescription()
{
    // A milestone made in a dialog with the description left empty.
    QSignalSpy inserted(m_project->milestones(), &QAbstractItemModel::rowsInserted);
    Milestone milestone;
    milestone.name = QStringLiteral("Pilot");
    const WriteResult added = m_project->addMilestone(milestone);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(milestone.id != 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_project->milestones()->rowCount(), 4);
    QCOMPARE(m_project->milestones()->name(milestone.id), QStringLiteral("Pilot"));
    QCOMPARE(m_project->milestones()->index(3).data(ItemIdRole).toLongLong(), milestone.id);
}

void tst_TaskModel::headers()
{
    const TaskModel *tasks = m_project->tasks();
    // The fields, then the schedule's two read-only columns.
    QCOMPARE(tasks->columnCount(), TaskModel::ColumnCount);
    QCOMPARE(TaskModel::ColumnCount, TaskColumnCount + 2);
    QCOMPARE(tasks->headerData(TaskModel::CriticalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Critical"));
    QCOMPARE(tasks->headerData(column(TaskField::Key), Qt::Horizontal).toString(),
             QStringLiteral("Key"));
    QCOMPARE(tasks->headerData(column(TaskField::Priority), Qt::Horizontal).toString(),
             QStringLiteral("Priority"));
    QCOMPARE(tasks->headerData(column(TaskField::Updated), Qt::Horizontal).toString(),
             QStringLiteral("Updated"));
    for (int section = 0; section < TaskModel::ColumnCount; ++section)
        QVERIFY(!tasks->headerData(section, Qt::Horizontal).toString().isEmpty());
}

void tst_TaskModel::columns_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<TaskField>("field");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("edit"); // null: checked in the test

    QTest::newRow("key") << QByteArray("SEC-001") << TaskField::Key << QStringLiteral("SEC-001")
                         << QVariant(QStringLiteral("SEC-001"));
    QTest::newRow("title") << QByteArray("SEC-001") << TaskField::Title
                           << QStringLiteral("Implement encryption at rest")
                           << QVariant(QStringLiteral("Implement encryption at rest"));
    QTest::newRow("status") << QByteArray("SEC-001") << TaskField::Status
                            << QStringLiteral("In progress") << QVariant(int(Status::InProgress));
    QTest::newRow("status review") << QByteArray("SEC-005") << TaskField::Status
                                   << QStringLiteral("In review") << QVariant(int(Status::Review));
    QTest::newRow("priority") << QByteArray("SEC-003") << TaskField::Priority
                              << QStringLiteral("P1") << QVariant(int(Priority::P1));
    QTest::newRow("component") << QByteArray("OPS-002") << TaskField::Component
                               << QStringLiteral("Operations") << QVariant();
    QTest::newRow("assignee") << QByteArray("OPS-002") << TaskField::Assignee
                              << QStringLiteral("emeka") << QVariant(QStringLiteral("emeka"));
    QTest::newRow("estimate") << QByteArray("PERSIST-003") << TaskField::Estimate
                              << QStringLiteral("25 d") << QVariant(25.0);
    QTest::newRow("progress") << QByteArray("API-002") << TaskField::Progress
                              << QStringLiteral("80%") << QVariant(80);
    QTest::newRow("verification failed")
        << QByteArray("PERSIST-001") << TaskField::Verification << QStringLiteral("Failed")
        << QVariant(int(Verification::Failed));
    QTest::newRow("verification verified")
        << QByteArray("API-001") << TaskField::Verification << QStringLiteral("Verified")
        << QVariant(int(Verification::Verified));
    QTest::newRow("milestones") << QByteArray("SEC-002") << TaskField::Milestones
                                << QStringLiteral("Security audit") << QVariant();
    QTest::newRow("no milestones")
        << QByteArray("SEC-004") << TaskField::Milestones << QString() << QVariant();
}

void tst_TaskModel::columns()
{
    QFETCH(QByteArray, key);
    QFETCH(TaskField, field);
    QFETCH(QString, display);
    QFETCH(QVariant, edit);

    const QModelIndex index = indexOf(key.constData(), field);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(TaskIdRole).toLongLong(), idOf(*m_project, key.constData()));
    const QVariant raw = index.data(Qt::EditRole);
    if (field == TaskField::Component) {
        QCOMPARE(raw.toLongLong(), componentId(*m_project, QStringLiteral("Operations")));
    } else if (field == TaskField::Milestones) {
        QList<qint64> expected;
        if (!display.isEmpty())
            expected << milestoneId(*m_project, display);
        QCOMPARE(raw.value<QList<qint64>>(), expected);
    } else {
        QCOMPARE(raw, edit);
    }
    // The sort role carries the same raw value, never the display text.
    const QVariant sort = index.data(SortRole);
    if (field == TaskField::Milestones)
        QCOMPARE(sort.value<QList<qint64>>(), raw.value<QList<qint64>>());
    else
        QCOMPARE(sort, raw);
    if (field == TaskField::Status || field == TaskField::Priority ||
        field == TaskField::Verification)
        QCOMPARE(sort.typeId(), QMetaType::Int);
}

void tst_TaskModel::taskLookups()
{
    const TaskModel *tasks = m_project->tasks();
    const qint64 id = idOf(*m_project, "PERSIST-002");
    QVERIFY(id != 0);
    QCOMPARE(tasks->idForKey(QStringLiteral("persist-002")), id);
    QCOMPARE(tasks->idForKey(QStringLiteral("  Persist-002 ")), id);
    QCOMPARE(tasks->idForKey(QStringLiteral("PERSIST-999")), 0);
    QCOMPARE(tasks->keyOf(id), QStringLiteral("PERSIST-002"));
    QCOMPARE(tasks->taskAt(tasks->rowOf(id)).id, id);
    QVERIFY(!tasks->task(-5));
    QCOMPARE(tasks->rowOf(-5), -1);

    // Updated shows a date and sorts by the raw time.
    const QModelIndex updated = indexOf("PERSIST-002", TaskField::Updated);
    QVERIFY(!updated.data().toString().isEmpty());
    QCOMPARE(updated.data(SortRole).toLongLong(), tasks->task(id)->updated);
    QVERIFY(!(tasks->flags(updated) & Qt::ItemIsEditable));
    QVERIFY(tasks->flags(indexOf("PERSIST-002", TaskField::Title)) & Qt::ItemIsEditable);
}

void tst_TaskModel::setDataPushesCommand()
{
    TaskModel *tasks = m_project->tasks();
    QUndoStack *stack = m_project->undoStack();
    const qint64 id = idOf(*m_project, "OPS-002");
    const QModelIndex title = indexOf("OPS-002", TaskField::Title);
    const int events = int(m_project->history(id).size());
    QSignalSpy changed(tasks, &TaskModel::dataChanged);

    QVERIFY(tasks->setData(title, QStringLiteral("  Metrics and traces  ")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(title.data().toString(), QStringLiteral("Metrics and traces")); // trimmed
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_project->history(id).size(), events + 1);
    QCOMPARE(m_project->history(id).first().field, QStringLiteral("title"));
    QCOMPARE(m_project->history(id).first().oldValue, QStringLiteral("Observability backends"));
    QCOMPARE(m_project->history(id).first().newValue, QStringLiteral("Metrics and traces"));

    QVERIFY(tasks->setData(indexOf("OPS-002", TaskField::Progress), QStringLiteral("55")));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(tasks->task(id)->progress, 55);
    QVERIFY(tasks->setData(indexOf("OPS-002", TaskField::Estimate), QStringLiteral("")));
    QCOMPARE(stack->count(), 3);
    QVERIFY(!tasks->task(id)->estimate.has_value());

    stack->undo();
    QCOMPARE(tasks->task(id)->estimate, std::optional<double>(6.0));
    stack->undo();
    QCOMPARE(tasks->task(id)->progress, 30);
    stack->undo();
    QCOMPARE(title.data().toString(), QStringLiteral("Observability backends"));
    stack->redo();
    QCOMPARE(title.data().toString(), QStringLiteral("Metrics and traces"));

    // Only the edit role edits.
    QVERIFY(!tasks->setData(title, QStringLiteral("Nope"), Qt::DisplayRole));
    QCOMPARE(title.data().toString(), QStringLiteral("Metrics and traces"));
}

void tst_TaskModel::setDataSameValuePushesNothing()
{
    TaskModel *tasks = m_project->tasks();
    QVERIFY(tasks->setData(indexOf("SEC-001", TaskField::Progress), 40));
    QVERIFY(tasks->setData(indexOf("SEC-001", TaskField::Title),
                           QStringLiteral("Implement encryption at rest ")));
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void tst_TaskModel::validation_data()
{
    QTest::addColumn<TaskField>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("stored"); // the raw value after an accepted edit

    const auto text = [](const char *value) { return QVariant(QString::fromUtf8(value)); };
    QTest::newRow("empty title") << TaskField::Title << text("") << false << QVariant();
    QTest::newRow("whitespace title") << TaskField::Title << text(" \t ") << false << QVariant();
    QTest::newRow("long title") << TaskField::Title << QVariant(QString(501, u'x')) << false
                                << QVariant();
    QTest::newRow("valid title") << TaskField::Title << text("Sign the tokens") << true
                                 << text("Sign the tokens");
    QTest::newRow("duplicate key, other case")
        << TaskField::Key << text("sec-001") << false << QVariant();
    QTest::newRow("duplicate key") << TaskField::Key << text("OPS-001") << false << QVariant();
    QTest::newRow("key with a space") << TaskField::Key << text("SEC 010") << false << QVariant();
    QTest::newRow("empty key") << TaskField::Key << text("  ") << false << QVariant();
    QTest::newRow("key too long") << TaskField::Key << QVariant(QString(33, u'K')) << false
                                  << QVariant();
    QTest::newRow("valid key") << TaskField::Key << text(" SEC-010 ") << true << text("SEC-010");
    QTest::newRow("own key, other case")
        << TaskField::Key << text("sec-002") << true << text("sec-002");
    QTest::newRow("estimate -1") << TaskField::Estimate << QVariant(-1.0) << false << QVariant();
    QTest::newRow("estimate 1001") << TaskField::Estimate << QVariant(1001) << false << QVariant();
    QTest::newRow("estimate text") << TaskField::Estimate << text("soon") << false << QVariant();
    QTest::newRow("estimate 1000")
        << TaskField::Estimate << QVariant(1000) << true << QVariant(1000.0);
    QTest::newRow("estimate 2.5") << TaskField::Estimate << text("2.5") << true << QVariant(2.5);
    QTest::newRow("progress 101") << TaskField::Progress << QVariant(101) << false << QVariant();
    QTest::newRow("progress -1") << TaskField::Progress << QVariant(-1) << false << QVariant();
    QTest::newRow("progress 100") << TaskField::Progress << QVariant(100) << true << QVariant(100);
    QTest::newRow("progress 1") << TaskField::Progress << QVariant(1) << true << QVariant(1);
    QTest::newRow("status 7") << TaskField::Status << QVariant(7) << false << QVariant();
    QTest::newRow("status done") << TaskField::Status << QVariant(int(Status::Done)) << true
                                 << QVariant(int(Status::Done));
    QTest::newRow("priority 4") << TaskField::Priority << QVariant(4) << false << QVariant();
    QTest::newRow("unknown component")
        << TaskField::Component << QVariant(qint64(9999)) << false << QVariant();
    QTest::newRow("no component") << TaskField::Component << QVariant(qint64(0)) << true
                                  << QVariant(qint64(0));
}

void tst_TaskModel::validation()
{
    QFETCH(TaskField, field);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(QVariant, stored);

    TaskModel *tasks = m_project->tasks();
    const QModelIndex index = indexOf("SEC-002", field);
    QVERIFY(index.isValid());
    const QVariant before = index.data(Qt::EditRole);
    QSignalSpy rejected(tasks, &TaskModel::editRejected);

    QCOMPARE(tasks->setData(index, value), accepted);
    if (accepted) {
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(m_project->undoStack()->count(), 1);
        QCOMPARE(index.data(Qt::EditRole), stored);
        m_project->undoStack()->undo();
        QCOMPARE(index.data(Qt::EditRole), before);
    } else {
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().at(0).value<QModelIndex>(), index);
        const QString message = rejected.first().at(1).toString();
        QVERIFY(!message.trimmed().isEmpty());
        QCOMPARE(index.data(Qt::EditRole), before);
        QCOMPARE(m_project->undoStack()->count(), 0);
        // The project's own write refuses the same value (no path around validation).
        const WriteResult direct = m_project->setTaskField({idOf(*m_project, "SEC-002")}, field,
                                                           {Project::normalised(field, value)});
        QVERIFY(!direct.ok());
        QCOMPARE(index.data(Qt::EditRole), before);
    }
}

void tst_TaskModel::suggestKey_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("expected");
    QTest::newRow("security") << QStringLiteral("Security") << QStringLiteral("SEC-006");
    QTest::newRow("persistence") << QStringLiteral("Persistence") << QStringLiteral("PERSIST-006");
    QTest::newRow("no component") << QString() << QStringLiteral("TASK-001");
}

void tst_TaskModel::suggestKey()
{
    QFETCH(QString, component);
    QFETCH(QString, expected);
    const qint64 id = component.isEmpty() ? 0 : componentId(*m_project, component);
    QVERIFY(component.isEmpty() || id != 0);
    QCOMPARE(m_project->suggestKey(id), expected);
    QCOMPARE(m_project->validate(TaskField::Key, expected, 0), QString());

    // The suggestion moves on once it is taken, and skips past the highest number.
    QList<TaskRecord> records{newRecord(expected, QStringLiteral("Taken"), id)};
    QVERIFY(m_project->insertTasks(records).ok());
    QVERIFY(m_project->suggestKey(id) != expected);
    if (id != 0) {
        const QString prefix = m_project->components()->prefix(id);
        records = {newRecord(prefix + QStringLiteral("-041"), QStringLiteral("Far ahead"), id)};
        QVERIFY(m_project->insertTasks(records).ok());
        QCOMPARE(m_project->suggestKey(id), prefix + QStringLiteral("-042"));
    }
}

void tst_TaskModel::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("title, other case")
        << QStringLiteral("ENCRYPTION") << QStringList{QStringLiteral("SEC-001")};
    QTest::newRow("key prefix, lower case")
        << QStringLiteral("ops-")
        << QStringList{QStringLiteral("OPS-001"), QStringLiteral("OPS-002"),
                       QStringLiteral("OPS-003"), QStringLiteral("OPS-004"),
                       QStringLiteral("OPS-005")};
    QTest::newRow("description") << QStringLiteral("4 OF 99")
                                 << QStringList{QStringLiteral("PERSIST-001")};
    QTest::newRow("description words")
        << QStringLiteral("key store") << QStringList{QStringLiteral("SEC-001")};
    QTest::newRow("padded") << QStringLiteral("  rate limiting ")
                            << QStringList{QStringLiteral("API-002")};
    QTest::newRow("nothing") << QStringLiteral("kubernetes-operator") << QStringList();
}

void tst_TaskModel::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    TaskFilterModel proxy(m_project->tasks());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TaskFilter filter;
    filter.setText(text);
    proxy.setFilter(filter);
    QStringList keys = visibleKeys(proxy);
    keys.sort();
    QCOMPARE(keys, expected);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.proxyRowOf(proxy.taskId(row)) == row);

    proxy.setFilter(TaskFilter());
    QCOMPARE(proxy.rowCount(), 25);
}

void tst_TaskModel::combinedFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Status>>("statuses");
    QTest::addColumn<QList<Priority>>("priorities");
    QTest::addColumn<QStringList>("components");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("done") << QString() << QList<Status>{Status::Done} << QList<Priority>{}
                          << QStringList{}
                          << QStringList{
                                 QStringLiteral("API-001"),     QStringLiteral("API-003"),
                                 QStringLiteral("API-005"),     QStringLiteral("DOCS-003"),
                                 QStringLiteral("OPS-001"),     QStringLiteral("OPS-005"),
                                 QStringLiteral("PERSIST-001"), QStringLiteral("PERSIST-004"),
                                 QStringLiteral("PERSIST-005"), QStringLiteral("SEC-004")};
    QTest::newRow("P0") << QString() << QList<Status>{} << QList<Priority>{Priority::P0}
                        << QStringList{}
                        << QStringList{QStringLiteral("PERSIST-001"), QStringLiteral("SEC-001"),
                                       QStringLiteral("SEC-002")};
    QTest::newRow("done AND P0") << QString() << QList<Status>{Status::Done}
                                 << QList<Priority>{Priority::P0} << QStringList{}
                                 << QStringList{QStringLiteral("PERSIST-001")};
    QTest::newRow("security AND todo")
        << QString() << QList<Status>{Status::Todo} << QList<Priority>{}
        << QStringList{QStringLiteral("Security")}
        << QStringList{QStringLiteral("SEC-002"), QStringLiteral("SEC-003")};
    QTest::newRow("two statuses AND component")
        << QString() << QList<Status>{Status::Todo, Status::Blocked} << QList<Priority>{}
        << QStringList{QStringLiteral("Persistence")} << QStringList{QStringLiteral("PERSIST-003")};
    QTest::newRow("two components AND P2")
        << QString() << QList<Status>{} << QList<Priority>{Priority::P2}
        << QStringList{QStringLiteral("Security"), QStringLiteral("Operations")}
        << QStringList{QStringLiteral("OPS-004"), QStringLiteral("OPS-005"),
                       QStringLiteral("SEC-004")};
    QTest::newRow("text AND done")
        << QStringLiteral("api") << QList<Status>{Status::Done} << QList<Priority>{}
        << QStringList{}
        << QStringList{QStringLiteral("API-001"), QStringLiteral("API-003"),
                       QStringLiteral("API-005"), QStringLiteral("DOCS-003")};
    QTest::newRow("text AND status AND priority AND component")
        << QStringLiteral("api") << QList<Status>{Status::Done, Status::Todo}
        << QList<Priority>{Priority::P1, Priority::P2} << QStringList{QStringLiteral("API")}
        << QStringList{QStringLiteral("API-001"), QStringLiteral("API-003"),
                       QStringLiteral("API-004"), QStringLiteral("API-005")};
    QTest::newRow("contradiction") << QStringLiteral("SEC-004") << QList<Status>{Status::Todo}
                                   << QList<Priority>{} << QStringList{} << QStringList{};
}

void tst_TaskModel::combinedFilter()
{
    QFETCH(QString, text);
    QFETCH(QList<Status>, statuses);
    QFETCH(QList<Priority>, priorities);
    QFETCH(QStringList, components);
    QFETCH(QStringList, expected);

    TaskFilterModel proxy(m_project->tasks());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TaskFilter filter;
    filter.setText(text);
    for (Status status : statuses)
        filter.statuses.insert(status);
    for (Priority priority : priorities)
        filter.priorities.insert(priority);
    for (const QString &name : components) {
        const qint64 id = componentId(*m_project, name);
        QVERIFY2(id != 0, qPrintable(name));
        filter.components.insert(id);
    }
    QVERIFY(!filter.isEmpty());
    proxy.setFilter(filter);
    QCOMPARE(proxy.filter(), filter);
    QStringList keys = visibleKeys(proxy);
    keys.sort();
    QCOMPARE(keys, expected);
}

void tst_TaskModel::filterFollowsEdits()
{
    TaskFilterModel proxy(m_project->tasks());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TaskFilter filter;
    filter.statuses.insert(Status::Blocked);
    proxy.setFilter(filter);
    QCOMPARE(visibleKeys(proxy), QStringList{QStringLiteral("PERSIST-003")});
    QVERIFY(
        m_project->tasks()->setData(indexOf("OPS-004", TaskField::Status), int(Status::Blocked)));
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(proxy.proxyRowOf(idOf(*m_project, "OPS-004")) >= 0);
    m_project->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.proxyRowOf(idOf(*m_project, "OPS-004")), -1);
}

void tst_TaskModel::sortByColumn_data()
{
    QTest::addColumn<TaskField>("field");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = 0; c < TaskColumnCount; ++c) {
        const auto field = static_cast<TaskField>(c);
        QTest::addRow("%s ascending", qPrintable(fieldName(field))) << field << Qt::AscendingOrder;
        QTest::addRow("%s descending", qPrintable(fieldName(field)))
            << field << Qt::DescendingOrder;
    }
}

void tst_TaskModel::sortByColumn()
{
    QFETCH(TaskField, field);
    QFETCH(Qt::SortOrder, order);
    // One task changed later than the others, so that Updated has something to sort.
    QVERIFY(m_project->tasks()->setData(indexOf("DOCS-002", TaskField::Assignee),
                                        QStringLiteral("Zoe")));
    TaskFilterModel proxy(m_project->tasks());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column(field), order);
    QCOMPARE(proxy.rowCount(), 25);

    const ComponentModel *components = m_project->components();
    // Expected order from the raw values, independent of TaskModel::compare.
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QModelIndex a =
            proxy.index(order == Qt::AscendingOrder ? row - 1 : row, column(field));
        const QModelIndex b =
            proxy.index(order == Qt::AscendingOrder ? row : row - 1, column(field));
        const QVariant va = a.data(SortRole);
        const QVariant vb = b.data(SortRole);
        const QString context = QStringLiteral("%1 then %2")
                                    .arg(proxy.index(a.row(), 0).data().toString(),
                                         proxy.index(b.row(), 0).data().toString());
        switch (field) {
        case TaskField::Key: {
            // Demo keys are PREFIX-NNN: by prefix, then by number (more in sortKeysNaturally).
            const QString ka = va.toString();
            const QString kb = vb.toString();
            const QString pa = ka.section(u'-', 0, 0);
            const QString pb = kb.section(u'-', 0, 0);
            const int byPrefix = pa.compare(pb, Qt::CaseInsensitive);
            QVERIFY2(byPrefix < 0 || (byPrefix == 0 &&
                                      ka.section(u'-', 1).toInt() <= kb.section(u'-', 1).toInt()),
                     qPrintable(context));
            break;
        }
        case TaskField::Title:
        case TaskField::Assignee:
            QVERIFY2(va.toString().compare(vb.toString(), Qt::CaseInsensitive) <= 0,
                     qPrintable(context));
            break;
        case TaskField::Status:
        case TaskField::Priority:
        case TaskField::Progress:
        case TaskField::Verification:
        case TaskField::Updated:
            QVERIFY2(va.toLongLong() <= vb.toLongLong(), qPrintable(context));
            break;
        case TaskField::Estimate:
            QVERIFY2(va.isNull() || (!vb.isNull() && va.toDouble() <= vb.toDouble()),
                     qPrintable(context));
            break;
        case TaskField::Component:
            QVERIFY2(components->sortKey(va.toLongLong()) <= components->sortKey(vb.toLongLong()),
                     qPrintable(context));
            break;
        case TaskField::Milestones:
            QVERIFY2(a.data().toString() <= b.data().toString(), qPrintable(context));
            break;
        default:
            QFAIL("not a column");
        }
    }
}

void tst_TaskModel::sortPriorityFirst()
{
    TaskFilterModel proxy(m_project->tasks());
    proxy.sort(column(TaskField::Priority), Qt::AscendingOrder);
    const int priority = column(TaskField::Priority);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(proxy.index(row, priority).data().toString(), QStringLiteral("P0"));
    QCOMPARE(proxy.index(3, priority).data().toString(), QStringLiteral("P1"));
    QCOMPARE(proxy.index(24, priority).data().toString(), QStringLiteral("P3"));
    // Ties keep load order: SEC-001 was loaded before SEC-002 and PERSIST-001.
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("SEC-001"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("SEC-002"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("PERSIST-001"));

    proxy.sort(priority, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, priority).data().toString(), QStringLiteral("P3"));
    QCOMPARE(proxy.index(24, priority).data().toString(), QStringLiteral("P0"));

    // A changed priority moves the row at once.
    proxy.sort(priority, Qt::AscendingOrder);
    QVERIFY(
        m_project->tasks()->setData(indexOf("DOCS-004", TaskField::Priority), int(Priority::P0)));
    QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("DOCS-004"));
}

void tst_TaskModel::sortKeysNaturally()
{
    QList<TaskRecord> records{newRecord(QStringLiteral("ZZ-10"), QStringLiteral("Ten")),
                              newRecord(QStringLiteral("ZZ-2"), QStringLiteral("Two")),
                              newRecord(QStringLiteral("zz-9"), QStringLiteral("Nine")),
                              newRecord(QStringLiteral("ZZ-100"), QStringLiteral("Hundred"))};
    QVERIFY(m_project->insertTasks(records).ok());
    TaskFilterModel proxy(m_project->tasks());
    TaskFilter filter;
    filter.setText(QStringLiteral("zz-"));
    proxy.setFilter(filter);
    proxy.sort(column(TaskField::Key), Qt::AscendingOrder);
    QCOMPARE(visibleKeys(proxy), (QStringList{QStringLiteral("ZZ-2"), QStringLiteral("zz-9"),
                                              QStringLiteral("ZZ-10"), QStringLiteral("ZZ-100")}));
    proxy.sort(column(TaskField::Key), Qt::DescendingOrder);
    QCOMPARE(visibleKeys(proxy), (QStringList{QStringLiteral("ZZ-100"), QStringLiteral("ZZ-10"),
                                              QStringLiteral("zz-9"), QStringLiteral("ZZ-2")}));

    // Across the whole demo project: SEC-002 before SEC-005 before SEC-010 (not text order).
    records = {newRecord(QStringLiteral("SEC-10"), QStringLiteral("Ten"))};
    QVERIFY(m_project->insertTasks(records).ok());
    proxy.setFilter(TaskFilter());
    proxy.sort(column(TaskField::Key), Qt::AscendingOrder);
    const QStringList keys = visibleKeys(proxy);
    QVERIFY(keys.indexOf(QStringLiteral("SEC-005")) < keys.indexOf(QStringLiteral("SEC-10")));
    QVERIFY(keys.indexOf(QStringLiteral("API-005")) < keys.indexOf(QStringLiteral("DOCS-001")));
}

QTEST_GUILESS_MAIN(tst_TaskModel)
#include "tst_taskmodel.moc"
