// SPDX-License-Identifier: MIT
#include "boardselectionsync.h"

#include "board/boardmodel.h"
#include "boardview.h"
#include "tasks/taskselection.h"

#include <algorithm>
#include <tuple>

namespace Candor {

QList<qint64> BoardSelectionSync::selectedTaskIds() const
{
    const BoardModel *model = m_view.boardModel();
    QList<std::pair<std::tuple<int, int, int>, qint64>> placed;
    for (const QModelIndex &index : m_view.selectionModel()->selectedIndexes()) {
        if (const Task *task = model->task(index)) {
            const BoardModel::Position position = model->positionOf(index);
            placed.append({{position.lane, position.column, position.row}, task->id});
        }
    }
    std::sort(placed.begin(), placed.end());
    QList<qint64> ids;
    ids.reserve(placed.size());
    for (const auto &entry : std::as_const(placed))
        ids.append(entry.second);
    return ids;
}

void BoardSelectionSync::publish()
{
    if (m_syncing)
        return;
    const QList<qint64> ids = selectedTaskIds();
    const Task *current = m_view.boardModel()->task(m_view.currentIndex());
    m_syncing = true;
    m_selection.select(ids, current ? current->id : (ids.isEmpty() ? 0 : ids.first()));
    m_syncing = false;
}

void BoardSelectionSync::follow()
{
    if (m_syncing)
        return;
    if (!m_view.isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_syncing = true;
    const BoardModel *model = m_view.boardModel();
    QList<std::tuple<int, int, int>> places; // lane, column, row
    places.reserve(m_selection.selected().size());
    for (qint64 id : m_selection.selected()) {
        if (const BoardModel::Position at = model->positionOf(id); at.isValid())
            places.append({at.lane, at.column, at.row});
    }
    std::sort(places.begin(), places.end());
    QItemSelection selection;
    for (qsizetype first = 0; first < places.size();) {
        const auto [lane, column, row] = places.at(first);
        qsizetype last = first;
        while (last + 1 < places.size() &&
               places.at(last + 1) == std::make_tuple(lane, column, row + int(last + 1 - first)))
            ++last;
        selection.select(model->cardIndex(lane, column, row),
                         model->cardIndex(lane, column, row + int(last - first)));
        first = last + 1;
    }
    QItemSelectionModel *selectionModel = m_view.selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = model->indexOf(m_selection.current());
    selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_syncing = false;
    if (current.isValid() && !m_view.hasFocus())
        m_view.scrollTo(current);
}

void BoardSelectionSync::shown()
{
    if (m_stale)
        follow();
}

} // namespace Candor
