// SPDX-License-Identifier: MIT
#include "boardmodel.h"

#include "board/boardedits.h"
#include "board/cardmoveplanner.h"
#include "core/roles.h"
#include "database/projectdatabase.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"

#include <QMimeData>

namespace Candor {

namespace {

// internalId of an index: 0 for a lane, 1 + lane for a cell, cardBase + cell for a card.
constexpr quintptr cardBase = quintptr(1) << 24;

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
    , m_edits(new BoardEdits(project, *this, this))
    , m_token(QUuid::createUuid())
{
    connect(m_edits, &BoardEdits::moveRefused, this, &BoardModel::moveRefused);
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
            rebuildForChanges();
    });
    connect(tasks, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A new schedule moves no card (BoardView repaints its marks).
                if (!ScheduleColumns::contains(topLeft.column()))
                    onDataChanged(topLeft.row(), bottomRight.row());
            });
    connect(filter, &TaskFilterModel::filterChanged, this, &BoardModel::rebuild);

    const ComponentModel *components = project->components();
    const auto componentsChanged = [this]() {
        if (m_lanes.kind() == Swimlanes::Component)
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
    if (swimlanes == m_lanes.kind())
        return;
    m_lanes.reset(swimlanes, *m_project->components());
    rebuild();
}

QString BoardModel::laneTitle(int lane) const
{
    return m_lanes.title(lane, *m_project->components());
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
    const BoardCells::Place place = m_cells.placeOf(taskId);
    if (!place.isValid())
        return {};
    return {place.cell / ColumnCount, place.cell % ColumnCount, place.row};
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

void BoardModel::rebuild()
{
    beginResetModel();
    m_lanes.reset(m_lanes.kind(), *m_project->components());
    const QList<Task> &tasks = m_project->tasks()->tasks();
    m_cells.clear(laneCount(), tasks.size());
    for (const Task &task : tasks) {
        if (accepted(task))
            m_cells.add({cellOf(task), task.id, task.rank, task.estimate.value_or(0)});
    }
    m_cells.sort();
    endResetModel();
}

void BoardModel::rebuildForChanges()
{
    m_rebuildingForChanges = true;
    rebuild();
    m_rebuildingForChanges = false;
}

void BoardModel::place(const Task &task)
{
    const int cell = cellOf(task);
    const int row = m_cells.rowFor(cell, task.rank, task.id);
    beginInsertRows(cellIndexOf(cell), row, row);
    m_cells.insert(cell, row, {cell, task.id, task.rank, task.estimate.value_or(0)});
    endInsertRows();
}

void BoardModel::take(qint64 taskId)
{
    const BoardCells::Place place = m_cells.placeOf(taskId);
    if (!place.isValid())
        return;
    beginRemoveRows(cellIndexOf(place.cell), place.row, place.row);
    m_cells.remove(place);
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
    const BoardCells::Place from = m_cells.placeOf(taskId);
    const bool shown = task && accepted(*task);
    if (!from.isValid()) {
        if (shown)
            place(*task);
        return;
    }
    if (!shown) {
        take(taskId);
        return;
    }
    const int to = cellOf(*task);
    // Where the card belongs among the others of its (new) cell: the cell is sorted, the card
    // itself included at its old place, so a search over all of it counts the card when it lies
    // before the new place.
    int at = m_cells.rowFor(to, task->rank, taskId);
    if (from.cell == to && at > from.row)
        --at;
    const double estimate = task->estimate.value_or(0);
    if (from.cell == to && at == from.row) {
        m_cells.move(from, to, at, task->rank, estimate); // in place: rank and estimate only
    } else {
        beginMoveRows(cellIndexOf(from.cell), from.row, from.row, cellIndexOf(to),
                      (from.cell == to && at > from.row) ? at + 1 : at);
        m_cells.move(from, to, at, task->rank, estimate);
        endMoveRows();
    }
    const QModelIndex card = cardIndex(to / ColumnCount, to % ColumnCount, at);
    emit dataChanged(card, card);
}

void BoardModel::onRowsInserted(int first, int last)
{
    if (last - first >= followLimit) {
        rebuildForChanges();
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
    // A bulk edit may announce one range from its first to its last row, rows between that did
    // not change included: past followLimit rows, one rebuild costs less than following each
    // (and a move per card of 10k would cost the views a relayout each).
    if (last - first >= followLimit) {
        rebuildForChanges();
        return;
    }
    for (int row = first; row <= last; ++row)
        follow(m_project->tasks()->taskAt(row).id);
}

// --- Moving cards

CardMovePlanner BoardModel::planner() const
{
    return CardMovePlanner(*m_project->tasks(), m_lanes, m_cells);
}

QList<TaskFieldChange> BoardModel::planMove(const QList<qint64> &ids, int lane, int column,
                                            int row) const
{
    return planner().plan(ids, lane, column, row);
}

bool BoardModel::moveCards(const QList<qint64> &ids, int lane, int column, int row)
{
    return m_edits->moveCards(ids, lane, column, row);
}

bool BoardModel::nudgeCards(const QList<qint64> &ids, qint64 anchor, int columnStep, int rowStep)
{
    return m_edits->nudgeCards(ids, anchor, columnStep, rowStep);
}

bool BoardModel::setPriority(const QList<qint64> &ids, Priority priority)
{
    return m_edits->setPriority(ids, priority);
}

void BoardModel::setDoneConfirmer(std::function<bool(const QStringList &)> confirmer)
{
    m_edits->setDoneConfirmer(std::move(confirmer));
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

} // namespace Candor
