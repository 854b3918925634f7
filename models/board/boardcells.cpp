// SPDX-License-Identifier: MIT
#include "boardcells.h"

#include <algorithm>

namespace Candor {

void BoardCells::clear(int laneCount, qsizetype cardCount)
{
    const int count = laneCount * ColumnCount;
    m_ids = QList<QList<qint64>>(count);
    m_ranks = QList<QList<double>>(count);
    m_estimates = QList<double>(count, 0.0);
    m_placed.clear();
    m_placed.reserve(cardCount);
}

void BoardCells::add(const Card &card)
{
    m_ids[card.cell].append(card.id);
    m_ranks[card.cell].append(card.rank);
    m_estimates[card.cell] += card.estimate;
    m_placed.insert(card.id, Placed{card.cell, card.estimate, card.rank});
}

void BoardCells::sort()
{
    // Sort (rank, id) pairs, a cell at a time, then write them back: no lookups while sorting,
    // and no more than one cell's pairs held beside the cells.
    QList<std::pair<double, qint64>> ranked;
    for (int cell = 0; cell < cellCount(); ++cell) {
        QList<qint64> &ids = m_ids[cell];
        QList<double> &ranks = m_ranks[cell];
        ranked.clear();
        ranked.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            ranked.append({ranks.at(i), ids.at(i)});
        std::sort(ranked.begin(), ranked.end());
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            ranks[i] = ranked.at(i).first;
            ids[i] = ranked.at(i).second;
        }
        ids.squeeze(); // appending left up to twice the room
        ranks.squeeze();
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
