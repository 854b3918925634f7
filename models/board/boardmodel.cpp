// SPDX-License-Identifier: MIT
#include "boardmodel.h"

#include "board/boardsettings.h"
#include "board/cardranks.h"
#include "commands/settaskfieldcommand.h"
#include "core/roles.h"
#include "database/projectdatabase.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "tasks/componentmodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Candor {

namespace {

// internalId of an index: 0 for a lane, 1 + lane for a cell, cardBase + cell for a card.
constexpr quintptr cardBase = quintptr(1) << 24;
// Beyond this many changed rows at once, one rebuild is cheaper than following each.
constexpr int followLimit = 256;

enum class Level { Root, Lane, Cell, Card };

Level levelOf(const QModelIndex &index)
{
    if (!index.isValid())
        return Level::Root;
    if (index.internalId() == 0)
        return Level::Lane;
    return index.internalId() < cardBase ? Level::Cell : Level::Card;
}

} // namespace

BoardModel::BoardModel(Project *project, TaskFilterModel *filter, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
    , m_filter(filter)
    , m_token(QUuid::createUuid())
{
    const TaskModel *tasks = project->tasks();
    connect(tasks, &QAbstractItemModel::modelReset, this, [this]() {
        // A reload (after a failed write, or a restore) may have changed checklists too.
        m_checklists.read(m_project->database().connection());
        rebuild();
    });
    connect(tasks, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(
        tasks, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
    connect(tasks, &QAbstractItemModel::rowsRemoved, this, [this]() {
        if (std::exchange(m_rebuildAfterRemoval, false))
            rebuild();
    });
    connect(tasks, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onDataChanged(topLeft.row(), bottomRight.row());
            });
    connect(filter, &TaskFilterModel::filterChanged, this, &BoardModel::rebuild);

    const ComponentModel *components = project->components();
    const auto componentsChanged = [this]() {
        if (m_swimlanes == Swimlanes::Component)
            rebuild();
    };
    connect(components, &QAbstractItemModel::modelReset, this, componentsChanged);
    connect(components, &QAbstractItemModel::rowsInserted, this, componentsChanged);
    connect(components, &QAbstractItemModel::rowsRemoved, this, componentsChanged);
    connect(components, &QAbstractItemModel::dataChanged, this, componentsChanged);

    connect(project, &Project::dependenciesChanged, this, &BoardModel::repaint);
    connect(project, &Project::checklistChanged, this, [this](qint64 taskId) {
        m_checklists.refresh(m_project->database().connection(), taskId);
        repaint(taskId);
    });
    m_checklists.read(project->database().connection());
    rebuild();
}

void BoardModel::setSwimlanes(Swimlanes swimlanes)
{
    if (swimlanes == m_swimlanes)
        return;
    m_swimlanes = swimlanes;
    rebuild();
}

QString BoardModel::laneTitle(int lane) const
{
    const QVariant value = m_lanes.value(lane);
    switch (m_swimlanes) {
    case Swimlanes::None:
        return tr("All tasks");
    case Swimlanes::Priority:
        return TaskEnums::label(static_cast<Priority>(value.toInt()));
    case Swimlanes::Component:
        return value.toLongLong() == 0 ? tr("No component")
                                       : m_project->components()->name(value.toLongLong());
    }
    return {};
}

const QList<qint64> &BoardModel::cards(int lane, int column) const
{
    static const QList<qint64> none;
    const int cell = lane * ColumnCount + column;
    return cell >= 0 && cell < m_cells.size() && column >= 0 && column < ColumnCount
               ? m_cells.at(cell)
               : none;
}

int BoardModel::laneCardCount(int lane) const
{
    int count = 0;
    for (int column = 0; column < ColumnCount; ++column)
        count += int(cards(lane, column).size());
    return count;
}

int BoardModel::columnCardCount(int column) const
{
    int count = 0;
    for (int lane = 0; lane < laneCount(); ++lane)
        count += int(cards(lane, column).size());
    return count;
}

double BoardModel::columnEstimate(int column) const
{
    double days = 0;
    for (int lane = 0; lane < laneCount(); ++lane)
        days += m_cellEstimates.value(lane * ColumnCount + column);
    return days;
}

QModelIndex BoardModel::laneIndex(int lane) const
{
    return lane >= 0 && lane < laneCount() ? createIndex(lane, 0, quintptr(0)) : QModelIndex();
}

QModelIndex BoardModel::cellIndex(int lane, int column) const
{
    if (lane < 0 || lane >= laneCount() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(column, 0, quintptr(1 + lane));
}

QModelIndex BoardModel::cardIndex(int lane, int column, int row) const
{
    if (row < 0 || row >= cards(lane, column).size())
        return {};
    return createIndex(row, 0, cardBase + quintptr(lane * ColumnCount + column));
}

QModelIndex BoardModel::indexOf(qint64 taskId) const
{
    const Position position = positionOf(taskId);
    return cardIndex(position.lane, position.column, position.row);
}

BoardModel::Position BoardModel::positionOf(qint64 taskId) const
{
    const auto placed = m_placed.constFind(taskId);
    if (placed == m_placed.cend())
        return {};
    const int cell = placed->cell;
    return {cell / ColumnCount, cell % ColumnCount, rowFor(cell, placed->rank, taskId)};
}

BoardModel::Position BoardModel::positionOf(const QModelIndex &index) const
{
    switch (levelOf(index)) {
    case Level::Root:
        return {};
    case Level::Lane:
        return {index.row(), -1, -1};
    case Level::Cell:
        return {int(index.internalId() - 1), index.row(), -1};
    case Level::Card: {
        const int cell = int(index.internalId() - cardBase);
        return {cell / ColumnCount, cell % ColumnCount, index.row()};
    }
    }
    return {};
}

const Task *BoardModel::task(const QModelIndex &index) const
{
    if (levelOf(index) != Level::Card)
        return nullptr;
    const Position position = positionOf(index);
    const QList<qint64> &cell = cards(position.lane, position.column);
    return position.row < cell.size() ? m_project->tasks()->task(cell.at(position.row)) : nullptr;
}

// --- Following the tasks

bool BoardModel::accepted(const Task &task) const
{
    return m_filter->filter().matches(task);
}

int BoardModel::laneOf(const Task &task) const
{
    switch (m_swimlanes) {
    case Swimlanes::None:
        return 0;
    case Swimlanes::Priority:
        return int(task.priority);
    case Swimlanes::Component:
        return m_laneOfComponent.value(task.componentId, laneCount() - 1);
    }
    return 0;
}

bool BoardModel::lessThan(qint64 left, qint64 right) const
{
    const Task *a = m_project->tasks()->task(left);
    const Task *b = m_project->tasks()->task(right);
    if (a->rank != b->rank)
        return a->rank < b->rank;
    return left < right;
}

int BoardModel::rowFor(int cell, double rank, qint64 taskId) const
{
    // Cells are ordered by the ranks they were placed with, (rank, id): a binary search, so that
    // following a change in a 40k-card cell costs no scan.
    const QList<double> &ranks = m_cellRanks.at(cell);
    const QList<qint64> &ids = m_cells.at(cell);
    qsizetype low = 0;
    qsizetype high = ids.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (ranks.at(middle) < rank || (ranks.at(middle) == rank && ids.at(middle) < taskId))
            low = middle + 1;
        else
            high = middle;
    }
    return int(low);
}

void BoardModel::rebuildLanes()
{
    m_lanes.clear();
    m_laneOfComponent.clear();
    switch (m_swimlanes) {
    case Swimlanes::None:
        m_lanes.append(QVariant());
        break;
    case Swimlanes::Priority:
        for (int priority = 0; priority < PriorityCount; ++priority)
            m_lanes.append(priority);
        break;
    case Swimlanes::Component:
        for (const Component &component : m_project->components()->components()) {
            m_laneOfComponent.insert(component.id, int(m_lanes.size()));
            m_lanes.append(component.id);
        }
        m_laneOfComponent.insert(0, int(m_lanes.size()));
        m_lanes.append(qint64(0)); // no component, last
        break;
    }
}

void BoardModel::rebuild()
{
    beginResetModel();
    rebuildLanes();
    const int cellCount = laneCount() * ColumnCount;
    m_cells = QList<QList<qint64>>(cellCount);
    m_cellRanks = QList<QList<double>>(cellCount);
    m_cellEstimates = QList<double>(cellCount, 0.0);
    m_placed.clear();
    // Sort (rank, id) pairs per cell, then keep the ids: no lookups while sorting.
    QList<QList<std::pair<double, qint64>>> ranked(cellCount);
    const QList<Task> &tasks = m_project->tasks()->tasks();
    m_placed.reserve(tasks.size());
    for (const Task &task : tasks) {
        if (!accepted(task))
            continue;
        const int cell = cellOf(task);
        ranked[cell].append({task.rank, task.id});
        const double estimate = task.estimate.value_or(0);
        m_cellEstimates[cell] += estimate;
        m_placed.insert(task.id, Placed{cell, estimate, task.rank});
    }
    for (int cell = 0; cell < cellCount; ++cell) {
        std::sort(ranked[cell].begin(), ranked[cell].end());
        m_cells[cell].reserve(ranked[cell].size());
        m_cellRanks[cell].reserve(ranked[cell].size());
        for (const auto &[rank, id] : std::as_const(ranked[cell])) {
            m_cells[cell].append(id);
            m_cellRanks[cell].append(rank);
        }
    }
    endResetModel();
}

void BoardModel::place(const Task &task)
{
    const int cell = cellOf(task);
    const int row = rowFor(cell, task.rank, task.id);
    beginInsertRows(cellIndex(cell / ColumnCount, cell % ColumnCount), row, row);
    m_cells[cell].insert(row, task.id);
    m_cellRanks[cell].insert(row, task.rank);
    const double estimate = task.estimate.value_or(0);
    m_cellEstimates[cell] += estimate;
    m_placed.insert(task.id, Placed{cell, estimate, task.rank});
    endInsertRows();
}

void BoardModel::take(qint64 taskId)
{
    const auto placed = m_placed.constFind(taskId);
    if (placed == m_placed.cend())
        return;
    const int cell = placed->cell;
    const int row = rowFor(cell, placed->rank, taskId);
    beginRemoveRows(cellIndex(cell / ColumnCount, cell % ColumnCount), row, row);
    m_cells[cell].removeAt(row);
    m_cellRanks[cell].removeAt(row);
    m_cellEstimates[cell] -= placed->estimate;
    m_placed.erase(placed);
    endRemoveRows();
}

void BoardModel::repaint(qint64 taskId)
{
    if (const QModelIndex card = indexOf(taskId); card.isValid())
        emit dataChanged(card, card);
}

void BoardModel::follow(qint64 taskId)
{
    const Task *task = m_project->tasks()->task(taskId);
    const auto placed = m_placed.find(taskId);
    const bool shown = task && accepted(*task);
    if (placed == m_placed.end()) {
        if (shown)
            place(*task);
        return;
    }
    if (!shown) {
        take(taskId);
        return;
    }
    const int from = placed->cell;
    const int to = cellOf(*task);
    const int row = rowFor(from, placed->rank, taskId);
    const double estimate = task->estimate.value_or(0);
    m_cellEstimates[from] -= placed->estimate;
    m_cellEstimates[to] += estimate;
    placed->estimate = estimate;

    // Where the card belongs among the others of its (new) cell: the cell is sorted, the card
    // itself included at its old place, so a search over all of it counts the card when it lies
    // before the new place.
    int at = rowFor(to, task->rank, taskId);
    if (from == to && at > row)
        --at;
    placed->rank = task->rank;
    if (from == to && at == row) {
        m_cellRanks[from][row] = task->rank;
        emit dataChanged(cardIndex(from / ColumnCount, from % ColumnCount, row),
                         cardIndex(from / ColumnCount, from % ColumnCount, row));
        return;
    }
    const QModelIndex sourceCell = cellIndex(from / ColumnCount, from % ColumnCount);
    const QModelIndex targetCell = cellIndex(to / ColumnCount, to % ColumnCount);
    beginMoveRows(sourceCell, row, row, targetCell, (from == to && at > row) ? at + 1 : at);
    if (from == to) {
        // Rotate the run between the two places by one, rather than removing and inserting.
        QList<qint64> &ids = m_cells[from];
        QList<double> &ranks = m_cellRanks[from];
        if (at > row) {
            std::rotate(ids.begin() + row, ids.begin() + row + 1, ids.begin() + at + 1);
            std::rotate(ranks.begin() + row, ranks.begin() + row + 1, ranks.begin() + at + 1);
        } else {
            std::rotate(ids.begin() + at, ids.begin() + row, ids.begin() + row + 1);
            std::rotate(ranks.begin() + at, ranks.begin() + row, ranks.begin() + row + 1);
        }
        ranks[at] = task->rank;
    } else {
        m_cells[from].removeAt(row);
        m_cellRanks[from].removeAt(row);
        m_cells[to].insert(at, taskId);
        m_cellRanks[to].insert(at, task->rank);
    }
    placed->cell = to;
    endMoveRows();
    const QModelIndex card = cardIndex(to / ColumnCount, to % ColumnCount, at);
    emit dataChanged(card, card);
}

void BoardModel::onRowsInserted(int first, int last)
{
    if (last - first >= followLimit) {
        rebuild();
        return;
    }
    for (int row = first; row <= last; ++row)
        follow(m_project->tasks()->taskAt(row).id);
}

void BoardModel::onRowsAboutToBeRemoved(int first, int last)
{
    if (last - first >= followLimit) {
        m_rebuildAfterRemoval = true;
        return;
    }
    for (int row = first; row <= last; ++row)
        take(m_project->tasks()->taskAt(row).id);
}

void BoardModel::onDataChanged(int first, int last)
{
    if (last - first >= followLimit) {
        rebuild();
        return;
    }
    for (int row = first; row <= last; ++row)
        follow(m_project->tasks()->taskAt(row).id);
}

// --- Moving cards

QList<qint64> BoardModel::ordered(const QList<qint64> &ids) const
{
    // In board order (column, rank), so that cards moved together keep their order; unknown
    // and repeated ids are dropped.
    QList<qint64> result;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (m_project->tasks()->task(id) && !seen.contains(id)) {
            seen.insert(id);
            result.append(id);
        }
    }
    std::sort(result.begin(), result.end(), [this](qint64 left, qint64 right) {
        const Task *a = m_project->tasks()->task(left);
        const Task *b = m_project->tasks()->task(right);
        if (a->status != b->status)
            return a->status < b->status;
        return lessThan(left, right);
    });
    return result;
}

QList<TaskFieldChange> BoardModel::planRanks(const QList<qint64> &ids, int lane, int column,
                                             int row) const
{
    const QSet<qint64> moving(ids.cbegin(), ids.cend());
    const QList<qint64> &shown = cards(lane, column);
    // The insertion row among the cards that stay.
    int at = 0;
    QList<qint64> staying;
    staying.reserve(shown.size());
    for (int i = 0; i < shown.size(); ++i) {
        if (moving.contains(shown.at(i)))
            continue;
        if (row < 0 || i < row)
            ++at;
        staying.append(shown.at(i));
    }
    const TaskModel *tasks = m_project->tasks();
    const qint64 before = at > 0 ? staying.at(at - 1) : 0;
    const qint64 after = at < staying.size() ? staying.at(at) : 0;

    TaskFieldChange change{TaskField::Rank, {}, {}};
    const auto rankOf = [tasks](qint64 id) -> std::optional<double> {
        if (!id)
            return std::nullopt;
        return tasks->task(id)->rank;
    };
    // Ranks that already put the cards there in this order stay: a drop where the cards are
    // changes nothing, and cards alone in a cell keep their ranks only while these are in order.
    std::optional<double> previous = rankOf(before);
    bool fit = true;
    for (qint64 id : ids) {
        const double rank = tasks->task(id)->rank;
        fit = fit && (!previous || *previous < rank);
        previous = rank;
    }
    if (fit && (!after || *previous < *rankOf(after)))
        return {};
    if (const auto ranks = CardRanks::between(rankOf(before), rankOf(after), int(ids.size()))) {
        for (int i = 0; i < ids.size(); ++i) {
            if (tasks->task(ids.at(i))->rank != ranks->at(i)) {
                change.ids.append(ids.at(i));
                change.values.append(ranks->at(i));
            }
        }
        return {change};
    }

    // The gap is used up: respace a window around the place (tasks of that status, shown or
    // not, in rank order), doubling it until the ranks just outside leave room; the whole
    // column only when nothing smaller will do. A drop so stays a write of tens of tasks.
    const Status status = columnStatus(column);
    QList<std::pair<double, qint64>> columnRanks;
    for (const Task &task : tasks->tasks()) {
        if (task.status == status && !moving.contains(task.id))
            columnRanks.append({task.rank, task.id});
    }
    std::sort(columnRanks.begin(), columnRanks.end());
    const auto placeOf = [&columnRanks, tasks](qint64 id) {
        const std::pair<double, qint64> key{tasks->task(id)->rank, id};
        return qsizetype(std::lower_bound(columnRanks.cbegin(), columnRanks.cend(), key) -
                         columnRanks.cbegin());
    };
    const qsizetype insertAt = before ? placeOf(before) + 1 : placeOf(after);
    const qsizetype total = columnRanks.size();
    for (qsizetype reach = 8;; reach *= 2) {
        const qsizetype first = std::max<qsizetype>(0, insertAt - reach);
        const qsizetype last = std::min(total, insertAt + reach); // one past
        const std::optional<double> low =
            first > 0 ? std::optional<double>(columnRanks.at(first - 1).first) : std::nullopt;
        const std::optional<double> high =
            last < total ? std::optional<double>(columnRanks.at(last).first) : std::nullopt;
        const int count = int(last - first + ids.size());
        const bool whole = first == 0 && last == total;
        const bool roomy = !low || !high || (*high - *low) / (count + 1) >= CardRanks::step / 64;
        const std::optional<QList<double>> ranks =
            whole ? std::optional<QList<double>>(CardRanks::renumbered(count))
                  : (roomy ? CardRanks::between(low, high, count) : std::nullopt);
        if (!ranks)
            continue;
        QList<qint64> order;
        order.reserve(count);
        for (qsizetype i = first; i < insertAt; ++i)
            order.append(columnRanks.at(i).second);
        order.append(ids);
        for (qsizetype i = insertAt; i < last; ++i)
            order.append(columnRanks.at(i).second);
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (tasks->task(order.at(i))->rank != ranks->at(i)) {
                change.ids.append(order.at(i));
                change.values.append(ranks->at(i));
            }
        }
        return {change};
    }
}

QList<TaskFieldChange> BoardModel::planMove(const QList<qint64> &requested, int lane, int column,
                                            int row) const
{
    if (lane < 0 || lane >= laneCount() || column < 0 || column >= ColumnCount)
        return {};
    const QList<qint64> ids = ordered(requested);
    if (ids.isEmpty())
        return {};
    const TaskModel *tasks = m_project->tasks();
    QList<TaskFieldChange> changes = planRanks(ids, lane, column, row);

    const QVariant laneValue = m_lanes.at(lane);
    if (m_swimlanes != Swimlanes::None) {
        const TaskField field =
            m_swimlanes == Swimlanes::Priority ? TaskField::Priority : TaskField::Component;
        TaskFieldChange change{field, {}, {}};
        for (qint64 id : ids) {
            if (tasks->fieldValue(*tasks->task(id), field).toLongLong() != laneValue.toLongLong()) {
                change.ids.append(id);
                change.values.append(field == TaskField::Priority ? QVariant(laneValue.toInt())
                                                                  : laneValue);
            }
        }
        changes.append(change);
    }
    TaskFieldChange status{TaskField::Status, {}, {}};
    for (qint64 id : ids) {
        if (int(tasks->task(id)->status) != column) {
            status.ids.append(id);
            status.values.append(column);
        }
    }
    changes.append(status);
    changes.erase(
        std::remove_if(changes.begin(), changes.end(),
                       [](const TaskFieldChange &change) { return change.ids.isEmpty(); }),
        changes.end());
    return changes;
}

void BoardModel::setDoneConfirmer(std::function<bool(const QStringList &)> confirmer)
{
    m_doneConfirmer = std::move(confirmer);
}

bool BoardModel::moveCards(const QList<qint64> &ids, int lane, int column, int row)
{
    if (m_project->isReadOnly()) {
        emit moveRefused(tr("The project is open read-only."));
        return false;
    }
    const QList<TaskFieldChange> changes = planMove(ids, lane, column, row);
    if (changes.isEmpty())
        return false;
    const TaskModel *tasks = m_project->tasks();
    const QList<qint64> moved = ordered(ids);

    if (columnStatus(column) == Status::Done) {
        // Done before what it depends on? Dependencies moved to Done along with it count as done.
        const QSet<qint64> moving(moved.cbegin(), moved.cend());
        QStringList early;
        for (qint64 id : moved) {
            if (tasks->task(id)->status == Status::Done)
                continue;
            for (qint64 dependency : m_project->dependencies().dependenciesOf(id)) {
                const Task *other = tasks->task(dependency);
                if (other && other->status != Status::Done && !moving.contains(dependency)) {
                    early.append(tasks->keyOf(id));
                    break;
                }
            }
        }
        if (!early.isEmpty()) {
            if (BoardSettings::donePolicy(*m_project->settings()) ==
                BoardSettings::DonePolicy::Refuse) {
                emit moveRefused(tr("%1 cannot be done before what it depends on is done.", nullptr,
                                    int(early.size()))
                                     .arg(early.join(QLatin1String(", "))));
                return false;
            }
            if (m_doneConfirmer && !m_doneConfirmer(early))
                return false;
        }
    }

    const QString where =
        laneCount() > 1 ? tr("%1 / %2").arg(laneTitle(lane), TaskEnums::label(columnStatus(column)))
                        : TaskEnums::label(columnStatus(column));
    const QString text = moved.size() == 1
                             ? tr("Move %1 to %2").arg(tasks->keyOf(moved.first()), where)
                             : tr("Move %n task(s) to %1", nullptr, int(moved.size())).arg(where);
    const int before = m_project->undoStack()->index();
    m_project->undoStack()->push(new MoveCardsCommand(m_project, changes, text));
    return m_project->undoStack()->index() != before;
}

bool BoardModel::nudgeCards(const QList<qint64> &ids, qint64 anchor, int columnStep, int rowStep)
{
    const Position at = positionOf(anchor);
    if (!at.isValid() || ids.isEmpty())
        return false;
    const int column = at.column + columnStep;
    if (column < 0 || column >= ColumnCount)
        return false;
    if (rowStep == 0) // level with where the card was, as far as the other column allows
        return moveCards(ids, at.lane, column,
                         std::min(at.row, int(cards(at.lane, column).size())));
    int first = INT_MAX;
    int last = -1;
    for (qint64 id : ids) {
        if (const Position position = positionOf(id);
            position.lane == at.lane && position.column == at.column) {
            first = std::min(first, position.row);
            last = std::max(last, position.row);
        }
    }
    // Past the top or bottom of a cell the cards go on into the lane above or below, so that
    // every lane a drag can reach, the keyboard reaches too.
    if (rowStep < 0 && first <= 0)
        return at.lane > 0 && moveCards(ids, at.lane - 1, at.column, -1);
    if (rowStep > 0 && last + 1 >= cards(at.lane, at.column).size())
        return at.lane + 1 < laneCount() && moveCards(ids, at.lane + 1, at.column, 0);
    return moveCards(ids, at.lane, at.column, rowStep < 0 ? first - 1 : last + 2);
}

bool BoardModel::setPriority(const QList<qint64> &ids, Priority priority)
{
    if (m_project->isReadOnly()) {
        emit moveRefused(tr("The project is open read-only."));
        return false;
    }
    QList<qint64> changed;
    for (qint64 id : ids) {
        if (const Task *task = m_project->tasks()->task(id); task && task->priority != priority)
            changed.append(id);
    }
    if (changed.isEmpty())
        return false;
    m_project->undoStack()->push(new SetTaskFieldCommand(
        m_project, TaskField::Priority, changed, QVariantList(changed.size(), int(priority))));
    return true;
}

// --- QAbstractItemModel

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    switch (levelOf(parent)) {
    case Level::Root:
        return laneIndex(row);
    case Level::Lane:
        return cellIndex(parent.row(), row);
    case Level::Cell:
        return cardIndex(int(parent.internalId() - 1), parent.row(), row);
    case Level::Card:
        return {};
    }
    return {};
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    switch (levelOf(child)) {
    case Level::Root:
    case Level::Lane:
        return {};
    case Level::Cell:
        return laneIndex(int(child.internalId() - 1));
    case Level::Card: {
        const int cell = int(child.internalId() - cardBase);
        return cellIndex(cell / ColumnCount, cell % ColumnCount);
    }
    }
    return {};
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    switch (levelOf(parent)) {
    case Level::Root:
        return laneCount();
    case Level::Lane:
        return ColumnCount;
    case Level::Cell:
        return int(cards(int(parent.internalId() - 1), parent.row()).size());
    case Level::Card:
        return 0;
    }
    return 0;
}

int BoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    switch (levelOf(index)) {
    case Level::Root:
        return {};
    case Level::Lane:
        return role == Qt::DisplayRole ? QVariant(laneTitle(index.row())) : QVariant();
    case Level::Cell:
        return role == Qt::DisplayRole ? QVariant(TaskEnums::label(columnStatus(index.row())))
                                       : QVariant();
    case Level::Card:
        break;
    }
    const Task *card = task(index);
    if (!card)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 %2").arg(card->key, card->title);
    case Qt::ToolTipRole:
        return card->description.isEmpty()
                   ? card->title
                   : QStringLiteral("%1\n\n%2").arg(card->title, card->description.left(400));
    case TaskIdRole:
        return card->id;
    case ColourRole:
        return m_project->components()->colourOf(card->componentId);
    default:
        return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    switch (levelOf(index)) {
    case Level::Root:
        return Qt::ItemIsDropEnabled;
    case Level::Lane:
        return Qt::ItemIsEnabled;
    case Level::Cell:
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    case Level::Card:
        break;
    }
    Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDropEnabled;
    if (!m_project->isReadOnly())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QString BoardModel::mimeType()
{
    return QStringLiteral("application/x-candor-cards");
}

QStringList BoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray ids;
    QStringList lines;
    for (const QModelIndex &index : indexes) {
        if (const Task *card = task(index)) {
            ids.append(card->id);
            lines.append(QStringLiteral("%1 %2").arg(card->key, card->title));
        }
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    const QJsonObject payload{{QStringLiteral("board"), m_token.toString(QUuid::WithoutBraces)},
                              {QStringLiteral("tasks"), ids}};
    data->setData(mimeType(), QJsonDocument(payload).toJson(QJsonDocument::Compact));
    data->setText(lines.join(QLatin1Char('\n'))); // for other applications
    return data;
}

QList<qint64> BoardModel::decodeCards(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType()), &error);
    const QJsonObject payload = document.object();
    if (error.error != QJsonParseError::NoError ||
        payload.value(QStringLiteral("board")).toString() != m_token.toString(QUuid::WithoutBraces))
        return {};
    QList<qint64> ids;
    for (const QJsonValue &value : payload.value(QStringLiteral("tasks")).toArray()) {
        const qint64 id = value.toInteger(0);
        if (!value.isDouble() || !m_project->tasks()->task(id))
            return {}; // a payload naming tasks this project lacks is not ours
        ids.append(id);
    }
    return ids;
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &parent) const
{
    const Level level = levelOf(parent);
    return (action == Qt::MoveAction || action == Qt::CopyAction) &&
           (level == Level::Cell || level == Level::Card) && !m_project->isReadOnly() &&
           !decodeCards(data).isEmpty();
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Position target = positionOf(parent);
    if (levelOf(parent) == Level::Card)
        row = target.row; // dropped on a card: in front of it
    return moveCards(decodeCards(data), target.lane, target.column, row);
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace Candor
