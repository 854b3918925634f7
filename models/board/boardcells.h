// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QHash>
#include <QList>

namespace Candor {

struct Task;

// The cards of the board's cells (lane * ColumnCount + column), each cell in (rank, id) order.
// Every card keeps the rank and estimate it was placed with, so that it is found by a binary
// search, and the cell's estimate sum stays right, even while a change to its task is half
// applied. Knows nothing of models: BoardModel announces each change around these calls.
class BoardCells final
{
public:
    static constexpr int ColumnCount = StatusCount;

    struct Place
    {
        int cell = -1;
        int row = -1;
        bool isValid() const { return cell >= 0; }
    };
    // A card: where it goes and what it was placed with.
    struct Card
    {
        int cell = 0;
        qint64 id = 0;
        double rank = 0;
        double estimate = 0;
    };

    // A rebuild: empty cells for `laneCount` lanes, room for `cardCount` cards; then add()
    // each card in any order, and sort() the cells once (no per-card searches or inserts).
    void clear(int laneCount, qsizetype cardCount = 0);
    void add(const Card &card);
    void sort();

    int cellCount() const { return int(m_ids.size()); }
    int laneCount() const { return cellCount() / ColumnCount; }
    const QList<qint64> &cards(int cell) const;
    const QList<qint64> &cards(int lane, int column) const; // none outside the board
    int laneCardCount(int lane) const;
    int columnCardCount(int column) const;
    double columnEstimate(int column) const; // days
    Place placeOf(qint64 taskId) const;
    // Where a card placed with (rank, taskId) goes among the cell's cards as they are now.
    int rowFor(int cell, double rank, qint64 taskId) const;

    void insert(int cell, int row, const Card &card);
    void remove(const Place &place);
    // Moves the card at `from` to row `at` of cell `to` (at counted without the card itself
    // when the cell stays), placed anew with `rank` and `estimate`.
    void move(const Place &from, int to, int at, double rank, double estimate);

private:
    struct Placed
    {
        int cell = 0;
        double estimate = 0;
        double rank = 0;
    };

    QList<QList<qint64>> m_ids;
    QList<QList<double>> m_ranks; // the rank each card of m_ids was placed with
    QList<double> m_estimates;
    QHash<qint64, Placed> m_placed;
};

} // namespace Candor
