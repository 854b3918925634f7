// SPDX-License-Identifier: MIT
#pragma once

#include "board/boardcells.h"
#include "board/boardlanes.h"
#include "commands/movecardscommand.h"
#include "core/task.h"
#include "tasks/checklistcounts.h"

#include <QAbstractItemModel>
#include <QUuid>

#include <functional>

namespace Candor {

class Project;
class BoardEdits;
class CardMovePlanner;
class TaskFilterModel;

// The Kanban board as a tree: lanes (one without swimlanes; else one per priority or
// component) hold one cell per status column, and each cell holds its cards (the tasks that
// pass the shared filter) in rank order. It follows TaskModel change by change, moving one
// card with beginMoveRows, so that a drop repaints only what changed and the selection stays;
// a change of many rows at once (a bulk edit) rebuilds the board once instead. Drops arrive
// as MIME payloads (CardPayload) and leave as one MoveCardsCommand (planned by
// CardMovePlanner).
class BoardModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardModel)
public:
    static constexpr int ColumnCount = BoardCells::ColumnCount; // the statuses, in order
    // Changes of TaskModel spanning more rows than this (a dataChanged, an insertion or a
    // removal) rebuild the board once rather than following each row.
    static constexpr int followLimit = 256;

    struct Position
    {
        int lane = -1;
        int column = -1;
        int row = -1;
        bool isValid() const { return lane >= 0; }
    };

    BoardModel(Project *project, TaskFilterModel *filter, QObject *parent = nullptr);

    Project *project() const { return m_project; }
    Swimlanes swimlanes() const { return m_lanes.kind(); }
    void setSwimlanes(Swimlanes swimlanes);
    // True during the reset of a rebuild for many changed tasks (not for a new filter or
    // swimlanes): views keep their place then, as when cards move one by one.
    bool isRebuildingForChanges() const { return m_rebuildingForChanges; }

    int laneCount() const { return m_lanes.count(); }
    QString laneTitle(int lane) const;
    static Status columnStatus(int column) { return static_cast<Status>(column); }
    const QList<qint64> &cards(int lane, int column) const { return m_cells.cards(lane, column); }
    int laneCardCount(int lane) const { return m_cells.laneCardCount(lane); }
    int columnCardCount(int column) const { return m_cells.columnCardCount(column); }
    double columnEstimate(int column) const { return m_cells.columnEstimate(column); } // shown
    ChecklistCounts::Count checklist(qint64 taskId) const { return m_checklists.of(taskId); }

    QModelIndex laneIndex(int lane) const;
    QModelIndex cellIndex(int lane, int column) const;
    QModelIndex cardIndex(int lane, int column, int row) const;
    QModelIndex indexOf(qint64 taskId) const;
    Position positionOf(qint64 taskId) const;
    Position positionOf(const QModelIndex &index) const; // row -1 for a cell, column -1 for a lane
    const Task *task(const QModelIndex &index) const;    // null unless a card

    // Moves cards to `row` of a cell (an insertion index among the cards shown there, counting
    // the moved ones where they are now; -1 is the end), changing status, priority or component
    // and rank as needed, as one undo step. Refuses (with moveRefused) what may not be done; a
    // move into Done of tasks with unfinished dependencies asks doneConfirmer, or is refused
    // when the project says so.
    bool moveCards(const QList<qint64> &ids, int lane, int column, int row);
    // Keyboard triage: moves cards one column left or right (level with where `anchor` was) or
    // one place up or down within `anchor`'s cell, and from the end of a cell into the next
    // lane. False when already at the edge of the board.
    bool nudgeCards(const QList<qint64> &ids, qint64 anchor, int columnStep, int rowStep);
    // Sets the priority of the tasks (one undo step); false when nothing changes.
    bool setPriority(const QList<qint64> &ids, Priority priority);
    // What moveCards would write; empty when the cards are there already.
    QList<TaskFieldChange> planMove(const QList<qint64> &ids, int lane, int column, int row) const;
    CardMovePlanner planner() const; // plans moves on the board as it is now
    // Asked with the keys of the tasks that would be done before what they depend on.
    void setDoneConfirmer(std::function<bool(const QStringList &keys)> confirmer);

    static QString mimeType(); // the card payload; text/plain comes with it for other apps
    // The task ids of a payload from this board; empty for a foreign or malformed one.
    QList<qint64> decodeCards(const QMimeData *data) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex & = {}) const override { return 1; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override { return {mimeType()}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override
    {
        return Qt::MoveAction | Qt::CopyAction;
    }

signals:
    void moveRefused(const QString &message);

private:
    void rebuild();
    void rebuildForChanges(); // many rows changed at once: one reset, not a move per card
    int cellOf(const Task &task) const
    {
        return m_lanes.laneOf(task) * ColumnCount + int(task.status);
    }
    QModelIndex cellIndexOf(int cell) const
    {
        return cellIndex(cell / ColumnCount, cell % ColumnCount);
    }
    bool accepted(const Task &task) const;
    void follow(qint64 taskId); // after a change of the task: move, add, drop or repaint its card
    void place(const Task &task);
    void take(qint64 taskId);
    void repaint(qint64 taskId);
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onDataChanged(int first, int last);

    Project *m_project;
    TaskFilterModel *m_filter;
    BoardLanes m_lanes;
    BoardCells m_cells;
    ChecklistCounts m_checklists;
    BoardEdits *m_edits;
    QUuid m_token; // tells this board's payloads from another window's
    bool m_rebuildAfterRemoval = false;
    bool m_rebuildingForChanges = false;
};

} // namespace Candor
