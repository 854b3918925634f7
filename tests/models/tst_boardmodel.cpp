// SPDX-License-Identifier: MIT
// The Kanban board's model: where every card sits (lane, status column, rank order), how it
// follows edits made elsewhere, moves and drops as single undo steps checked against the
// project file, the MIME payload, the Done policy, WIP limits and checklist counts.
#include "board/boardmodel.h"
#include "board/boardsettings.h"
#include "board/cardranks.h"
#include "commands/addcomponentcommand.h"
#include "commands/addtaskscommand.h"
#include "commands/checklistcommands.h"
#include "commands/deletetaskscommand.h"
#include "commands/setprojectsettingcommand.h"
#include "commands/settaskfieldcommand.h"
#include "core/roles.h"
#include "project/projectsettings.h"
#include "tasks/taskfiltermodel.h"
#include "testproject.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace Candor;
using namespace CandorTest;

namespace {

constexpr int todo = int(Status::Todo);
constexpr int inProgress = int(Status::InProgress);
constexpr int blocked = int(Status::Blocked);
constexpr int review = int(Status::Review);
constexpr int done = int(Status::Done);
constexpr int cancelled = int(Status::Cancelled);

QString rankText(double rank)
{
    return QString::number(rank, 'g', 17);
}

// The lane a task belongs in, worked out independently of the board.
int expectedLane(const BoardModel &board, const Task &task)
{
    switch (board.swimlanes()) {
    case Swimlanes::None:
        return 0;
    case Swimlanes::Priority:
        return int(task.priority);
    case Swimlanes::Component: {
        const QList<Component> components = board.project()->components()->components();
        for (qsizetype i = 0; i < components.size(); ++i) {
            if (components.at(i).id == task.componentId)
                return int(i);
        }
        return int(components.size()); // "No component", last
    }
    }
    return -1;
}

int expectedLaneCount(const BoardModel &board)
{
    switch (board.swimlanes()) {
    case Swimlanes::None:
        return 1;
    case Swimlanes::Priority:
        return PriorityCount;
    case Swimlanes::Component:
        return int(board.project()->components()->components().size()) + 1;
    }
    return -1;
}

// Empty when the board shows every task the filter accepts exactly once, in its cell, in
// (rank, id) order, and its counts, estimates and indexes agree; else what is wrong.
QString placementProblem(const BoardModel &board, const TaskFilter &filter)
{
    const TaskModel *tasks = board.project()->tasks();
    if (board.laneCount() != expectedLaneCount(board))
        return QStringLiteral("%1 lanes, expected %2")
            .arg(board.laneCount())
            .arg(expectedLaneCount(board));
    if (board.rowCount() != board.laneCount())
        return QStringLiteral("rowCount() %1 != laneCount()").arg(board.rowCount());
    QList<int> columnCounts(BoardModel::ColumnCount, 0);
    QList<double> columnDays(BoardModel::ColumnCount, 0.0);
    int shownCount = 0;
    for (const Task &task : tasks->tasks()) {
        const BoardModel::Position position = board.positionOf(task.id);
        if (!filter.matches(task)) {
            if (position.isValid() || board.indexOf(task.id).isValid())
                return QStringLiteral("%1 is shown but filtered out").arg(task.key);
            continue;
        }
        ++shownCount;
        columnCounts[int(task.status)] += 1;
        columnDays[int(task.status)] += task.estimate.value_or(0);
        const int lane = expectedLane(board, task);
        if (position.lane != lane || position.column != int(task.status))
            return QStringLiteral("%1 is in lane %2 column %3, expected lane %4 column %5")
                .arg(task.key)
                .arg(position.lane)
                .arg(position.column)
                .arg(lane)
                .arg(int(task.status));
        if (board.cards(lane, int(task.status)).count(task.id) != 1)
            return QStringLiteral("%1 is not shown exactly once in its cell").arg(task.key);
        const QModelIndex card = board.indexOf(task.id);
        if (!card.isValid() || card.row() != position.row ||
            card.parent() != board.cellIndex(lane, int(task.status)) ||
            card.data(TaskIdRole).toLongLong() != task.id || board.task(card) != &task ||
            card.data().toString() != task.key + QLatin1Char(' ') + task.title)
            return QStringLiteral("the index of %1 is wrong").arg(task.key);
    }
    int placedCount = 0;
    for (int lane = 0; lane < board.laneCount(); ++lane) {
        const QModelIndex laneIndex = board.laneIndex(lane);
        if (board.rowCount(laneIndex) != BoardModel::ColumnCount ||
            laneIndex.data().toString() != board.laneTitle(lane))
            return QStringLiteral("lane %1 is wrong").arg(lane);
        int laneCount = 0;
        for (int column = 0; column < BoardModel::ColumnCount; ++column) {
            const QList<qint64> &cards = board.cards(lane, column);
            const QModelIndex cell = board.cellIndex(lane, column);
            if (board.rowCount(cell) != cards.size() || cell.parent() != laneIndex)
                return QStringLiteral("cell %1/%2: rowCount or parent wrong").arg(lane).arg(column);
            for (qsizetype row = 0; row < cards.size(); ++row) {
                const Task *task = tasks->task(cards.at(row));
                if (!task)
                    return QStringLiteral("cell %1/%2 shows a deleted task").arg(lane).arg(column);
                if (row == 0)
                    continue;
                const Task *previous = tasks->task(cards.at(row - 1));
                const bool inOrder = previous->rank < task->rank ||
                                     (previous->rank == task->rank && previous->id < task->id);
                if (!inOrder)
                    return QStringLiteral("cell %1/%2: %3 (rank %4) before %5 (rank %6)")
                        .arg(lane)
                        .arg(column)
                        .arg(previous->key, rankText(previous->rank), task->key,
                             rankText(task->rank));
            }
            placedCount += int(cards.size());
            laneCount += int(cards.size());
        }
        if (board.laneCardCount(lane) != laneCount)
            return QStringLiteral("laneCardCount(%1) is wrong").arg(lane);
    }
    if (placedCount != shownCount)
        return QStringLiteral("%1 cards placed, %2 tasks shown").arg(placedCount).arg(shownCount);
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        if (board.columnCardCount(column) != columnCounts.at(column))
            return QStringLiteral("column %1 counts %2 cards, expected %3")
                .arg(column)
                .arg(board.columnCardCount(column))
                .arg(columnCounts.at(column));
        if (!qFuzzyCompare(1 + board.columnEstimate(column), 1 + columnDays.at(column)))
            return QStringLiteral("column %1 estimates %2 days, expected %3")
                .arg(column)
                .arg(board.columnEstimate(column))
                .arg(columnDays.at(column));
    }
    return {};
}

QStringList keysOfCell(const BoardModel &board, int lane, int column)
{
    QStringList keys;
    for (qint64 id : board.cards(lane, column))
        keys << board.project()->tasks()->keyOf(id);
    return keys;
}

// Empty when the ranks of the cell's cards are strictly increasing.
QString strictRankProblem(const BoardModel &board, int lane, int column)
{
    const QList<qint64> &cards = board.cards(lane, column);
    const TaskModel *tasks = board.project()->tasks();
    for (qsizetype row = 1; row < cards.size(); ++row) {
        const Task *previous = tasks->task(cards.at(row - 1));
        const Task *task = tasks->task(cards.at(row));
        if (!(previous->rank < task->rank))
            return QStringLiteral("%1 (rank %2) not strictly before %3 (rank %4)")
                .arg(previous->key, rankText(previous->rank), task->key, rankText(task->rank));
    }
    return {};
}

// What the board depends on, per task: "KEY status priority component rank", sorted.
QStringList boardFields(const Project &project)
{
    QStringList lines;
    for (const Task &task : project.tasks()->tasks()) {
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(task.key)
                     .arg(int(task.status))
                     .arg(int(task.priority))
                     .arg(task.componentId)
                     .arg(rankText(task.rank));
    }
    lines.sort();
    return lines;
}

QStringList boardFieldsOnDisk(const QString &path)
{
    const auto reader = readBack(path);
    return reader ? boardFields(*reader) : QStringList{QStringLiteral("<unreadable>")};
}

QList<qint64> idsOf(const Project &project, const QStringList &keys)
{
    QList<qint64> ids;
    for (const QString &key : keys)
        ids << idOf(project, key);
    return ids;
}

QStringList keyList(std::initializer_list<const char *> keys)
{
    QStringList list;
    for (const char *key : keys)
        list << QString::fromLatin1(key);
    return list;
}

QList<qint64> idsOf(const Project &project, std::initializer_list<const char *> keys)
{
    return idsOf(project, keyList(keys));
}

Swimlanes swimlanesNamed(const QString &name)
{
    if (name == QLatin1String("priority"))
        return Swimlanes::Priority;
    if (name == QLatin1String("component"))
        return Swimlanes::Component;
    return Swimlanes::None;
}

void addSwimlaneRows()
{
    QTest::addColumn<QString>("lanes");
    QTest::newRow("no swimlanes") << QStringLiteral("none");
    QTest::newRow("priority") << QStringLiteral("priority");
    QTest::newRow("component") << QStringLiteral("component");
}

TaskRecord newTask(const QString &key, Status status, Priority priority, qint64 component,
                   double rank)
{
    TaskRecord record;
    record.task.key = key;
    record.task.title = QStringLiteral("Task ") + key;
    record.task.status = status;
    record.task.priority = priority;
    record.task.componentId = component;
    record.task.rank = rank;
    record.task.estimate = 2;
    return record;
}

// A column's WIP limit, -1 for none.
int limitOf(const ProjectSettings &settings, Status column)
{
    return BoardSettings::wipLimit(settings, column).value_or(-1);
}

} // namespace

class tst_BoardModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelTester_data();
    void modelTester();
    void placement_data();
    void placement();
    void filterHidesCards_data();
    void filterHidesCards();

    void followsFieldEdits_data();
    void followsFieldEdits();
    void titleAndEstimateRepaintOnly();
    void followsInsertAndDelete();
    void componentLanesFollowComponents();
    void announcedRangeOfChanges_data();
    void announcedRangeOfChanges();
    void bulkInsertAndDeleteRebuildForChanges();

    void moveOneCard_data();
    void moveOneCard();
    void moveSeveralCards_data();
    void moveSeveralCards();
    void samePlaceChangesNothing_data();
    void samePlaceChangesNothing();
    void manyDropsIntoOneGapRenumber();
    void undoRedoOfMultiCardMoveOnDisk();
    void nudgeMovesByKeyboardSteps();
    void setPriorityIsOneStep();
    void invalidTargetsChangeNothing_data();
    void invalidTargetsChangeNothing();

    void mimeDataOfCards();
    void dropMovesCards_data();
    void dropMovesCards();
    void dropIgnored_data();
    void dropIgnored();

    void donePolicyRefuses();
    void donePolicyAsks_data();
    void donePolicyAsks();
    void doneWithDependencyMovedAlong();

    void wipLimitsPersist();
    void readOnlyProjectRefuses();
    void checklistCountsFollowCommands_data();
    void checklistCountsFollowCommands();

private:
    void openBoard(std::unique_ptr<Project> project);
    void closeBoard();
    bool reopen();
    QString placementProblem() const { return ::placementProblem(*m_board, m_filter->filter()); }
    qint64 id(const char *key) const { return idOf(*m_project, key); }
    QUndoStack *stack() const { return m_project->undoStack(); }
    int laneNamed(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskFilterModel> m_filter;
    std::unique_ptr<BoardModel> m_board;
};

void tst_BoardModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void tst_BoardModel::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("board-%1.candor").arg(++counter));
    auto project = createDemoFile(m_path);
    QVERIFY(project);
    openBoard(std::move(project));
    QCOMPARE(stack()->count(), 0);
}

void tst_BoardModel::cleanup()
{
    closeBoard();
}

void tst_BoardModel::openBoard(std::unique_ptr<Project> project)
{
    closeBoard();
    m_project = std::move(project);
    m_filter = std::make_unique<TaskFilterModel>(m_project->tasks());
    m_board = std::make_unique<BoardModel>(m_project.get(), m_filter.get());
}

void tst_BoardModel::closeBoard()
{
    m_board.reset();
    m_filter.reset();
    m_project.reset();
}

bool tst_BoardModel::reopen()
{
    const Swimlanes lanes = m_board ? m_board->swimlanes() : Swimlanes::None;
    closeBoard();
    OpenError error;
    auto project = Project::open(m_path, OpenOptions{}, &error);
    if (!project) {
        qWarning("Cannot reopen %s: %s", qPrintable(m_path), qPrintable(error.message));
        return false;
    }
    openBoard(std::move(project));
    m_board->setSwimlanes(lanes);
    return true;
}

// A lane by its title: "P0".."P3", a component's name, "No component" or "All tasks".
int tst_BoardModel::laneNamed(const QString &name) const
{
    for (int lane = 0; lane < m_board->laneCount(); ++lane) {
        if (m_board->laneTitle(lane) == name)
            return lane;
    }
    qWarning("No lane %s", qPrintable(name));
    return -1;
}

// --- The model as a whole

void tst_BoardModel::modelTester_data()
{
    addSwimlaneRows();
}

void tst_BoardModel::modelTester()
{
    QFETCH(QString, lanes);
    m_board->setSwimlanes(swimlanesNamed(lanes));
    QAbstractItemModelTester tester(m_board.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto check = [this](const QString &step) {
        const QString problem = placementProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(step + QStringLiteral(": ") + problem));
    };
#define CHECK(step)                                                                                \
    do {                                                                                           \
        check(QStringLiteral(step));                                                               \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
    CHECK("start");
    Project *project = m_project.get();
    const qint64 sec3 = id("SEC-003");
    const qint64 operations = componentId(*project, QStringLiteral("Operations"));

    stack()->push(new SetTaskFieldCommand(project, TaskField::Status, {sec3}, {review}));
    CHECK("status");
    stack()->push(
        new SetTaskFieldCommand(project, TaskField::Priority, {sec3}, {int(Priority::P0)}));
    CHECK("priority");
    stack()->push(
        new SetTaskFieldCommand(project, TaskField::Component, {sec3}, {QVariant(operations)}));
    CHECK("component");
    stack()->push(new SetTaskFieldCommand(project, TaskField::Rank, {sec3}, {-5.0}));
    CHECK("rank");
    stack()->push(new SetTaskFieldCommand(project, TaskField::Title, {sec3},
                                          {QStringLiteral("Rotate every key")}));
    CHECK("title");
    stack()->push(new SetTaskFieldCommand(
        project, TaskField::Status,
        idsOf(*project,
              {QStringLiteral("SEC-001"), QStringLiteral("OPS-004"), QStringLiteral("DOCS-003")}),
        {blocked, done, todo}));
    CHECK("bulk status");

    const int lastLane = m_board->laneCount() - 1;
    QVERIFY(
        m_board->moveCards(idsOf(*project, {QStringLiteral("SEC-002"), QStringLiteral("OPS-001"),
                                            QStringLiteral("API-002")}),
                           lastLane, inProgress, 1));
    CHECK("move three");
    m_board->setDoneConfirmer([](const QStringList &) { return true; });
    QVERIFY(m_board->moveCards(idsOf(*project, {QStringLiteral("DOCS-005")}), 0, done, 0));
    CHECK("move into done");
    QVERIFY(m_board->moveCards(idsOf(*project, {QStringLiteral("PERSIST-005")}), 0, todo, -1));
    CHECK("move to the end");

    TaskFilter filter;
    filter.statuses = {Status::Todo, Status::InProgress};
    m_filter->setFilter(filter);
    CHECK("status filter");
    QVERIFY(m_board->moveCards(idsOf(*project, {QStringLiteral("OPS-002")}), 0, review, 0));
    CHECK("move out of the filter");
    filter = {};
    filter.setText(QStringLiteral("api"));
    m_filter->setFilter(filter);
    CHECK("text filter");
    m_filter->setFilter({});
    CHECK("no filter");

    auto *add = new AddTasksCommand(
        project, {newTask(QStringLiteral("OPS-010"), Status::Todo, Priority::P1, operations, 2500),
                  newTask(QStringLiteral("NEW-001"), Status::Review, Priority::P3, 0, 1)});
    stack()->push(add);
    CHECK("add");
    const QList<qint64> added = add->taskIds();
    stack()->push(new DeleteTasksCommand(
        project, {added.first(), id("SEC-001"), id("API-001"), id("PERSIST-003")}));
    CHECK("delete");

    // Many rows at once: the board rebuilds rather than following each.
    QList<TaskRecord> many;
    for (int i = 0; i < 300; ++i)
        many << newTask(QStringLiteral("BULK-%1").arg(i), static_cast<Status>(i % StatusCount),
                        static_cast<Priority>(i % PriorityCount), i % 3 ? operations : 0, i * 3.0);
    auto *bulk = new AddTasksCommand(project, many);
    stack()->push(bulk);
    CHECK("add 300");
    QCOMPARE(m_board->columnCardCount(todo) + m_board->columnCardCount(inProgress) +
                 m_board->columnCardCount(blocked) + m_board->columnCardCount(review) +
                 m_board->columnCardCount(done) + m_board->columnCardCount(cancelled),
             int(project->tasks()->rowCount()));
    stack()->push(new DeleteTasksCommand(project, bulk->taskIds()));
    CHECK("delete 300");

    const int steps = stack()->count();
    QVERIFY(steps >= 12);
    while (stack()->canUndo()) {
        stack()->undo();
        check(QStringLiteral("undo to %1").arg(stack()->index()));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(boardFields(*project), boardFieldsOnDisk(m_path));
    while (stack()->canRedo()) {
        stack()->redo();
        check(QStringLiteral("redo to %1").arg(stack()->index()));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(boardFields(*project), boardFieldsOnDisk(m_path));

    for (Swimlanes other : {Swimlanes::Component, Swimlanes::None, Swimlanes::Priority}) {
        m_board->setSwimlanes(other);
        CHECK("other swimlanes");
    }
    QVERIFY(project->reload());
    CHECK("reload");
#undef CHECK
}

void tst_BoardModel::placement_data()
{
    addSwimlaneRows();
}

void tst_BoardModel::placement()
{
    QFETCH(QString, lanes);
    m_board->setSwimlanes(swimlanesNamed(lanes));
    const QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The demo project's columns, whatever the lanes (none of its tasks is won't do).
    const QList<int> counts{8, 4, 1, 2, 10, 0};
    const QList<double> days{37, 21, 25, 5, 23, 0};
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        QCOMPARE(m_board->columnCardCount(column), counts.at(column));
        QCOMPARE(m_board->columnEstimate(column), days.at(column));
        QCOMPARE(m_board->cellIndex(0, column).data().toString(),
                 TaskEnums::label(BoardModel::columnStatus(column)));
    }
    int total = 0;
    for (int lane = 0; lane < m_board->laneCount(); ++lane)
        total += m_board->laneCardCount(lane);
    QCOMPARE(total, 25);

    switch (m_board->swimlanes()) {
    case Swimlanes::None:
        QCOMPARE(m_board->laneCount(), 1);
        QCOMPARE(keysOfCell(*m_board, 0, todo),
                 (keyList({"SEC-002", "SEC-003", "OPS-003", "OPS-004", "API-004", "DOCS-002",
                           "DOCS-004", "DOCS-005"})));
        QCOMPARE(keysOfCell(*m_board, 0, blocked), keyList({"PERSIST-003"}));
        break;
    case Swimlanes::Priority:
        QCOMPARE(m_board->laneCount(), 4);
        QCOMPARE(m_board->laneTitle(0), QStringLiteral("P0"));
        QCOMPARE(m_board->laneTitle(3), QStringLiteral("P3"));
        QCOMPARE(keysOfCell(*m_board, 0, done), keyList({"PERSIST-001"}));
        QCOMPARE(keysOfCell(*m_board, 3, todo), keyList({"DOCS-004"}));
        QCOMPARE(m_board->laneCardCount(0), 3);
        break;
    case Swimlanes::Component:
        QCOMPARE(m_board->laneCount(), 6);
        QCOMPARE(m_board->laneTitle(0), QStringLiteral("Security"));
        QCOMPARE(m_board->laneTitle(5), QStringLiteral("No component"));
        QCOMPARE(m_board->laneCardCount(5), 0);
        QCOMPARE(keysOfCell(*m_board, 3, done), (keyList({"API-001", "API-003", "API-005"})));
        break;
    }
    // Outside the tree: nothing.
    QVERIFY(!m_board->laneIndex(m_board->laneCount()).isValid());
    QVERIFY(!m_board->cellIndex(0, BoardModel::ColumnCount).isValid());
    QVERIFY(!m_board->cardIndex(0, todo, 99).isValid());
    QVERIFY(!m_board->indexOf(123456).isValid());
    QVERIFY(m_board->cards(-1, todo).isEmpty());
}

void tst_BoardModel::filterHidesCards_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QList<int>>("priorities");
    QTest::addColumn<QStringList>("components");
    QTest::addColumn<int>("shown");

    QTest::newRow("todo") << QStringLiteral("none") << QString() << QList<int>{todo} << QList<int>{}
                          << QStringList{} << 8;
    QTest::newRow("review and blocked, by priority")
        << QStringLiteral("priority") << QString() << QList<int>{review, blocked} << QList<int>{}
        << QStringList{} << 3;
    QTest::newRow("P0") << QStringLiteral("component") << QString() << QList<int>{}
                        << QList<int>{int(Priority::P0)} << QStringList{} << 3;
    QTest::newRow("security") << QStringLiteral("priority") << QString() << QList<int>{}
                              << QList<int>{} << keyList({"Security"}) << 5;
    QTest::newRow("done API") << QStringLiteral("component") << QString() << QList<int>{done}
                              << QList<int>{} << keyList({"API"}) << 3;
    QTest::newRow("text") << QStringLiteral("none") << QStringLiteral("RUNBOOK") << QList<int>{}
                          << QList<int>{} << QStringList{} << 1;
    QTest::newRow("nothing") << QStringLiteral("priority") << QStringLiteral("no such words")
                             << QList<int>{} << QList<int>{} << QStringList{} << 0;
}

void tst_BoardModel::filterHidesCards()
{
    QFETCH(QString, lanes);
    QFETCH(QString, text);
    QFETCH(QList<int>, statuses);
    QFETCH(QList<int>, priorities);
    QFETCH(QStringList, components);
    QFETCH(int, shown);

    m_board->setSwimlanes(swimlanesNamed(lanes));
    TaskFilter filter;
    filter.setText(text);
    for (int status : statuses)
        filter.statuses.insert(static_cast<Status>(status));
    for (int priority : priorities)
        filter.priorities.insert(static_cast<Priority>(priority));
    for (const QString &name : components)
        filter.components.insert(componentId(*m_project, name));
    QSignalSpy reset(m_board.get(), &QAbstractItemModel::modelReset);
    m_filter->setFilter(filter);
    QVERIFY(!reset.isEmpty());

    int count = 0;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        count += m_board->columnCardCount(column);
    QCOMPARE(count, shown);
    QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const Task &task : m_project->tasks()->tasks())
        QCOMPARE(m_board->indexOf(task.id).isValid(), filter.matches(task));

    // A card edited out of the filter leaves the board at once, and comes back with undo.
    if (shown > 0) {
        qint64 first = 0;
        for (const Task &task : m_project->tasks()->tasks()) {
            if (filter.matches(task)) {
                first = task.id;
                break;
            }
        }
        stack()->push(new SetTaskFieldCommand(m_project.get(), TaskField::Title, {first},
                                              {QStringLiteral("zzz")}));
        QCOMPARE(m_board->indexOf(first).isValid(),
                 filter.matches(*m_project->tasks()->task(first)));
        stack()->undo();
        QVERIFY(m_board->indexOf(first).isValid());
    }

    m_filter->setFilter({});
    count = 0;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        count += m_board->columnCardCount(column);
    QCOMPARE(count, 25);
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// --- Following edits made elsewhere

void tst_BoardModel::followsFieldEdits_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<QString>("key");
    QTest::addColumn<TaskField>("field");
    QTest::addColumn<QVariant>("value"); // a component by name
    QTest::addColumn<QString>("lane");   // lane title
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("moves"); // false: the card stays where it is

    const QString all = QStringLiteral("All tasks");
    QTest::newRow("status") << QStringLiteral("none") << QStringLiteral("SEC-003")
                            << TaskField::Status << QVariant(review) << all << review << 0 << true;
    QTest::newRow("status, by priority")
        << QStringLiteral("priority") << QStringLiteral("OPS-004") << TaskField::Status
        << QVariant(done) << QStringLiteral("P2") << done << 2 << true;
    QTest::newRow("status, by component")
        << QStringLiteral("component") << QStringLiteral("DOCS-001") << TaskField::Status
        << QVariant(todo) << QStringLiteral("Documentation") << todo << 0 << true;
    QTest::newRow("priority") << QStringLiteral("priority") << QStringLiteral("SEC-003")
                              << TaskField::Priority << QVariant(int(Priority::P3))
                              << QStringLiteral("P3") << todo << 0 << true;
    QTest::newRow("priority, no lanes")
        << QStringLiteral("none") << QStringLiteral("SEC-003") << TaskField::Priority
        << QVariant(int(Priority::P3)) << all << todo << 1 << false;
    QTest::newRow("component") << QStringLiteral("component") << QStringLiteral("SEC-003")
                               << TaskField::Component << QVariant(QStringLiteral("Operations"))
                               << QStringLiteral("Operations") << todo << 0 << true;
    QTest::newRow("no component") << QStringLiteral("component") << QStringLiteral("API-004")
                                  << TaskField::Component << QVariant(QString())
                                  << QStringLiteral("No component") << todo << 0 << true;
    QTest::newRow("component, by priority")
        << QStringLiteral("priority") << QStringLiteral("API-004") << TaskField::Component
        << QVariant(QStringLiteral("Security")) << QStringLiteral("P2") << todo << 1 << false;
    QTest::newRow("rank to the end")
        << QStringLiteral("none") << QStringLiteral("SEC-002") << TaskField::Rank << QVariant(1e6)
        << all << todo << 7 << true;
    QTest::newRow("rank to the front")
        << QStringLiteral("priority") << QStringLiteral("DOCS-005") << TaskField::Rank
        << QVariant(-1.0) << QStringLiteral("P2") << todo << 0 << true;
    QTest::newRow("rank one down")
        << QStringLiteral("none") << QStringLiteral("SEC-003") << TaskField::Rank
        << QVariant(13312.5) << all << todo << 2 << true;
    QTest::newRow("rank, same place")
        << QStringLiteral("component") << QStringLiteral("OPS-004") << TaskField::Rank
        << QVariant(13312.5) << QStringLiteral("Operations") << todo << 1 << false;
}

void tst_BoardModel::followsFieldEdits()
{
    QFETCH(QString, lanes);
    QFETCH(QString, key);
    QFETCH(TaskField, field);
    QFETCH(QVariant, value);
    QFETCH(QString, lane);
    QFETCH(int, column);
    QFETCH(int, row);
    QFETCH(bool, moves);

    m_board->setSwimlanes(swimlanesNamed(lanes));
    if (field == TaskField::Component)
        value = QVariant(value.toString().isEmpty() ? qint64(0)
                                                    : componentId(*m_project, value.toString()));
    const qint64 taskId = idOf(*m_project, key);
    const BoardModel::Position before = m_board->positionOf(taskId);
    const QPersistentModelIndex card(m_board->indexOf(taskId));
    QVERIFY(card.isValid());
    QSignalSpy reset(m_board.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_board.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_board.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_board.get(), &QAbstractItemModel::dataChanged);

    // As the table does it.
    stack()->push(new SetTaskFieldCommand(m_project.get(), field, {taskId}, {value}));
    QCOMPARE(stack()->count(), 1);
    const BoardModel::Position after = m_board->positionOf(taskId);
    QCOMPARE(after.lane, laneNamed(lane));
    QCOMPARE(after.column, column);
    QCOMPARE(after.row, row);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    // One card moved, not taken out and put back; or, when it stays, repainted.
    QCOMPARE(moved.count(), moves ? 1 : 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<QModelIndex>(), m_board->indexOf(taskId));
    // The selection (a persistent index) goes with the card.
    QVERIFY(card.isValid());
    QCOMPARE(QModelIndex(card), m_board->indexOf(taskId));
    QCOMPARE(card.data(TaskIdRole).toLongLong(), taskId);
    QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    stack()->undo();
    const BoardModel::Position back = m_board->positionOf(taskId);
    QCOMPARE(back.lane, before.lane);
    QCOMPARE(back.column, before.column);
    QCOMPARE(back.row, before.row);
    QCOMPARE(QModelIndex(card), m_board->indexOf(taskId));
    QCOMPARE(reset.count(), 0);
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_BoardModel::titleAndEstimateRepaintOnly()
{
    const qint64 taskId = id("OPS-003");
    const QModelIndex card = m_board->indexOf(taskId);
    QSignalSpy changed(m_board.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_board.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_board.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_board.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_board.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_board.get(), &QAbstractItemModel::layoutChanged);

    stack()->push(new SetTaskFieldCommand(m_project.get(), TaskField::Title, {taskId},
                                          {QStringLiteral("Container images")}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), card);
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), card);
    QCOMPARE(card.data().toString(), QStringLiteral("OPS-003 Container images"));

    stack()->push(new SetTaskFieldCommand(m_project.get(), TaskField::Estimate, {taskId}, {10.5}));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).value<QModelIndex>(), card);
    QCOMPARE(m_board->columnEstimate(todo), 37 - 6 + 10.5);
    stack()->push(
        new SetTaskFieldCommand(m_project.get(), TaskField::Estimate, {taskId}, {QVariant()}));
    QCOMPARE(m_board->columnEstimate(todo), 37 - 6);
    stack()->undo();
    stack()->undo();
    QCOMPARE(m_board->columnEstimate(todo), 37);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(m_board->indexOf(taskId), card);
}

void tst_BoardModel::followsInsertAndDelete()
{
    m_board->setSwimlanes(Swimlanes::Priority);
    QSignalSpy inserted(m_board.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_board.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_board.get(), &QAbstractItemModel::modelReset);
    const qint64 security = componentId(*m_project, QStringLiteral("Security"));

    // P1 Todo holds SEC-003 (3072) and OPS-003 (13312): the new task goes between them.
    auto *add = new AddTasksCommand(
        m_project.get(),
        {newTask(QStringLiteral("SEC-006"), Status::Todo, Priority::P1, security, 5000)});
    stack()->push(add);
    const qint64 added = add->taskIds().first();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), m_board->cellIndex(1, todo));
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(keysOfCell(*m_board, 1, todo), (keyList({"SEC-003", "SEC-006", "OPS-003"})));
    QCOMPARE(m_board->columnEstimate(todo), 39);

    // Deleting takes the card; undo puts it back where it was, with its checklist count.
    const qint64 sec1 = id("SEC-001");
    const ChecklistCounts::Count checklist = m_board->checklist(sec1);
    QCOMPARE(checklist.total, 4);
    stack()->push(new DeleteTasksCommand(m_project.get(), {sec1, added}));
    QCOMPARE(removed.count(), 2);
    QVERIFY(!m_board->indexOf(sec1).isValid());
    QVERIFY(!m_board->indexOf(added).isValid());
    QCOMPARE(keysOfCell(*m_board, 0, inProgress), QStringList{});
    QCOMPARE(m_board->columnEstimate(todo), 37);
    stack()->undo();
    QCOMPARE(keysOfCell(*m_board, 0, inProgress), keyList({"SEC-001"}));
    QCOMPARE(m_board->checklist(sec1).checked, checklist.checked);
    QCOMPARE(m_board->checklist(sec1).total, checklist.total);
    stack()->undo();
    QCOMPARE(keysOfCell(*m_board, 1, todo), (keyList({"SEC-003", "OPS-003"})));
    QCOMPARE(reset.count(), 0);
    const QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_BoardModel::componentLanesFollowComponents()
{
    m_board->setSwimlanes(Swimlanes::Component);
    QAbstractItemModelTester tester(m_board.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_board->laneCount(), 6);
    Component component;
    component.name = QStringLiteral("Billing");
    component.prefix = QStringLiteral("BILL");
    component.colour = QStringLiteral("#00838f");
    component.sortOrder = 5;
    auto *add = new AddComponentCommand(m_project.get(), component);
    stack()->push(add);
    QCOMPARE(m_board->laneCount(), 7);
    const int billing = laneNamed(QStringLiteral("Billing"));
    QCOMPARE(billing, 5);
    QCOMPARE(m_board->laneTitle(6), QStringLiteral("No component"));

    // A card moved into the new lane takes the component.
    QVERIFY(m_board->moveCards({id("OPS-004")}, billing, todo, 0));
    QCOMPARE(taskOf(*m_project, "OPS-004")->componentId, add->componentId());
    QCOMPARE(keysOfCell(*m_board, billing, todo), keyList({"OPS-004"}));
    QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    stack()->undo();
    stack()->undo();
    QCOMPARE(m_board->laneCount(), 6);
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// --- Moving cards

// A bulk edit may announce its changes as one dataChanged from its first to its last row, rows
// between that did not change included. Past BoardModel::followLimit rows the board rebuilds
// once (views keep their place and selection); a smaller range is followed card by card.
void tst_BoardModel::announcedRangeOfChanges_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<int>("span");      // rows announced, from the first changed one
    QTest::addColumn<bool>("filtered"); // only Todo and In Progress shown
    QTest::addColumn<bool>("rebuilds");

    for (const char *lanes : {"none", "priority", "component"}) {
        QTest::addRow("%s, 200 rows", lanes) << QString::fromLatin1(lanes) << 200 << false << false;
        QTest::addRow("%s, 500 rows", lanes) << QString::fromLatin1(lanes) << 500 << false << true;
        QTest::addRow("%s, 500 rows, filtered", lanes)
            << QString::fromLatin1(lanes) << 500 << true << true;
    }
    QTest::newRow("the limit, followed")
        << QStringLiteral("none") << BoardModel::followLimit << false << false;
    QTest::newRow("one past the limit, rebuilt")
        << QStringLiteral("none") << BoardModel::followLimit + 1 << false << true;
}

void tst_BoardModel::announcedRangeOfChanges()
{
    QFETCH(QString, lanes);
    QFETCH(int, span);
    QFETCH(bool, filtered);
    QFETCH(bool, rebuilds);

    Project *project = m_project.get();
    TaskModel *tasks = project->tasks();
    const qint64 operations = componentId(*project, QStringLiteral("Operations"));
    QList<TaskRecord> many;
    for (int i = 0; i < 600; ++i)
        many << newTask(QStringLiteral("BULK-%1").arg(i), static_cast<Status>(i % StatusCount),
                        static_cast<Priority>(i % PriorityCount), i % 3 ? operations : 0, i * 3.0);
    stack()->push(new AddTasksCommand(project, many));
    m_board->setSwimlanes(swimlanesNamed(lanes));
    if (filtered) {
        TaskFilter filter;
        filter.statuses = {Status::Todo, Status::InProgress};
        m_filter->setFilter(filter);
    }
    QAbstractItemModelTester tester(m_board.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Every third row of the span moves a column on, and every sixth to the front of its cell.
    const int first = 20;
    const int last = first + span - 1;
    QVERIFY(last < tasks->rowCount());
    QList<qint64> ids;
    QVariantList statuses;
    QList<qint64> fronts;
    for (int row = first; row <= last; row += 3) {
        const Task &task = tasks->taskAt(row);
        ids << task.id;
        statuses << (int(task.status) + 1) % StatusCount;
        if (row % 2 == 0)
            fronts << task.id;
    }
    const auto announce = [&](const std::function<void()> &change) {
        {
            const QSignalBlocker quiet(tasks); // TaskModel announces nothing row by row here
            change();
        }
        emit tasks->dataChanged(tasks->index(first, 0), tasks->index(last, TaskColumnCount - 1));
    };

    QSignalSpy reset(m_board.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_board.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_board.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_board.get(), &QAbstractItemModel::rowsRemoved);
    QList<bool> forChanges; // what the board said during each reset
    connect(m_board.get(), &QAbstractItemModel::modelReset, this,
            [&]() { forChanges << m_board->isRebuildingForChanges(); });

    announce([&]() {
        stack()->push(new SetTaskFieldCommand(project, TaskField::Status, ids, statuses));
        stack()->push(new SetTaskFieldCommand(project, TaskField::Rank, fronts,
                                              QVariantList(fronts.size(), -1.0)));
    });
    QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after the change: ") + problem));
    QCOMPARE(reset.count(), rebuilds ? 1 : 0);
    QCOMPARE(forChanges, QList<bool>(rebuilds ? 1 : 0, true));
    QVERIFY(!m_board->isRebuildingForChanges());
    if (rebuilds) {
        QCOMPARE(moved.count() + inserted.count() + removed.count(), 0);
    } else {
        // Card by card: one move (or, across the filter, one insertion or removal) per changed
        // card at most; the rows that did not change stay where they are.
        QVERIFY(moved.count() + inserted.count() + removed.count() > 0);
        QVERIFY(moved.count() + inserted.count() + removed.count() <= ids.size());
    }

    announce([&]() {
        stack()->undo();
        stack()->undo();
    });
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after the undo: ") + problem));
    QCOMPARE(reset.count(), rebuilds ? 2 : 0);

    // A new filter rebuilds too, but not for changed tasks.
    TaskFilter other;
    other.setText(QStringLiteral("bulk"));
    m_filter->setFilter(other);
    QCOMPARE(forChanges.size(), reset.count());
    QVERIFY(!forChanges.isEmpty());
    QCOMPARE(forChanges.last(), false);
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_BoardModel::bulkInsertAndDeleteRebuildForChanges()
{
    QList<bool> forChanges; // what the board said during each reset
    connect(m_board.get(), &QAbstractItemModel::modelReset, this,
            [&]() { forChanges << m_board->isRebuildingForChanges(); });
    QList<TaskRecord> many;
    for (int i = 0; i <= BoardModel::followLimit; ++i)
        many << newTask(QStringLiteral("BULK-%1").arg(i), static_cast<Status>(i % StatusCount),
                        Priority::P2, 0, i * 3.0);
    auto *add = new AddTasksCommand(m_project.get(), many);
    stack()->push(add);
    QCOMPARE(forChanges, QList<bool>{true});
    QCOMPARE(m_board->positionOf(add->taskIds().last()).column, int(many.last().task.status));
    stack()->push(new DeleteTasksCommand(m_project.get(), add->taskIds()));
    QCOMPARE(forChanges, QList<bool>({true, true}));
    QVERIFY(!m_board->positionOf(add->taskIds().last()).isValid());
    const QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_BoardModel::moveOneCard_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("lane"); // lane title
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cell"); // the target cell afterwards

    const QString all = QStringLiteral("All tasks");
    QTest::newRow("to the front of another column")
        << QStringLiteral("none") << QStringLiteral("SEC-003") << all << inProgress << 0
        << keyList({"SEC-003", "SEC-001", "PERSIST-002", "OPS-002", "DOCS-001"});
    QTest::newRow("between two cards of another column")
        << QStringLiteral("none") << QStringLiteral("SEC-003") << all << inProgress << 2
        << keyList({"SEC-001", "PERSIST-002", "SEC-003", "OPS-002", "DOCS-001"});
    QTest::newRow("to the end (-1)") << QStringLiteral("none") << QStringLiteral("SEC-003") << all
                                     << review << -1 << keyList({"SEC-005", "API-002", "SEC-003"});
    QTest::newRow("row past the end") << QStringLiteral("none") << QStringLiteral("SEC-003") << all
                                      << review << 99 << keyList({"SEC-005", "API-002", "SEC-003"});
    QTest::newRow("into a cell of one")
        << QStringLiteral("none") << QStringLiteral("DOCS-001") << all << blocked << 0
        << keyList({"DOCS-001", "PERSIST-003"});
    // Within the column: the row counts the moved card where it is now.
    QTest::newRow("down, row counts the card itself")
        << QStringLiteral("none") << QStringLiteral("SEC-002") << all << todo << 3
        << keyList({"SEC-003", "OPS-003", "SEC-002", "OPS-004", "API-004", "DOCS-002", "DOCS-004",
                    "DOCS-005"});
    QTest::newRow("down by one") << QStringLiteral("none") << QStringLiteral("SEC-002") << all
                                 << todo << 2
                                 << keyList({"SEC-003", "SEC-002", "OPS-003", "OPS-004", "API-004",
                                             "DOCS-002", "DOCS-004", "DOCS-005"});
    QTest::newRow("up to the front")
        << QStringLiteral("none") << QStringLiteral("DOCS-005") << all << todo << 0
        << keyList({"DOCS-005", "SEC-002", "SEC-003", "OPS-003", "OPS-004", "API-004", "DOCS-002",
                    "DOCS-004"});
    QTest::newRow("first to the end")
        << QStringLiteral("none") << QStringLiteral("SEC-002") << all << todo << -1
        << keyList({"SEC-003", "OPS-003", "OPS-004", "API-004", "DOCS-002", "DOCS-004", "DOCS-005",
                    "SEC-002"});
    QTest::newRow("priority lane")
        << QStringLiteral("priority") << QStringLiteral("SEC-003") << QStringLiteral("P0") << todo
        << 0 << keyList({"SEC-003", "SEC-002"});
    QTest::newRow("priority lane and column, empty cell")
        << QStringLiteral("priority") << QStringLiteral("SEC-001") << QStringLiteral("P2") << review
        << -1 << keyList({"SEC-001"});
    QTest::newRow("priority lane, same column")
        << QStringLiteral("priority") << QStringLiteral("API-004") << QStringLiteral("P1") << todo
        << 1 << keyList({"SEC-003", "API-004", "OPS-003"});
    QTest::newRow("component lane")
        << QStringLiteral("component") << QStringLiteral("SEC-003") << QStringLiteral("API") << todo
        << 0 << keyList({"SEC-003", "API-004"});
    QTest::newRow("no component") << QStringLiteral("component") << QStringLiteral("OPS-004")
                                  << QStringLiteral("No component") << todo << -1
                                  << keyList({"OPS-004"});
    QTest::newRow("component lane and column")
        << QStringLiteral("component") << QStringLiteral("DOCS-002") << QStringLiteral("Security")
        << inProgress << 1 << keyList({"SEC-001", "DOCS-002"});
}

void tst_BoardModel::moveOneCard()
{
    QFETCH(QString, lanes);
    QFETCH(QString, key);
    QFETCH(QString, lane);
    QFETCH(int, column);
    QFETCH(int, row);
    QFETCH(QStringList, cell);

    m_board->setSwimlanes(swimlanesNamed(lanes));
    const int target = laneNamed(lane);
    QVERIFY(target >= 0);
    const qint64 taskId = idOf(*m_project, key);
    const QStringList original = boardFields(*m_project);
    QCOMPARE(boardFieldsOnDisk(m_path), original);
    QSignalSpy reset(m_board.get(), &QAbstractItemModel::modelReset);
    QSignalSpy refused(m_board.get(), &BoardModel::moveRefused);

    QVERIFY(!m_board->planMove({taskId}, target, column, row).isEmpty());
    QVERIFY(m_board->moveCards({taskId}, target, column, row));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(refused.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(keysOfCell(*m_board, target, column), cell);
    QString problem = strictRankProblem(*m_board, target, column);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Task *task = m_project->tasks()->task(taskId);
    QCOMPARE(int(task->status), column);
    if (m_board->swimlanes() == Swimlanes::Priority)
        QCOMPARE(int(task->priority), target);
    if (m_board->swimlanes() == Swimlanes::Component)
        QCOMPARE(task->componentId, m_project->components()->components().value(target).id);
    const QStringList moved = boardFields(*m_project);
    QCOMPARE(boardFieldsOnDisk(m_path), moved);
    // Nothing else changed: one task's line differs.
    int differing = 0;
    for (qsizetype i = 0; i < moved.size(); ++i)
        differing += moved.at(i) != original.at(i);
    QCOMPARE(differing, 1);

    stack()->undo();
    QCOMPARE(boardFields(*m_project), original);
    QCOMPARE(boardFieldsOnDisk(m_path), original);
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    stack()->redo();
    QCOMPARE(boardFields(*m_project), moved);
    QCOMPARE(boardFieldsOnDisk(m_path), moved);
    QCOMPARE(keysOfCell(*m_board, target, column), cell);
    QCOMPARE(reset.count(), 0);
}

void tst_BoardModel::moveSeveralCards_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<QStringList>("keys"); // in any order: they land in board order
    QTest::addColumn<QString>("lane");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cell");
    QTest::addColumn<int>("changedTasks");

    const QString all = QStringLiteral("All tasks");
    QTest::newRow("from three columns, in front")
        << QStringLiteral("none") << keyList({"API-002", "DOCS-001", "SEC-003"}) << all << blocked
        << 0 << keyList({"SEC-003", "DOCS-001", "API-002", "PERSIST-003"}) << 3;
    QTest::newRow("from three columns, at the end")
        << QStringLiteral("none") << keyList({"DOCS-001", "API-002", "SEC-003"}) << all << blocked
        << -1 << keyList({"PERSIST-003", "SEC-003", "DOCS-001", "API-002"}) << 3;
    QTest::newRow("within the column, to the end")
        << QStringLiteral("none") << keyList({"OPS-004", "SEC-002"}) << all << todo << -1
        << keyList({"SEC-003", "OPS-003", "API-004", "DOCS-002", "DOCS-004", "DOCS-005", "SEC-002",
                    "OPS-004"})
        << 2;
    QTest::newRow("within the column, row counts the moved cards")
        << QStringLiteral("none") << keyList({"DOCS-005", "SEC-002"}) << all << todo << 4
        << keyList({"SEC-003", "OPS-003", "OPS-004", "SEC-002", "DOCS-005", "API-004", "DOCS-002",
                    "DOCS-004"})
        << 2;
    QTest::newRow("repeated and unknown ids are dropped")
        << QStringLiteral("none") << keyList({"SEC-003", "SEC-003", "NOPE-404"}) << all << review
        << 0 << keyList({"SEC-003", "SEC-005", "API-002"}) << 1;
    QTest::newRow("between priority lanes")
        << QStringLiteral("priority") << keyList({"DOCS-004", "SEC-003", "PERSIST-003"})
        << QStringLiteral("P0") << review << 0 << keyList({"SEC-003", "DOCS-004", "PERSIST-003"})
        << 3;
    // The two have ranks in the other order (SEC-001 1024 in progress, SEC-002 2048 to do):
    // an empty cell must still show them in board order.
    QTest::newRow("into an empty cell, in board order")
        << QStringLiteral("priority") << keyList({"SEC-001", "SEC-002"}) << QStringLiteral("P3")
        << review << 0 << keyList({"SEC-002", "SEC-001"}) << 2;
    QTest::newRow("between component lanes")
        << QStringLiteral("component") << keyList({"API-002", "OPS-002"})
        << QStringLiteral("Documentation") << todo << 1
        << keyList({"DOCS-002", "OPS-002", "API-002", "DOCS-004", "DOCS-005"}) << 2;
    QTest::newRow("to no component")
        << QStringLiteral("component") << keyList({"SEC-004", "OPS-005"})
        << QStringLiteral("No component") << done << -1 << keyList({"SEC-004", "OPS-005"}) << 2;
}

void tst_BoardModel::moveSeveralCards()
{
    QFETCH(QString, lanes);
    QFETCH(QStringList, keys);
    QFETCH(QString, lane);
    QFETCH(int, column);
    QFETCH(int, row);
    QFETCH(QStringList, cell);
    QFETCH(int, changedTasks);

    m_board->setSwimlanes(swimlanesNamed(lanes));
    m_board->setDoneConfirmer([](const QStringList &) { return true; });
    const int target = laneNamed(lane);
    QVERIFY(target >= 0);
    const QList<qint64> ids = idsOf(*m_project, keys);
    const QStringList original = boardFields(*m_project);
    QSignalSpy reset(m_board.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_board->moveCards(ids, target, column, row));
    QCOMPARE(stack()->count(), 1); // one undo step for them all
    QCOMPARE(keysOfCell(*m_board, target, column), cell);
    QString problem = strictRankProblem(*m_board, target, column);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList moved = boardFields(*m_project);
    int differing = 0;
    for (qsizetype i = 0; i < moved.size(); ++i)
        differing += moved.at(i) != original.at(i);
    QCOMPARE(differing, changedTasks);
    QCOMPARE(boardFieldsOnDisk(m_path), moved);

    stack()->undo();
    QCOMPARE(boardFields(*m_project), original);
    QCOMPARE(boardFieldsOnDisk(m_path), original);
    stack()->redo();
    QCOMPARE(boardFields(*m_project), moved);
    QCOMPARE(keysOfCell(*m_board, target, column), cell);
    QCOMPARE(reset.count(), 0);
}

void tst_BoardModel::samePlaceChangesNothing_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<QStringList>("keys"); // adjacent in their cell, in order
    QTest::addColumn<int>("offset");       // added to the topmost card's row; -1: the end

    // The demo's ranks are uneven (SEC-002 2048, SEC-003 3072, OPS-003 13312): a card between
    // two others is not at their midpoint.
    QTest::newRow("on its own row") << QStringLiteral("none") << keyList({"SEC-003"}) << 0;
    QTest::newRow("just after itself") << QStringLiteral("none") << keyList({"SEC-003"}) << 1;
    QTest::newRow("first card") << QStringLiteral("none") << keyList({"SEC-002"}) << 0;
    QTest::newRow("last card, at the end") << QStringLiteral("none") << keyList({"DOCS-005"}) << -1;
    QTest::newRow("two cards") << QStringLiteral("none") << keyList({"SEC-003", "OPS-003"}) << 0;
    QTest::newRow("two cards, after the second")
        << QStringLiteral("none") << keyList({"OPS-003", "SEC-003"}) << 2;
    QTest::newRow("alone in its cell") << QStringLiteral("none") << keyList({"PERSIST-003"}) << 0;
    QTest::newRow("priority lane") << QStringLiteral("priority") << keyList({"OPS-003"}) << 0;
    QTest::newRow("component lane") << QStringLiteral("component") << keyList({"OPS-003"}) << 1;
    QTest::newRow("component lane, two")
        << QStringLiteral("component") << keyList({"API-003", "API-005"}) << 0;
}

void tst_BoardModel::nudgeMovesByKeyboardSteps()
{
    const qint64 sec2 = m_project->tasks()->idForKey(QStringLiteral("SEC-002")); // Todo
    const int row = m_board->positionOf(sec2).row;
    QVERIFY(m_board->nudgeCards({sec2}, sec2, 1, 0));
    QCOMPARE(m_board->positionOf(sec2).column, int(Status::InProgress));
    QCOMPARE(m_board->positionOf(sec2).row,
             std::min(row, int(m_board->cards(0, int(Status::InProgress)).size()) - 1));
    // Down one place, up one place, and nothing past the ends.
    const QList<qint64> &cell = m_board->cards(0, int(Status::InProgress));
    const qint64 top = cell.first();
    QVERIFY(!m_board->nudgeCards({top}, top, 0, -1));
    QVERIFY(m_board->nudgeCards({top}, top, 0, 1));
    QCOMPARE(m_board->positionOf(top).row, 1);
    const qint64 bottom = cell.last();
    QVERIFY(!m_board->nudgeCards({bottom}, bottom, 0, 1));
    QVERIFY(!m_board->nudgeCards({sec2}, sec2, -2, 0)); // left of Todo
    const qint64 done = m_board->cards(0, int(Status::Done)).first();
    QVERIFY(m_board->nudgeCards({done}, done, 1, 0)); // right of Done: Won't do, the last
    QCOMPARE(m_board->positionOf(done).column, cancelled);
    QVERIFY(!m_board->nudgeCards({done}, done, 1, 0));
    QCOMPARE(stack()->count(), 3);

    // With lanes, Ctrl+Up at the top of a cell goes on into the lane above (a priority up).
    m_board->setSwimlanes(Swimlanes::Priority);
    const qint64 sec3 = m_project->tasks()->idForKey(QStringLiteral("SEC-003")); // P1
    while (m_board->positionOf(sec3).row > 0)
        QVERIFY(m_board->nudgeCards({sec3}, sec3, 0, -1));
    QVERIFY(m_board->nudgeCards({sec3}, sec3, 0, -1));
    QCOMPARE(m_project->tasks()->task(sec3)->priority, Priority::P0);
    QCOMPARE(m_board->positionOf(sec3).row,
             int(m_board->cards(int(Priority::P0), m_board->positionOf(sec3).column).size()) - 1);
    QVERIFY(m_board->nudgeCards({sec3}, sec3, 0, 1));
    QCOMPARE(m_project->tasks()->task(sec3)->priority, Priority::P1);
    QCOMPARE(m_board->positionOf(sec3).row, 0);
}

void tst_BoardModel::setPriorityIsOneStep()
{
    const QList<qint64> ids =
        idsOf(*m_project, {QStringLiteral("SEC-001"), QStringLiteral("SEC-003")});
    QVERIFY(m_board->setPriority(ids, Priority::P3));
    QCOMPARE(stack()->count(), 1);
    for (qint64 id : ids)
        QCOMPARE(m_project->tasks()->task(id)->priority, Priority::P3);
    QVERIFY(!m_board->setPriority(ids, Priority::P3)); // nothing changes: nothing pushed
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(m_project->tasks()->task(ids.first())->priority, Priority::P0);
}

void tst_BoardModel::samePlaceChangesNothing()
{
    QFETCH(QString, lanes);
    QFETCH(QStringList, keys);
    QFETCH(int, offset);

    m_board->setSwimlanes(swimlanesNamed(lanes));
    const QList<qint64> ids = idsOf(*m_project, keys);
    BoardModel::Position at = m_board->positionOf(ids.first());
    QVERIFY(at.isValid());
    for (qint64 taskId : ids)
        at.row = std::min(at.row, m_board->positionOf(taskId).row);
    const int row = offset < 0 ? -1 : at.row + offset;
    const QStringList original = boardFields(*m_project);
    const QStringList cell = keysOfCell(*m_board, at.lane, at.column);
    const qint64 events = scalar(*m_project, QStringLiteral("SELECT count(*) FROM event"));
    QSignalSpy refused(m_board.get(), &BoardModel::moveRefused);

    const QList<TaskFieldChange> plan = m_board->planMove(ids, at.lane, at.column, row);
    QVERIFY2(plan.isEmpty(), qPrintable(QStringLiteral("%1 changes planned, of %2")
                                            .arg(plan.size())
                                            .arg(fieldName(plan.value(0).field))));
    QVERIFY(!m_board->moveCards(ids, at.lane, at.column, row));
    if (keys.size() == 1) {
        // Dropped onto itself.
        std::unique_ptr<QMimeData> data(m_board->mimeData({m_board->indexOf(ids.first())}));
        QVERIFY(data);
        QVERIFY(!m_board->dropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                       m_board->indexOf(ids.first())));
    }
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(refused.count(), 0);
    QCOMPARE(keysOfCell(*m_board, at.lane, at.column), cell);
    QCOMPARE(boardFields(*m_project), original);
    QCOMPARE(boardFieldsOnDisk(m_path), original);
    QCOMPARE(scalar(*m_project, QStringLiteral("SELECT count(*) FROM event")), events);
}

void tst_BoardModel::manyDropsIntoOneGapRenumber()
{
    // Drop OPS-004 and API-004 in turn right after SEC-002, each time into the gap between
    // SEC-002 and the card dropped before: the gap halves every time until it is used up and
    // the column is renumbered, within the drop's one undo step.
    const QStringList original = boardFields(*m_project);
    const QList<qint64> droppers{id("OPS-004"), id("API-004")};
    int renumberings = 0;
    for (int drop = 0; drop < 60; ++drop) {
        const qint64 dropped = droppers.at(drop % 2);
        const QHash<qint64, double> ranksBefore = [this]() {
            QHash<qint64, double> ranks;
            for (const Task &task : m_project->tasks()->tasks())
                ranks.insert(task.id, task.rank);
            return ranks;
        }();
        QVERIFY(m_board->moveCards({dropped}, 0, todo, 1));
        QCOMPARE(stack()->count(), drop + 1);
        const QStringList cell = keysOfCell(*m_board, 0, todo);
        QCOMPARE(cell.value(0), QStringLiteral("SEC-002"));
        QCOMPARE(cell.value(1), m_project->tasks()->keyOf(dropped));
        if (drop > 0)
            QCOMPARE(cell.value(2), m_project->tasks()->keyOf(droppers.at((drop + 1) % 2)));
        QCOMPARE(cell.size(), 8);
        const QString problem = strictRankProblem(*m_board, 0, todo);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("drop %1: ").arg(drop) + problem));
        int changed = 0;
        for (const Task &task : m_project->tasks()->tasks())
            changed += task.rank != ranksBefore.value(task.id);
        if (changed > 1)
            ++renumberings;
    }
    QVERIFY2(renumberings >= 1 && renumberings <= 3, qPrintable(QString::number(renumberings)));
    QCOMPARE(boardFields(*m_project), boardFieldsOnDisk(m_path));
    QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList after = boardFields(*m_project);

    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(boardFields(*m_project), original);
    QCOMPARE(boardFieldsOnDisk(m_path), original);
    while (stack()->canRedo())
        stack()->redo();
    QCOMPARE(boardFields(*m_project), after);
    QCOMPARE(boardFieldsOnDisk(m_path), after);
    problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_BoardModel::undoRedoOfMultiCardMoveOnDisk()
{
    m_board->setSwimlanes(Swimlanes::Priority);
    const QList<qint64> ids = idsOf(*m_project, {"PERSIST-003", "DOCS-004", "SEC-003"});
    const QStringList original = boardFields(*m_project);
    // Each from another lane or column; into P0 / Review, in front.
    QVERIFY(m_board->moveCards(ids, 0, review, 0));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(keysOfCell(*m_board, 0, review), (keyList({"SEC-003", "DOCS-004", "PERSIST-003"})));
    const QStringList moved = boardFields(*m_project);
    QCOMPARE(boardFieldsOnDisk(m_path), moved);
    {
        const auto reader = readBack(m_path);
        QVERIFY(reader);
        for (qint64 taskId : ids) {
            const Task *task = reader->tasks()->task(taskId);
            QVERIFY(task);
            QCOMPARE(task->status, Status::Review);
            QCOMPARE(task->priority, Priority::P0);
        }
    }

    stack()->undo();
    QCOMPARE(boardFields(*m_project), original);
    QCOMPARE(boardFieldsOnDisk(m_path), original);
    {
        const auto reader = readBack(m_path);
        QVERIFY(reader);
        QCOMPARE(taskOf(*reader, "PERSIST-003")->status, Status::Blocked);
        QCOMPARE(taskOf(*reader, "DOCS-004")->priority, Priority::P3);
        QCOMPARE(taskOf(*reader, "SEC-003")->rank, 3072.0);
    }
    stack()->redo();
    QCOMPARE(boardFields(*m_project), moved);
    QCOMPARE(boardFieldsOnDisk(m_path), moved);
    stack()->undo();
    stack()->redo();

    // What was written is what a new session reads.
    QVERIFY(reopen());
    QCOMPARE(boardFields(*m_project), moved);
    QCOMPARE(keysOfCell(*m_board, 0, review), (keyList({"SEC-003", "DOCS-004", "PERSIST-003"})));
    QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_BoardModel::invalidTargetsChangeNothing_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<int>("lane");
    QTest::addColumn<int>("column");

    QTest::newRow("lane -1") << QStringLiteral("none") << -1 << todo;
    QTest::newRow("lane past the end") << QStringLiteral("none") << 1 << todo;
    QTest::newRow("priority lane past the end") << QStringLiteral("priority") << 4 << todo;
    QTest::newRow("component lane past the end") << QStringLiteral("component") << 6 << todo;
    QTest::newRow("column -1") << QStringLiteral("none") << 0 << -1;
    QTest::newRow("column past the end")
        << QStringLiteral("priority") << 0 << BoardModel::ColumnCount;
}

void tst_BoardModel::invalidTargetsChangeNothing()
{
    QFETCH(QString, lanes);
    QFETCH(int, lane);
    QFETCH(int, column);

    m_board->setSwimlanes(swimlanesNamed(lanes));
    const QStringList before = boardFields(*m_project);
    const QList<qint64> ids = idsOf(*m_project, {"SEC-003", "API-002"});
    QVERIFY(m_board->planMove(ids, lane, column, 0).isEmpty());
    QVERIFY(!m_board->moveCards(ids, lane, column, 0));
    QVERIFY(!m_board->moveCards({}, 0, review, 0));
    QVERIFY(!m_board->moveCards({987654}, 0, review, 0));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(boardFields(*m_project), before);
    QCOMPARE(boardFieldsOnDisk(m_path), before);
}

// --- MIME

void tst_BoardModel::mimeDataOfCards()
{
    const qint64 sec3 = id("SEC-003");
    const qint64 api2 = id("API-002");
    QCOMPARE(m_board->mimeTypes(), QStringList{BoardModel::mimeType()});
    QCOMPARE(BoardModel::mimeType(), QStringLiteral("application/x-candor-cards"));
    QVERIFY(m_board->flags(m_board->indexOf(sec3)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(m_board->flags(m_board->cellIndex(0, todo)).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(!m_board->flags(m_board->laneIndex(0)).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_board->supportedDropActions().testFlag(Qt::MoveAction));

    // Cells and lanes in the selection are left out.
    std::unique_ptr<QMimeData> data(
        m_board->mimeData({m_board->indexOf(sec3), m_board->cellIndex(0, todo),
                           m_board->indexOf(api2), m_board->laneIndex(0)}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(BoardModel::mimeType()));
    QVERIFY(data->hasText());
    QCOMPARE(data->text(),
             QStringLiteral("SEC-003 Rotate API keys automatically\nAPI-002 Rate limiting"));
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(data->data(BoardModel::mimeType()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject payload = document.object();
    QVERIFY(!QUuid::fromString(payload.value(QStringLiteral("board")).toString()).isNull());
    const QJsonArray tasks = payload.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0).toInteger(), sec3);
    QCOMPARE(tasks.at(1).toInteger(), api2);
    QCOMPARE(m_board->decodeCards(data.get()), (QList<qint64>{sec3, api2}));

    // Only this board reads it: another board on the same project has another token.
    BoardModel other(m_project.get(), m_filter.get());
    QCOMPARE(other.decodeCards(data.get()), QList<qint64>{});
    std::unique_ptr<QMimeData> theirs(other.mimeData({other.indexOf(sec3)}));
    QVERIFY(theirs);
    QVERIFY(theirs->data(BoardModel::mimeType()) != data->data(BoardModel::mimeType()));

    // No cards, no payload.
    QVERIFY(!m_board->mimeData({m_board->cellIndex(0, todo), m_board->laneIndex(0)}));
    QVERIFY(!m_board->mimeData({}));
    QCOMPARE(m_board->decodeCards(nullptr), QList<qint64>{});
}

void tst_BoardModel::dropMovesCards_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("onto"); // a card's key, or empty: the cell
    QTest::addColumn<QString>("lane");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row"); // for a cell
    QTest::addColumn<QStringList>("cell");

    const QString all = QStringLiteral("All tasks");
    QTest::newRow("cell, front") << QStringLiteral("none") << keyList({"SEC-003"}) << QString()
                                 << all << inProgress << 0
                                 << keyList({"SEC-003", "SEC-001", "PERSIST-002", "OPS-002",
                                             "DOCS-001"});
    QTest::newRow("cell, end") << QStringLiteral("none") << keyList({"SEC-003"}) << QString() << all
                               << inProgress << -1
                               << keyList(
                                      {"SEC-001", "PERSIST-002", "OPS-002", "DOCS-001", "SEC-003"});
    QTest::newRow("onto a card: before it")
        << QStringLiteral("none") << keyList({"OPS-004", "SEC-003"})
        << QStringLiteral("PERSIST-002") << all << inProgress << -1
        << keyList({"SEC-001", "SEC-003", "OPS-004", "PERSIST-002", "OPS-002", "DOCS-001"});
    QTest::newRow("onto a card of the same cell")
        << QStringLiteral("none") << keyList({"DOCS-005"}) << QStringLiteral("SEC-003") << all
        << todo << -1
        << keyList({"SEC-002", "DOCS-005", "SEC-003", "OPS-003", "OPS-004", "API-004", "DOCS-002",
                    "DOCS-004"});
    QTest::newRow("onto a card in another lane")
        << QStringLiteral("priority") << keyList({"SEC-003"}) << QStringLiteral("SEC-002")
        << QStringLiteral("P0") << todo << -1 << keyList({"SEC-003", "SEC-002"});
    QTest::newRow("cell of another component")
        << QStringLiteral("component") << keyList({"SEC-005"}) << QString()
        << QStringLiteral("Persistence") << review << 0 << keyList({"SEC-005"});
    // Won't do, its dependency unfinished: no question asked, unlike a move into Done.
    QTest::newRow("into won't do")
        << QStringLiteral("none") << keyList({"SEC-002", "DOCS-002"}) << QString() << all
        << cancelled << -1 << keyList({"SEC-002", "DOCS-002"});
}

void tst_BoardModel::dropMovesCards()
{
    QFETCH(QString, lanes);
    QFETCH(QStringList, keys);
    QFETCH(QString, onto);
    QFETCH(QString, lane);
    QFETCH(int, column);
    QFETCH(int, row);
    QFETCH(QStringList, cell);

    m_board->setSwimlanes(swimlanesNamed(lanes));
    const int target = laneNamed(lane);
    QModelIndexList dragged;
    for (const QString &key : keys)
        dragged << m_board->indexOf(idOf(*m_project, key));
    std::unique_ptr<QMimeData> data(m_board->mimeData(dragged));
    QVERIFY(data);
    const QModelIndex parent = onto.isEmpty() ? m_board->cellIndex(target, column)
                                              : m_board->indexOf(idOf(*m_project, onto));
    QVERIFY(parent.isValid());
    if (!onto.isEmpty())
        row = -1; // a view passes -1 for a drop onto an item
    QVERIFY(m_board->canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QVERIFY(m_board->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(keysOfCell(*m_board, target, column), cell);
    QCOMPARE(boardFieldsOnDisk(m_path), boardFields(*m_project));
    const QString problem = placementProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_BoardModel::dropIgnored_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("parent"); // "cell", "card", "lane" or "root"

    const QString cell = QStringLiteral("cell");
    QTest::newRow("malformed JSON") << QStringLiteral("malformed") << cell;
    QTest::newRow("another board's token") << QStringLiteral("other board") << cell;
    QTest::newRow("token missing") << QStringLiteral("no token") << cell;
    QTest::newRow("unknown task id") << QStringLiteral("unknown id") << cell;
    QTest::newRow("unknown among known ids") << QStringLiteral("unknown among known") << cell;
    QTest::newRow("non-numeric id") << QStringLiteral("string id") << cell;
    QTest::newRow("fractional id") << QStringLiteral("fractional id") << cell;
    QTest::newRow("empty payload") << QStringLiteral("empty") << cell;
    QTest::newRow("no tasks") << QStringLiteral("no tasks") << cell;
    QTest::newRow("array document") << QStringLiteral("array") << cell;
    QTest::newRow("text/plain only") << QStringLiteral("text") << cell;
    QTest::newRow("text/uri-list only") << QStringLiteral("urls") << QStringLiteral("card");
    QTest::newRow("no data") << QStringLiteral("null") << cell;
    QTest::newRow("onto a lane") << QStringLiteral("valid") << QStringLiteral("lane");
    QTest::newRow("onto the root") << QStringLiteral("valid") << QStringLiteral("root");
}

void tst_BoardModel::dropIgnored()
{
    QFETCH(QString, payload);
    QFETCH(QString, parent);

    const qint64 sec3 = id("SEC-003");
    std::unique_ptr<QMimeData> valid(m_board->mimeData({m_board->indexOf(sec3)}));
    QVERIFY(valid);
    const QJsonObject original =
        QJsonDocument::fromJson(valid->data(BoardModel::mimeType())).object();
    const auto withTasks = [&original](const QJsonArray &tasks) {
        QJsonObject object = original;
        object.insert(QStringLiteral("tasks"), tasks);
        return QJsonDocument(object).toJson();
    };

    auto data = std::make_unique<QMimeData>();
    BoardModel other(m_project.get(), m_filter.get());
    if (payload == QLatin1String("valid")) {
        data.reset(m_board->mimeData({m_board->indexOf(sec3)}));
    } else if (payload == QLatin1String("malformed")) {
        data->setData(BoardModel::mimeType(), valid->data(BoardModel::mimeType()).chopped(3));
    } else if (payload == QLatin1String("other board")) {
        data.reset(other.mimeData({other.indexOf(sec3)}));
    } else if (payload == QLatin1String("no token")) {
        QJsonObject object = original;
        object.remove(QStringLiteral("board"));
        data->setData(BoardModel::mimeType(), QJsonDocument(object).toJson());
    } else if (payload == QLatin1String("unknown id")) {
        data->setData(BoardModel::mimeType(), withTasks({987654}));
    } else if (payload == QLatin1String("unknown among known")) {
        data->setData(BoardModel::mimeType(), withTasks({sec3, 987654}));
    } else if (payload == QLatin1String("string id")) {
        data->setData(BoardModel::mimeType(), withTasks({QString::number(sec3)}));
    } else if (payload == QLatin1String("fractional id")) {
        data->setData(BoardModel::mimeType(), withTasks({double(sec3) + 0.5}));
    } else if (payload == QLatin1String("empty")) {
        data->setData(BoardModel::mimeType(), QByteArray());
    } else if (payload == QLatin1String("no tasks")) {
        data->setData(BoardModel::mimeType(), withTasks({}));
    } else if (payload == QLatin1String("array")) {
        data->setData(BoardModel::mimeType(), QJsonDocument(QJsonArray{sec3}).toJson());
    } else if (payload == QLatin1String("text")) {
        data->setText(valid->text());
    } else if (payload == QLatin1String("urls")) {
        data->setUrls({QUrl::fromLocalFile(m_path)});
    } else if (payload == QLatin1String("null")) {
        data.reset();
    } else {
        QFAIL("unknown payload");
    }

    QModelIndex target;
    if (parent == QLatin1String("cell"))
        target = m_board->cellIndex(0, review);
    else if (parent == QLatin1String("card"))
        target = m_board->indexOf(id("API-002"));
    else if (parent == QLatin1String("lane"))
        target = m_board->laneIndex(0);
    QVERIFY(parent == QLatin1String("root") || target.isValid());

    const QStringList before = boardFields(*m_project);
    const QStringList reviewCell = keysOfCell(*m_board, 0, review);
    QSignalSpy reset(m_board.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_board.get(), &QAbstractItemModel::rowsMoved);
    if (payload != QLatin1String("valid"))
        QCOMPARE(m_board->decodeCards(data.get()), QList<qint64>{});
    QVERIFY(!m_board->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, target));
    QVERIFY(!m_board->dropMimeData(data.get(), Qt::MoveAction, 0, 0, target));
    QVERIFY(!m_board->dropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(keysOfCell(*m_board, 0, review), reviewCell);
    QCOMPARE(boardFields(*m_project), before);
    QCOMPARE(boardFieldsOnDisk(m_path), before);
}

// --- Moves into Done

void tst_BoardModel::donePolicyRefuses()
{
    QCOMPARE(BoardSettings::donePolicy(*m_project->settings()), BoardSettings::DonePolicy::Ask);
    stack()->push(new SetProjectSettingCommand(
        m_project.get(), BoardSettings::donePolicyKey(),
        BoardSettings::donePolicyValue(BoardSettings::DonePolicy::Refuse),
        QStringLiteral("Refuse")));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(BoardSettings::donePolicy(*m_project->settings()), BoardSettings::DonePolicy::Refuse);

    int asked = 0;
    m_board->setDoneConfirmer([&asked](const QStringList &) {
        ++asked;
        return true;
    });
    QSignalSpy refused(m_board.get(), &BoardModel::moveRefused);
    const QStringList before = boardFields(*m_project);

    // SEC-002 depends on SEC-001, in progress.
    const qint64 sec2 = id("SEC-002");
    QVERIFY(!m_board->moveCards({sec2}, 0, done, -1));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QLatin1String("SEC-002")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(asked, 0);
    std::unique_ptr<QMimeData> data(m_board->mimeData({m_board->indexOf(sec2)}));
    QVERIFY(!m_board->dropMimeData(data.get(), Qt::MoveAction, 0, 0, m_board->cellIndex(0, done)));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(m_project->tasks()->task(sec2)->status, Status::Todo);
    QCOMPARE(boardFieldsOnDisk(m_path), before);

    // Without open dependencies a task may go to Done; so may a Done task change its place.
    QVERIFY(m_board->moveCards({id("DOCS-001")}, 0, done, 0));
    QVERIFY(m_board->moveCards({id("OPS-005")}, 0, done, 0));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(asked, 0);
    QCOMPARE(stack()->count(), 3);

    // The policy is in the file.
    stack()->clear();
    QVERIFY(reopen());
    QCOMPARE(BoardSettings::donePolicy(*m_project->settings()), BoardSettings::DonePolicy::Refuse);
    QSignalSpy refusedAgain(m_board.get(), &BoardModel::moveRefused);
    QVERIFY(!m_board->moveCards({id("SEC-002")}, 0, done, 0));
    QCOMPARE(refusedAgain.count(), 1);
}

void tst_BoardModel::donePolicyAsks_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("no") << false;
    QTest::newRow("yes") << true;
}

void tst_BoardModel::donePolicyAsks()
{
    QFETCH(bool, answer);
    QStringList asked;
    int questions = 0;
    m_board->setDoneConfirmer([&](const QStringList &keys) {
        ++questions;
        asked = keys;
        return answer;
    });
    QSignalSpy refused(m_board.get(), &BoardModel::moveRefused);
    const QStringList before = boardFields(*m_project);

    // SEC-002 waits on SEC-001 (in progress); SEC-003 waits only on SEC-002, which goes along.
    const QList<qint64> ids = idsOf(*m_project, {"SEC-003", "SEC-002"});
    QCOMPARE(m_board->moveCards(ids, 0, done, 0), answer);
    QCOMPARE(questions, 1);
    QCOMPARE(asked, keyList({"SEC-002"}));
    QCOMPARE(refused.count(), 0);
    if (answer) {
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(keysOfCell(*m_board, 0, done).mid(0, 2), (keyList({"SEC-002", "SEC-003"})));
        QCOMPARE(taskOf(*m_project, "SEC-003")->status, Status::Done);
        QCOMPARE(boardFieldsOnDisk(m_path), boardFields(*m_project));
    } else {
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(boardFields(*m_project), before);
        QCOMPARE(boardFieldsOnDisk(m_path), before);
    }
}

void tst_BoardModel::doneWithDependencyMovedAlong()
{
    stack()->push(new SetProjectSettingCommand(
        m_project.get(), BoardSettings::donePolicyKey(),
        BoardSettings::donePolicyValue(BoardSettings::DonePolicy::Refuse),
        QStringLiteral("Refuse")));
    QSignalSpy refused(m_board.get(), &BoardModel::moveRefused);
    int asked = 0;
    m_board->setDoneConfirmer([&asked](const QStringList &) {
        ++asked;
        return false;
    });

    // SEC-003 → SEC-002 → SEC-001 (no dependencies): all three at once are fine.
    QVERIFY(!m_board->moveCards({id("SEC-003")}, 0, done, -1));
    QCOMPARE(refused.count(), 1);
    QVERIFY(m_board->moveCards(idsOf(*m_project, {"SEC-003", "SEC-001", "SEC-002"}), 0, done, -1));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(asked, 0);
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(keysOfCell(*m_board, 0, done).mid(10), (keyList({"SEC-002", "SEC-003", "SEC-001"})));

    // Once the dependency is done, the dependent may follow alone.
    stack()->undo();
    QVERIFY(m_board->moveCards({id("SEC-001")}, 0, done, -1));
    QVERIFY(m_board->moveCards({id("SEC-002")}, 0, done, -1));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(asked, 0);
}

// --- Settings and read-only projects

void tst_BoardModel::wipLimitsPersist()
{
    ProjectSettings *settings = m_project->settings();
    QCOMPARE(limitOf(*settings, Status::InProgress), -1);
    const auto setLimit = [this](Status column, std::optional<int> limit) {
        m_project->undoStack()->push(new SetProjectSettingCommand(
            m_project.get(), BoardSettings::wipLimitsKey(),
            BoardSettings::withWipLimit(*m_project->settings(), column, limit),
            QStringLiteral("WIP limit")));
    };
    setLimit(Status::InProgress, 3);
    setLimit(Status::Review, 2);
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(limitOf(*settings, Status::InProgress), 3);
    QCOMPARE(limitOf(*settings, Status::Review), 2);
    QCOMPARE(limitOf(*settings, Status::Todo), -1);
    {
        const auto reader = readBack(m_path);
        QVERIFY(reader);
        QCOMPARE(limitOf(*reader->settings(), Status::InProgress), 3);
        QCOMPARE(limitOf(*reader->settings(), Status::Review), 2);
    }
    stack()->undo();
    QCOMPARE(limitOf(*settings, Status::Review), -1);
    QCOMPARE(limitOf(*settings, Status::InProgress), 3);
    stack()->redo();

    QVERIFY(reopen());
    settings = m_project->settings();
    QCOMPARE(limitOf(*settings, Status::InProgress), 3);
    QCOMPARE(limitOf(*settings, Status::Review), 2);

    // Removing one limit keeps the other; undo brings it back; undoing all leaves no setting.
    setLimit(Status::InProgress, std::nullopt);
    QCOMPARE(limitOf(*settings, Status::InProgress), -1);
    QCOMPARE(limitOf(*settings, Status::Review), 2);
    setLimit(Status::Review, 0); // not a limit: removes it
    QVERIFY(settings->value(BoardSettings::wipLimitsKey()).isUndefined());
    stack()->undo();
    stack()->undo();
    QCOMPARE(limitOf(*settings, Status::InProgress), 3);
    QVERIFY(reopen());
    QCOMPARE(limitOf(*m_project->settings(), Status::InProgress), 3);

    // Values that are not limits read as none.
    const QJsonObject odd{{TaskEnums::token(Status::Todo), -1},
                          {TaskEnums::token(Status::Blocked), QStringLiteral("2")},
                          {TaskEnums::token(Status::Review), 2.5}};
    stack()->push(new SetProjectSettingCommand(m_project.get(), BoardSettings::wipLimitsKey(), odd,
                                               QStringLiteral("Odd")));
    QCOMPARE(limitOf(*m_project->settings(), Status::Todo), -1);
    QCOMPARE(limitOf(*m_project->settings(), Status::Blocked), -1);
    QCOMPARE(limitOf(*m_project->settings(), Status::Review), -1);
    stack()->undo();
    QVERIFY(reopen());
    QCOMPARE(limitOf(*m_project->settings(), Status::InProgress), 3);
}

void tst_BoardModel::readOnlyProjectRefuses()
{
    closeBoard();
    const QByteArray before = fileHash(m_path);
    OpenOptions options;
    options.readOnly = true;
    OpenError error;
    auto project = Project::open(m_path, options, &error);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(project->isReadOnly());
    openBoard(std::move(project));
    QSignalSpy refused(m_board.get(), &BoardModel::moveRefused);
    QSignalSpy failed(m_project.get(), &Project::writeFailed);
    const QStringList fields = boardFields(*m_project);

    const qint64 sec3 = id("SEC-003");
    QVERIFY(!m_board->flags(m_board->indexOf(sec3)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!m_board->moveCards({sec3}, 0, review, 0));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    std::unique_ptr<QMimeData> data(m_board->mimeData({m_board->indexOf(sec3)}));
    QVERIFY(data);
    QVERIFY(
        !m_board->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, m_board->cellIndex(0, review)));
    QVERIFY(
        !m_board->dropMimeData(data.get(), Qt::MoveAction, 0, 0, m_board->cellIndex(0, review)));

    stack()->push(new SetProjectSettingCommand(
        m_project.get(), BoardSettings::wipLimitsKey(),
        BoardSettings::withWipLimit(*m_project->settings(), Status::InProgress, 3),
        QStringLiteral("WIP limit")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(limitOf(*m_project->settings(), Status::InProgress), -1);
    QVERIFY(!m_project->settings()->setValue(
        BoardSettings::donePolicyKey(),
        BoardSettings::donePolicyValue(BoardSettings::DonePolicy::Refuse)));
    QCOMPARE(BoardSettings::donePolicy(*m_project->settings()), BoardSettings::DonePolicy::Ask);

    QCOMPARE(boardFields(*m_project), fields);
    closeBoard();
    QCOMPARE(fileHash(m_path), before);
}

// --- Checklist counts

void tst_BoardModel::checklistCountsFollowCommands_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<ChecklistCommand::Kind>("kind");
    QTest::addColumn<int>("row"); // the item acted on (not Add)
    QTest::addColumn<bool>("checked");
    QTest::addColumn<int>("checkedBefore");
    QTest::addColumn<int>("totalBefore");
    QTest::addColumn<int>("checkedAfter");
    QTest::addColumn<int>("totalAfter");

    using K = ChecklistCommand::Kind;
    // SEC-001's checklist: [x] [ ] [x] [ ].
    QTest::newRow("add unchecked")
        << QStringLiteral("SEC-001") << K::Add << -1 << false << 2 << 4 << 2 << 5;
    QTest::newRow("add checked") << QStringLiteral("SEC-001") << K::Add << -1 << true << 2 << 4 << 3
                                 << 5;
    QTest::newRow("check") << QStringLiteral("SEC-001") << K::Change << 1 << true << 2 << 4 << 3
                           << 4;
    QTest::newRow("uncheck") << QStringLiteral("SEC-001") << K::Change << 0 << false << 2 << 4 << 1
                             << 4;
    QTest::newRow("remove checked")
        << QStringLiteral("SEC-001") << K::Remove << 0 << false << 2 << 4 << 1 << 3;
    QTest::newRow("remove unchecked")
        << QStringLiteral("SEC-001") << K::Remove << 1 << false << 2 << 4 << 2 << 3;
    QTest::newRow("move") << QStringLiteral("SEC-001") << K::Move << 0 << false << 2 << 4 << 2 << 4;
    QTest::newRow("first item") << QStringLiteral("OPS-004") << K::Add << -1 << true << 0 << 0 << 1
                                << 1;
}

void tst_BoardModel::checklistCountsFollowCommands()
{
    QFETCH(QString, key);
    QFETCH(ChecklistCommand::Kind, kind);
    QFETCH(int, row);
    QFETCH(bool, checked);
    QFETCH(int, checkedBefore);
    QFETCH(int, totalBefore);
    QFETCH(int, checkedAfter);
    QFETCH(int, totalAfter);

    const qint64 taskId = idOf(*m_project, key);
    QCOMPARE(m_board->checklist(taskId).checked, checkedBefore);
    QCOMPARE(m_board->checklist(taskId).total, totalBefore);

    ChecklistItem item;
    if (kind == ChecklistCommand::Kind::Add) {
        item.taskId = taskId;
        item.text = QStringLiteral("One more");
        item.checked = checked;
        item.position = 0;
    } else {
        item = m_project->checklist(taskId).at(row);
        if (kind == ChecklistCommand::Kind::Change)
            item.checked = checked;
        else if (kind == ChecklistCommand::Kind::Move)
            item.position = 3;
    }
    const QModelIndex card = m_board->indexOf(taskId);
    QSignalSpy changed(m_board.get(), &QAbstractItemModel::dataChanged);
    stack()->push(new ChecklistCommand(m_project.get(), kind, item));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(m_board->checklist(taskId).checked, checkedAfter);
    QCOMPARE(m_board->checklist(taskId).total, totalAfter);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<QModelIndex>(), card);

    // What a board reading the file afresh counts.
    {
        BoardModel fresh(m_project.get(), m_filter.get());
        QCOMPARE(fresh.checklist(taskId).checked, checkedAfter);
        QCOMPARE(fresh.checklist(taskId).total, totalAfter);
    }

    stack()->undo();
    QCOMPARE(m_board->checklist(taskId).checked, checkedBefore);
    QCOMPARE(m_board->checklist(taskId).total, totalBefore);
    stack()->redo();
    QCOMPARE(m_board->checklist(taskId).checked, checkedAfter);
    QCOMPARE(m_board->checklist(taskId).total, totalAfter);
}

QTEST_GUILESS_MAIN(tst_BoardModel)
#include "tst_boardmodel.moc"
