// SPDX-License-Identifier: MIT
#include "boardkeyboard.h"

#include "board/boardmodel.h"
#include "boardview.h"

#include <QKeyEvent>

#include <algorithm>

namespace Candor {

QModelIndex BoardKeyboard::cursorAfter(Step step) const
{
    const BoardModel *model = m_view.boardModel();
    const auto visible = [this, model](int lane, int column) {
        return !m_view.isLaneCollapsed(lane) && !m_view.isColumnCollapsed(column) &&
               !m_view.isColumnHidden(column) && !model->cards(lane, column).isEmpty();
    };
    const QModelIndex current = m_view.currentIndex();
    const BoardModel::Position at = model->positionOf(current);
    if (!at.isValid() || at.row < 0) {
        for (int lane = 0; lane < model->laneCount(); ++lane) {
            for (int column = 0; column < BoardModel::ColumnCount; ++column) {
                if (visible(lane, column))
                    return model->cardIndex(lane, column, 0);
            }
        }
        return {};
    }
    const int count = int(model->cards(at.lane, at.column).size());
    const int pageRows = std::max(1, (m_view.viewport()->height() - m_view.headerHeight()) /
                                         m_view.geometry().pitch());
    switch (step) {
    case Step::Up:
        if (at.row > 0)
            return model->cardIndex(at.lane, at.column, at.row - 1);
        for (int lane = at.lane - 1; lane >= 0; --lane) {
            if (visible(lane, at.column))
                return model->cardIndex(lane, at.column,
                                        int(model->cards(lane, at.column).size()) - 1);
        }
        return current;
    case Step::Down:
        if (at.row + 1 < count)
            return model->cardIndex(at.lane, at.column, at.row + 1);
        for (int lane = at.lane + 1; lane < model->laneCount(); ++lane) {
            if (visible(lane, at.column))
                return model->cardIndex(lane, at.column, 0);
        }
        return current;
    case Step::Left:
    case Step::Right: {
        const int direction = step == Step::Left ? -1 : 1;
        for (int column = at.column + direction; column >= 0 && column < BoardModel::ColumnCount;
             column += direction) {
            if (visible(at.lane, column)) {
                const int rows = int(model->cards(at.lane, column).size());
                return model->cardIndex(at.lane, column, std::min(at.row, rows - 1));
            }
        }
        return current;
    }
    case Step::First:
        return model->cardIndex(at.lane, at.column, 0);
    case Step::Last:
        return model->cardIndex(at.lane, at.column, count - 1);
    case Step::PageUp:
        return model->cardIndex(at.lane, at.column, std::max(0, at.row - pageRows));
    case Step::PageDown:
        return model->cardIndex(at.lane, at.column, std::min(count - 1, at.row + pageRows));
    }
    return current;
}

BoardKeyboard::Outcome BoardKeyboard::handle(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers modifiers =
        event.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers == Qt::ControlModifier) {
        switch (event.key()) {
        case Qt::Key_Left:
            moveSelected(-1, 0);
            return Outcome::Done;
        case Qt::Key_Right:
            moveSelected(1, 0);
            return Outcome::Done;
        case Qt::Key_Up:
            moveSelected(0, -1);
            return Outcome::Done;
        case Qt::Key_Down:
            moveSelected(0, 1);
            return Outcome::Done;
        default:
            break;
        }
    }
    if (modifiers == Qt::NoModifier) {
        switch (event.key()) {
        case Qt::Key_0:
        case Qt::Key_1:
        case Qt::Key_2:
        case Qt::Key_3:
            setSelectedPriority(event.key() - Qt::Key_0);
            return Outcome::Done;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            return m_view.currentIndex().isValid() ? Outcome::InspectorWanted : Outcome::Done;
        default:
            break;
        }
    }
    return Outcome::Ignored;
}

void BoardKeyboard::moveSelected(int columnStep, int rowStep)
{
    const QList<qint64> ids = m_view.selectedTaskIds();
    if (ids.isEmpty())
        return;
    BoardModel *model = m_view.boardModel();
    // Never into a column that is not shown: the cards would seem to vanish.
    const BoardModel::Position at = model->positionOf(m_view.currentIndex());
    if (columnStep != 0 && at.isValid() && m_view.isColumnHidden(at.column + columnStep))
        return;
    const Task *current = model->task(m_view.currentIndex());
    model->nudgeCards(ids, current ? current->id : ids.first(), columnStep, rowStep);
    m_view.scrollTo(m_view.currentIndex());
}

void BoardKeyboard::setSelectedPriority(int priority)
{
    if (m_view.boardModel()->setPriority(m_view.selectedTaskIds(), static_cast<Priority>(priority)))
        m_view.scrollTo(m_view.currentIndex());
}

} // namespace Candor
