// SPDX-License-Identifier: MIT
#include "boardcells.h"

#include <algorithm>

namespace Candor {

void BoardCells::clear(int laneCount)
{
    const int count = laneCount * ColumnCount;
    m_ids = QList<QList<qint64>>(count);
    m_ranks = QList<QList<double>>(count);
    m_estimates = QList<double>(count, 0.0);
    m_placed.clear();
}

void BoardCells::assign(int laneCount, const QList<Card> &cards)
{
    clear(laneCount);
    // Sort (rank, id) pairs per cell, then keep the ids: no lookups while sorting.
    QList<QList<std::pair<double, qint64>>> ranked(cellCount());
    m_placed.reserve(cards.size());
    for (const Card &card : cards) {
        ranked[card.cell].append({card.rank, card.id});
        m_estimates[card.cell] += card.estimate;
        m_placed.insert(card.id, Placed{card.cell, card.estimate, card.rank});
    }
    for (int cell = 0; cell < cellCount(); ++cell) {
        std::sort(ranked[cell].begin(), ranked[cell].end());
        m_ids[cell].reserve(ranked[cell].size());
        m_ranks[cell].reserve(ranked[cell].size());
        for (const auto &[rank, id] : std::as_const(ranked[cell])) {
            m_ids[cell].append(id);
            m_ranks[cell].append(rank);
        }
    }
}

const QList<qint64> &BoardCells::cards(int cell) const
{
    static const QList<qint64> none;
    return cell >= 0 && cell < cellCount() ? m_ids.at(cell) : none;
}

const QList<qint64> &BoardCells::cards(int lane, int column) const
{
    static const QList<qint64> none;
    return column >= 0 && column < ColumnCount ? cards(lane * ColumnCount + column) : none;
}

int BoardCells::laneCardCount(int lane) const
{
    int count = 0;
    for (int column = 0; column < ColumnCount; ++column)
        count += int(cards(lane, column).size());
    return count;
}

int BoardCells::columnCardCount(int column) const
{
    int count = 0;
    for (int lane = 0; lane < laneCount(); ++lane)
        count += int(cards(lane, column).size());
    return count;
}

double BoardCells::columnEstimate(int column) const
{
    double days = 0;
    for (int lane = 0; lane < laneCount(); ++lane)
        days += m_estimates.value(lane * ColumnCount + column);
    return days;
}

BoardCells::Place BoardCells::placeOf(qint64 taskId) const
{
    const auto placed = m_placed.constFind(taskId);
    if (placed == m_placed.cend())
        return {};
    return {placed->cell, rowFor(placed->cell, placed->rank, taskId)};
}

int BoardCells::rowFor(int cell, double rank, qint64 taskId) const
{
    // Cells are ordered by the ranks they were placed with, (rank, id): a binary search, so that
    // following a change in a 40k-card cell costs no scan.
    const QList<double> &ranks = m_ranks.at(cell);
    const QList<qint64> &ids = m_ids.at(cell);
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

void BoardCells::insert(int cell, int row, const Card &card)
{
    m_ids[cell].insert(row, card.id);
    m_ranks[cell].insert(row, card.rank);
    m_estimates[cell] += card.estimate;
    m_placed.insert(card.id, Placed{cell, card.estimate, card.rank});
}

void BoardCells::remove(const Place &place)
{
    const qint64 id = m_ids.at(place.cell).at(place.row);
    m_ids[place.cell].removeAt(place.row);
    m_ranks[place.cell].removeAt(place.row);
    m_estimates[place.cell] -= m_placed.value(id).estimate;
    m_placed.remove(id);
}

void BoardCells::move(const Place &from, int to, int at, double rank, double estimate)
{
    const qint64 id = m_ids.at(from.cell).at(from.row);
    Placed &placed = m_placed[id];
    m_estimates[from.cell] -= placed.estimate;
    m_estimates[to] += estimate;
    placed = Placed{to, estimate, rank};
    const int row = from.row;
    if (from.cell != to) {
        m_ids[from.cell].removeAt(row);
        m_ranks[from.cell].removeAt(row);
        m_ids[to].insert(at, id);
        m_ranks[to].insert(at, rank);
        return;
    }
    // Within a cell: rotate the run between the two places by one, rather than removing and
    // inserting.
    QList<qint64> &ids = m_ids[to];
    QList<double> &ranks = m_ranks[to];
    if (at > row) {
        std::rotate(ids.begin() + row, ids.begin() + row + 1, ids.begin() + at + 1);
        std::rotate(ranks.begin() + row, ranks.begin() + row + 1, ranks.begin() + at + 1);
    } else if (at < row) {
        std::rotate(ids.begin() + at, ids.begin() + row, ids.begin() + row + 1);
        std::rotate(ranks.begin() + at, ranks.begin() + row, ranks.begin() + row + 1);
    }
    ranks[at] = rank;
}

} // namespace Candor
