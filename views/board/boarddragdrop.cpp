// SPDX-License-Identifier: MIT
#include "boarddragdrop.h"

#include "board/boardmodel.h"
#include "boardview.h"
#include "carddelegate.h"
#include "project/project.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QItemSelectionModel>
#include <QPainter>

namespace Candor {

QPixmap BoardDragDrop::pixmap(const QModelIndex &shown, int count) const
{
    const QRect rect = m_view.visualRect(shown);
    const qreal ratio = m_view.devicePixelRatioF();
    QPixmap pixmap(rect.size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QStyleOptionViewItem option;
    m_view.initViewItemOption(&option);
    option.rect = QRect(QPoint(0, 0), rect.size());
    option.state = QStyle::State_Enabled | QStyle::State_Selected;
    if (const Task *task = m_view.boardModel()->task(shown))
        m_delegate.paintCard(&painter, option, *task);
    if (count > 1) {
        const QString text = QString::number(count);
        const QFontMetrics metrics = m_view.fontMetrics();
        const int size = metrics.height() + 6;
        const QRect badge(rect.width() - size - 4, rect.height() - size - 4,
                          std::max(size, metrics.horizontalAdvance(text) + 10), size);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_view.palette().color(QPalette::Highlight));
        painter.drawEllipse(badge);
        painter.setPen(m_view.palette().color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, text);
    }
    return pixmap;
}

void BoardDragDrop::start(Qt::DropActions actions)
{
    BoardModel *model = m_view.boardModel();
    QModelIndexList indexes;
    for (const QModelIndex &index : m_view.selectionModel()->selectedIndexes()) {
        if (model->flags(index) & Qt::ItemIsDragEnabled)
            indexes.append(index);
    }
    if (indexes.isEmpty())
        return;
    QMimeData *data = model->mimeData(indexes);
    if (!data)
        return;

    // The pixmap: the card under the cursor (or the first), with the count when there are more.
    QModelIndex shown = m_view.currentIndex();
    if (!indexes.contains(shown))
        shown = indexes.first();
    const QRect rect = m_view.visualRect(shown);
    auto *drag = new QDrag(&m_view);
    drag->setMimeData(data);
    drag->setPixmap(pixmap(shown, int(indexes.size())));
    const QPoint cursor = m_view.viewport()->mapFromGlobal(QCursor::pos());
    drag->setHotSpot(rect.contains(cursor) ? cursor - rect.topLeft() : QPoint(20, 20));
    drag->exec(actions, Qt::MoveAction);
    setTarget({});
}

bool BoardDragDrop::accepts(const QMimeData *data) const
{
    const BoardModel *model = m_view.boardModel();
    return !model->project()->isReadOnly() && !model->decodeCards(data).isEmpty();
}

BoardDragDrop::Target BoardDragDrop::targetAt(const QPoint &viewportPos) const
{
    const BoardGeometry &geometry = m_view.geometry();
    const QPoint content = m_view.toContent(viewportPos);
    if (viewportPos.y() < m_view.headerHeight()) {
        // On a column header: to the top of that column, in the lane at the top of the view.
        const int column = geometry.columnAt(content.x());
        const int lane =
            std::max(0, geometry.laneAt(m_view.toContent(QPoint(0, m_view.headerHeight())).y()));
        if (m_view.isColumnCollapsed(column) || m_view.isLaneCollapsed(lane))
            return {lane, column, -1};
        return {lane, column, 0};
    }
    const BoardGeometry::Hit hit = geometry.hitTest(content);
    if (!hit.isValid())
        return {};
    if (hit.onLaneHeader || m_view.isLaneCollapsed(hit.lane) ||
        m_view.isColumnCollapsed(hit.column))
        return {hit.lane, hit.column, -1};
    return {hit.lane, hit.column, hit.insertRow};
}

void BoardDragDrop::setTarget(const Target &target)
{
    if (target.lane == m_target.lane && target.column == m_target.column &&
        target.row == m_target.row)
        return;
    m_target = target;
    m_view.viewport()->update();
}

void BoardDragDrop::enter(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore(); // files go on to the main window, which imports them
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    m_view.setState(QAbstractItemView::DraggingState);
    setTarget(targetAt(event->position().toPoint()));
}

void BoardDragDrop::move(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    const QPoint pos = event->position().toPoint();
    const Target target = targetAt(pos);
    setTarget(target);
    if (!target.isValid()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    const int margin = m_view.autoScrollMargin();
    const QWidget *viewport = m_view.viewport();
    if (m_view.hasAutoScroll() &&
        (pos.y() < m_view.headerHeight() + margin || pos.y() > viewport->height() - margin ||
         pos.x() < margin || pos.x() > viewport->width() - margin))
        m_view.startAutoScroll();
}

void BoardDragDrop::leave()
{
    m_view.stopAutoScroll();
    setTarget({});
    m_view.setState(QAbstractItemView::NoState);
}

void BoardDragDrop::drop(QDropEvent *event)
{
    m_view.stopAutoScroll();
    const Target target = targetAt(event->position().toPoint());
    setTarget({});
    m_view.setState(QAbstractItemView::NoState);
    BoardModel *model = m_view.boardModel();
    if (!target.isValid() || !model->dropMimeData(event->mimeData(), Qt::MoveAction, target.row, 0,
                                                  model->cellIndex(target.lane, target.column))) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    m_view.setFocus();
}

void BoardDragDrop::paintIndicator(QPainter &painter) const
{
    if (!m_target.isValid())
        return;
    const QColor highlight = m_view.palette().color(QPalette::Highlight);
    const bool laneCollapsed = m_view.isLaneCollapsed(m_target.lane);
    if (m_target.row < 0 && (laneCollapsed || m_view.isColumnCollapsed(m_target.column))) {
        // Onto a collapsed lane or column: the whole strip (or the lane's header) lights up.
        QColor fill = highlight;
        fill.setAlphaF(0.25f);
        const QRect cell = m_view.cellViewportRect(m_target.lane, m_target.column);
        const QRect header = m_view.laneHeaderViewportRect(m_target.lane);
        painter.fillRect(laneCollapsed && header.isValid()
                             ? QRect(cell.left(), header.top(), cell.width(), header.height())
                             : cell,
                         fill);
        return;
    }
    const int row = m_target.row < 0
                        ? int(m_view.boardModel()->cards(m_target.lane, m_target.column).size())
                        : m_target.row;
    painter.fillRect(
        m_view.toViewport(m_view.geometry().dropLine(m_target.lane, m_target.column, row)),
        highlight);
}

} // namespace Candor
