// SPDX-License-Identifier: MIT
#pragma once

#include <QPixmap>
#include <QStyleOptionViewItem>

class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QMimeData;
class QPainter;
class QPoint;

namespace Candor {

class BoardView;
class CardDelegate;

// Drag and drop on the board: the drag of the selected cards (the card under the cursor with
// a count of the others), where a drop at a point lands (between cards, at the top of a column
// for its header, at the end of a collapsed column or lane), and the indicator painted there.
// BoardView hands its drag events here; the move itself is BoardModel::dropMimeData.
class BoardDragDrop final
{
public:
    struct Target
    {
        int lane = -1;
        int column = -1;
        int row = -1; // insertion row; -1: the end
        bool isValid() const { return lane >= 0; }
    };

    BoardDragDrop(BoardView &view, const CardDelegate &delegate)
        : m_view(view)
        , m_delegate(delegate)
    {}

    // Drags the selected cards.
    void start(Qt::DropActions actions);
    void enter(QDragEnterEvent *event);
    void move(QDragMoveEvent *event);
    void leave();
    void drop(QDropEvent *event);
    // Where a drop at the point lands; invalid off the board.
    Target targetAt(const QPoint &viewportPos) const;
    const Target &target() const { return m_target; }
    void paintIndicator(QPainter &painter) const;

private:
    bool accepts(const QMimeData *data) const; // cards of this board, a project to write
    void setTarget(const Target &target);      // repaints the viewport when it changes
    QPixmap pixmap(const QModelIndex &shown, int count) const;

    BoardView &m_view;
    const CardDelegate &m_delegate;
    Target m_target;
};

} // namespace Candor
