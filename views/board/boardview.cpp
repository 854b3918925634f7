// SPDX-License-Identifier: MIT
#include "boardview.h"

#include "board/boardmodel.h"
#include "carddelegate.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace Candor {

namespace {

// Left of a column header: where a click collapses or opens the column.
constexpr int chevronWidth = BoardChrome::chevronWidth;

} // namespace

BoardView::BoardView(BoardModel *model, TaskSelection *selection, QWidget *parent)
    : QAbstractItemView(parent)
    , m_model(model)
    , m_delegate(new CardDelegate(model, this))
    , m_selectionSync(*this, *selection)
{
    setObjectName(QStringLiteral("board"));
    setModel(model);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(false); // the board paints its own, between cards
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAutoScroll(true);

    connect(model, &QAbstractItemModel::rowsInserted, this, &BoardView::relayout);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BoardView::relayout);
    connect(model, &QAbstractItemModel::rowsMoved, this, &BoardView::relayout);
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        const QPoint place = scrollOffset();
        relayout();
        m_selectionSync.follow(); // which shows the current card, wherever it now is
        if (m_model->isRebuildingForChanges()) {
            // After a bulk edit the board keeps its place, as when cards move one by one.
            horizontalScrollBar()->setValue(place.x());
            verticalScrollBar()->setValue(place.y());
        }
    });
    connect(selection, &TaskSelection::changed, this, [this]() { m_selectionSync.follow(); });
    // The blocked marks are drawn from the dependency graph, which a large project reads after
    // its first paint.
    connect(model->project(), &Project::linksLoaded, viewport(), qOverload<>(&QWidget::update));
    connect(model->project()->settings(), &ProjectSettings::changed, viewport(),
            qOverload<>(&QWidget::update));
    connect(model, &BoardModel::moveRefused, this, &BoardView::message);
    connect(model->project()->tasks(), &QAbstractItemModel::dataChanged, viewport(),
            [this](const QModelIndex &topLeft) {
                if (ScheduleColumns::contains(topLeft.column()))
                    viewport()->update(); // the cards' critical marks
            });
    relayout();
    m_selectionSync.follow();
}

BoardGeometry::Metrics BoardView::metrics() const
{
    const QFontMetrics font = fontMetrics();
    BoardGeometry::Metrics metrics;
    metrics.cardHeight = CardDelegate::cardHeight(font);
    // Five columns fit beside the inspector on a 1400-pixel screen; wider windows widen them.
    metrics.columnWidth = std::max(180, font.averageCharWidth() * 24);
    metrics.maxColumnWidth = std::max(metrics.columnWidth, font.averageCharWidth() * 44);
    metrics.collapsedWidth = font.height() + 18;
    metrics.headerHeight = 2 * font.height() + 18;
    metrics.laneHeaderHeight = font.height() + 12;
    return metrics;
}

bool BoardView::isLaneEmpty(int lane) const
{
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        if (!m_hiddenColumns.contains(column) && !m_model->cards(lane, column).isEmpty())
            return false;
    }
    return true;
}

void BoardView::relayout()
{
    m_shownCollapsedLanes = m_collapsedLanes;
    if (m_collapseEmptyLanes && m_model->swimlanes() != Swimlanes::None) {
        for (int lane = 0; lane < m_model->laneCount(); ++lane) {
            if (!m_openedLanes.contains(lane) && isLaneEmpty(lane))
                m_shownCollapsedLanes.insert(lane);
        }
    }
    m_geometry.update(
        *m_model, metrics(), viewport()->width(), m_model->swimlanes() != Swimlanes::None,
        BoardGeometry::Columns{m_collapsedColumns, m_hiddenColumns}, m_shownCollapsedLanes);
    const int visibleHeight = std::max(0, viewport()->height() - headerHeight());
    horizontalScrollBar()->setRange(0,
                                    std::max(0, m_geometry.contentWidth() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_geometry.metrics().columnWidth / 4);
    verticalScrollBar()->setRange(0, std::max(0, m_geometry.contentHeight() - visibleHeight));
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(m_geometry.pitch() / 2);
    viewport()->update();
}

void BoardView::updateGeometries()
{
    relayout();
    QAbstractItemView::updateGeometries();
}

void BoardView::setColumnCollapsed(int column, bool collapsed)
{
    if (collapsed)
        m_collapsedColumns.insert(column);
    else
        m_collapsedColumns.remove(column);
    relayout();
}

void BoardView::setColumnHidden(int column, bool hidden)
{
    if (hidden == isColumnHidden(column) || (hidden && shownColumnCount() <= 1))
        return;
    if (hidden)
        m_hiddenColumns.insert(column);
    else
        m_hiddenColumns.remove(column);
    relayout();
    emit hiddenColumnsChanged();
}

void BoardView::setLaneCollapsed(int lane, bool collapsed)
{
    if (collapsed) {
        m_collapsedLanes.insert(lane);
        m_openedLanes.remove(lane);
    } else {
        m_collapsedLanes.remove(lane);
        m_openedLanes.insert(lane);
    }
    relayout();
}

void BoardView::setCollapseEmptyLanes(bool collapse)
{
    if (collapse == m_collapseEmptyLanes)
        return;
    m_collapseEmptyLanes = collapse;
    relayout();
}

void BoardView::setAllLanesCollapsed(bool collapsed)
{
    m_collapsedLanes.clear();
    m_openedLanes.clear();
    if (collapsed) {
        for (int lane = 0; lane < m_model->laneCount(); ++lane)
            m_collapsedLanes.insert(lane);
    }
    relayout();
}

// --- Coordinates

QPoint BoardView::toContent(const QPoint &viewport) const
{
    return viewport + QPoint(horizontalOffset(), verticalOffset() - headerHeight());
}

QRect BoardView::toViewport(const QRect &content) const
{
    if (!content.isValid())
        return {};
    return content.translated(-horizontalOffset(), headerHeight() - verticalOffset());
}

QRect BoardView::cardViewportRect(qint64 taskId) const
{
    return visualRect(m_model->indexOf(taskId));
}

QRect BoardView::cellViewportRect(int lane, int column) const
{
    return toViewport(m_geometry.cellRect(lane, column));
}

QRect BoardView::laneHeaderViewportRect(int lane) const
{
    return toViewport(m_geometry.laneHeaderRect(lane));
}

QRect BoardView::columnHeaderRect(int column) const
{
    return m_chrome.columnHeaderRect(column, horizontalOffset());
}

QRect BoardView::visualRect(const QModelIndex &index) const
{
    const BoardModel::Position position = m_model->positionOf(index);
    if (!position.isValid())
        return {};
    if (position.column < 0)
        return toViewport(m_geometry.laneHeaderRect(position.lane));
    if (position.row < 0)
        return toViewport(m_geometry.cellRect(position.lane, position.column));
    return toViewport(m_geometry.cardRect(position.lane, position.column, position.row));
}

void BoardView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect rect = visualRect(index);
    if (!rect.isValid())
        return;
    const QRect area(0, headerHeight(), viewport()->width(), viewport()->height() - headerHeight());
    QScrollBar *vertical = verticalScrollBar();
    if (hint == PositionAtCenter) {
        vertical->setValue(vertical->value() + rect.center().y() - area.center().y());
    } else if (hint == PositionAtTop || rect.top() < area.top()) {
        vertical->setValue(vertical->value() - (area.top() - rect.top()) - 4);
    } else if (hint == PositionAtBottom || rect.bottom() > area.bottom()) {
        vertical->setValue(vertical->value() + rect.bottom() - area.bottom() + 4);
    }
    QScrollBar *horizontal = horizontalScrollBar();
    if (rect.left() < area.left())
        horizontal->setValue(horizontal->value() - (area.left() - rect.left()) - 8);
    else if (rect.right() > area.right())
        horizontal->setValue(horizontal->value() + rect.right() - area.right() + 8);
}

QModelIndex BoardView::indexAt(const QPoint &point) const
{
    if (point.y() < headerHeight())
        return {};
    const BoardGeometry::Hit hit = m_geometry.hitTest(toContent(point));
    return hit.row >= 0 ? m_model->cardIndex(hit.lane, hit.column, hit.row) : QModelIndex();
}

int BoardView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int BoardView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool BoardView::isIndexHidden(const QModelIndex &index) const
{
    const BoardModel::Position position = m_model->positionOf(index);
    return position.isValid() && (m_shownCollapsedLanes.contains(position.lane) ||
                                  m_collapsedColumns.contains(position.column) ||
                                  m_hiddenColumns.contains(position.column));
}

// --- Keyboard

QModelIndex BoardView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    using Step = BoardKeyboard::Step;
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        return m_keyboard.cursorAfter(Step::Up);
    case MoveDown:
    case MoveNext:
        return m_keyboard.cursorAfter(Step::Down);
    case MoveLeft:
        return m_keyboard.cursorAfter(Step::Left);
    case MoveRight:
        return m_keyboard.cursorAfter(Step::Right);
    case MoveHome:
        return m_keyboard.cursorAfter(Step::First);
    case MoveEnd:
        return m_keyboard.cursorAfter(Step::Last);
    case MovePageUp:
        return m_keyboard.cursorAfter(Step::PageUp);
    case MovePageDown:
        return m_keyboard.cursorAfter(Step::PageDown);
    }
    return currentIndex();
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    switch (m_keyboard.handle(*event)) {
    case BoardKeyboard::Outcome::Ignored:
        QAbstractItemView::keyPressEvent(event);
        return;
    case BoardKeyboard::Outcome::Done:
        return;
    case BoardKeyboard::Outcome::InspectorWanted:
        emit inspectorWanted();
        return;
    }
}

// --- Selection

void BoardView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const QRect content(toContent(rect.normalized().topLeft()),
                        toContent(rect.normalized().bottomRight()));
    QItemSelection selection;
    for (int lane = 0; lane < m_model->laneCount(); ++lane) {
        for (int column = 0; column < BoardModel::ColumnCount; ++column) {
            if (!m_geometry.cellRect(lane, column).intersects(content.adjusted(0, 0, 1, 1)))
                continue;
            const auto [first, last] =
                m_geometry.rowsIn(lane, column, content.top(), content.bottom());
            int start = -1;
            for (int row = first; row <= last + 1; ++row) {
                const bool hit =
                    row <= last &&
                    m_geometry.cardRect(lane, column, row).intersects(content.adjusted(0, 0, 1, 1));
                if (hit && start < 0)
                    start = row;
                if (!hit && start >= 0) {
                    selection.select(m_model->cardIndex(lane, column, start),
                                     m_model->cardIndex(lane, column, row - 1));
                    start = -1;
                }
            }
        }
    }
    selectionModel()->select(selection, command);
}

QRegion BoardView::visualRegionForSelection(const QItemSelection &selection) const
{
    // Only what is in view: a selection of 10k scattered cards is 10k ranges, and a region
    // grown rectangle by rectangle costs more with each one (seconds, after a bulk edit).
    const QRect visible = viewport()->rect();
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        const QRect rect = visualRect(range.topLeft())
                               .united(visualRect(range.bottomRight()))
                               .intersected(visible);
        if (!rect.isEmpty())
            region += rect;
    }
    return region;
}

void BoardView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    m_selectionSync.publish();
}

void BoardView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    m_selectionSync.publish();
}

void BoardView::showEvent(QShowEvent *event)
{
    QAbstractItemView::showEvent(event);
    m_selectionSync.shown();
}

// --- Painting

void BoardView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRect visible(toContent(QPoint(0, headerHeight())),
                        QSize(viewport()->width(), viewport()->height() - headerHeight()));
    m_chrome.paintBackground(painter, *viewport(), scrollOffset(), visible);
    paintCards(painter, visible);

    m_dragDrop.paintIndicator(painter);
    m_chrome.paintColumnHeaders(painter, *viewport(), scrollOffset());
}

void BoardView::paintCards(QPainter &painter, const QRect &visible)
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex current = currentIndex();
    const bool focus = hasFocus();
    painter.save();
    painter.setClipRect(QRect(0, headerHeight(), viewport()->width(), viewport()->height()));
    for (int lane = 0; lane < m_model->laneCount(); ++lane) {
        if (m_shownCollapsedLanes.contains(lane))
            continue;
        for (int column = 0; column < BoardModel::ColumnCount; ++column) {
            const QRect cell = m_geometry.cellRect(lane, column);
            if (!cell.intersects(visible) || m_collapsedColumns.contains(column))
                continue;
            const auto [first, last] =
                m_geometry.rowsIn(lane, column, visible.top(), visible.bottom());
            for (int row = first; row <= last; ++row) {
                const QModelIndex index = m_model->cardIndex(lane, column, row);
                option.rect = toViewport(m_geometry.cardRect(lane, column, row));
                option.state = QStyle::State_Enabled;
                if (selectionModel()->isSelected(index))
                    option.state |= QStyle::State_Selected;
                if (focus && index == current)
                    option.state |= QStyle::State_HasFocus;
                m_delegate->paint(&painter, option, index);
            }
        }
    }
    painter.restore();
}

// --- Mouse

void BoardView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (pos.y() < headerHeight()) {
        const int column = m_geometry.columnAt(pos.x() + horizontalOffset());
        if (event->button() == Qt::LeftButton &&
            (m_collapsedColumns.contains(column) ||
             pos.x() < columnHeaderRect(column).left() + chevronWidth + 4))
            setColumnCollapsed(column, !m_collapsedColumns.contains(column));
        return;
    }
    const BoardGeometry::Hit hit = m_geometry.hitTest(toContent(pos));
    if (event->button() == Qt::LeftButton && hit.isValid()) {
        if (hit.onLaneHeader) {
            setLaneCollapsed(hit.lane, !isLaneCollapsed(hit.lane));
            return;
        }
        if (m_collapsedColumns.contains(hit.column)) {
            setColumnCollapsed(hit.column, false);
            return;
        }
    }
    QAbstractItemView::mousePressEvent(event);
}

void BoardView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (indexAt(event->position().toPoint()).isValid()) {
        emit inspectorWanted();
        return;
    }
    QAbstractItemView::mouseDoubleClickEvent(event);
}

void BoardView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_headerMenus.showMenuAt(event->pos(), event->globalPos()))
        return;
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    if (!selectionModel()->isSelected(index))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    emit contextMenuWanted(event->globalPos());
}

bool BoardView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (help->pos().y() < headerHeight()) {
            const int column = m_geometry.columnAt(toContent(help->pos()).x());
            QToolTip::showText(help->globalPos(), m_chrome.columnToolTip(column), viewport());
            return true;
        }
    }
    return QAbstractItemView::viewportEvent(event);
}

} // namespace Candor
