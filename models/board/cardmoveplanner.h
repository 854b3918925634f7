// SPDX-License-Identifier: MIT
#pragma once

#include "commands/movecardscommand.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Candor {

class BoardCells;
class BoardLanes;
class DependencyGraph;
class TaskModel;

// Plans a move of cards on the board (a drop, or a keyboard nudge) as the field changes that
// make it: status for the column, priority or component for the lane, and ranks for the place
// in the cell, respacing the ranks around the place only when the gap there is used up. Reads
// the board as it is; writes nothing.
class CardMovePlanner final
{
public:
    struct Target
    {
        int lane = -1;
        int column = -1;
        int row = -1; // insertion row among the cards shown; -1 for the end
    };

    CardMovePlanner(const TaskModel &tasks, const BoardLanes &lanes, const BoardCells &cells)
        : m_tasks(tasks)
        , m_lanes(lanes)
        , m_cells(cells)
    {}

    // The ids in board order (column, rank), so that cards moved together keep their order;
    // unknown and repeated ids dropped.
    QList<qint64> ordered(const QList<qint64> &ids) const;
    // What moving the cards to `row` of a cell writes (row counts the moved cards where they are
    // now; -1 is the end); empty when they are there already or the cell does not exist.
    QList<TaskFieldChange> plan(const QList<qint64> &ids, int lane, int column, int row) const;
    // The keys of the tasks that a move into Done would finish before what they depend on;
    // dependencies moved along with them count as done.
    QStringList doneBeforeDependencies(const QList<qint64> &ids,
                                       const DependencyGraph &dependencies) const;
    // Where a keyboard step takes the cards: a column left or right, level with `anchor`; or a
    // place up or down within its cell, on into the next lane past either end. Nothing at the
    // edge of the board.
    std::optional<Target> nudge(const QList<qint64> &ids, qint64 anchor, int columnStep,
                                int rowStep) const;

private:
    QList<TaskFieldChange> planRanks(const QList<qint64> &ids, int lane, int column, int row) const;
    bool lessThan(qint64 left, qint64 right) const; // rank order within a cell

    const TaskModel &m_tasks;
    const BoardLanes &m_lanes;
    const BoardCells &m_cells;
};

} // namespace Candor
