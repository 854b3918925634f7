// SPDX-License-Identifier: MIT
#include "boardview.h"

#include "board/boardmodel.h"
#include "board/boardsettings.h"
#include "boardchrome.h"
#include "carddelegate.h"
#include "commands/setprojectsettingcommand.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QDrag>
#include <QHelpEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QUndoStack>

#include <algorithm>

namespace Candor {

namespace {

// Left of a column header: where a click collapses or opens the column.
constexpr int chevronWidth = BoardChrome::chevronWidth;

} // namespace

BoardView::BoardView(BoardModel *model, TaskSelection *selection, QWidget *parent)
    : QAbstractItemView(parent)
    , m_model(model)
    , m_selection(selection)
    , m_delegate(new CardDelegate(model, this))
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
        relayout();
        followSelection();
    });
    connect(selection, &TaskSelection::changed, this, &BoardView::followSelection);
    connect(model->project()->settings(), &ProjectSettings::changed, viewport(),
            qOverload<>(&QWidget::update));
    connect(model, &BoardModel::moveRefused, this, &BoardView::message);
    relayout();
    followSelection();
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

void BoardView::relayout()
{
    m_geometry.update(*m_model, metrics(), viewport()->width(),
                      m_model->swimlanes() != Swimlanes::None, m_collapsedColumns,
                      m_collapsedLanes);
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

void BoardView::setLaneCollapsed(int lane, bool collapsed)
{
    if (collapsed)
        m_collapsedLanes.insert(lane);
    else
        m_collapsedLanes.remove(lane);
    relayout();
}

void BoardView::setAllLanesCollapsed(bool collapsed)
{
    m_collapsedLanes.clear();
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
    return position.isValid() && (m_collapsedLanes.contains(position.lane) ||
                                  m_collapsedColumns.contains(position.column));
}

// --- Keyboard

QModelIndex BoardView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const auto visible = [this](int lane, int column) {
        return !m_collapsedLanes.contains(lane) && !m_collapsedColumns.contains(column) &&
               !m_model->cards(lane, column).isEmpty();
    };
    BoardModel::Position at = m_model->positionOf(currentIndex());
    if (!at.isValid() || at.row < 0) {
        for (int lane = 0; lane < m_model->laneCount(); ++lane) {
            for (int column = 0; column < BoardModel::ColumnCount; ++column) {
                if (visible(lane, column))
                    return m_model->cardIndex(lane, column, 0);
            }
        }
        return {};
    }
    const int count = int(m_model->cards(at.lane, at.column).size());
    const int pageRows = std::max(1, (viewport()->height() - headerHeight()) / m_geometry.pitch());
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        if (at.row > 0)
            return m_model->cardIndex(at.lane, at.column, at.row - 1);
        for (int lane = at.lane - 1; lane >= 0; --lane) {
            if (visible(lane, at.column))
                return m_model->cardIndex(lane, at.column,
                                          int(m_model->cards(lane, at.column).size()) - 1);
        }
        return currentIndex();
    case MoveDown:
    case MoveNext:
        if (at.row + 1 < count)
            return m_model->cardIndex(at.lane, at.column, at.row + 1);
        for (int lane = at.lane + 1; lane < m_model->laneCount(); ++lane) {
            if (visible(lane, at.column))
                return m_model->cardIndex(lane, at.column, 0);
        }
        return currentIndex();
    case MoveLeft:
    case MoveRight: {
        const int step = cursorAction == MoveLeft ? -1 : 1;
        for (int column = at.column + step; column >= 0 && column < BoardModel::ColumnCount;
             column += step) {
            if (visible(at.lane, column)) {
                const int rows = int(m_model->cards(at.lane, column).size());
                return m_model->cardIndex(at.lane, column, std::min(at.row, rows - 1));
            }
        }
        return currentIndex();
    }
    case MoveHome:
        return m_model->cardIndex(at.lane, at.column, 0);
    case MoveEnd:
        return m_model->cardIndex(at.lane, at.column, count - 1);
    case MovePageUp:
        return m_model->cardIndex(at.lane, at.column, std::max(0, at.row - pageRows));
    case MovePageDown:
        return m_model->cardIndex(at.lane, at.column, std::min(count - 1, at.row + pageRows));
    }
    return currentIndex();
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
            moveSelected(-1, 0);
            return;
        case Qt::Key_Right:
            moveSelected(1, 0);
            return;
        case Qt::Key_Up:
            moveSelected(0, -1);
            return;
        case Qt::Key_Down:
            moveSelected(0, 1);
            return;
        default:
            break;
        }
    }
    if (modifiers == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_0:
        case Qt::Key_1:
        case Qt::Key_2:
        case Qt::Key_3:
            setSelectedPriority(event->key() - Qt::Key_0);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (currentIndex().isValid())
                emit inspectorWanted();
            return;
        default:
            break;
        }
    }
    QAbstractItemView::keyPressEvent(event);
}

void BoardView::moveSelected(int columnStep, int rowStep)
{
    const QList<qint64> ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    const Task *current = m_model->task(currentIndex());
    m_model->nudgeCards(ids, current ? current->id : ids.first(), columnStep, rowStep);
    scrollTo(currentIndex());
}

void BoardView::setSelectedPriority(int priority)
{
    if (m_model->setPriority(selectedTaskIds(), static_cast<Priority>(priority)))
        scrollTo(currentIndex());
}

// --- Selection

QList<qint64> BoardView::selectedTaskIds() const
{
    QList<std::pair<std::tuple<int, int, int>, qint64>> placed;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        if (const Task *task = m_model->task(index)) {
            const BoardModel::Position position = m_model->positionOf(index);
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
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        const QModelIndex top = range.topLeft();
        const QModelIndex bottom = range.bottomRight();
        region += visualRect(top).united(visualRect(bottom));
    }
    return region;
}

void BoardView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    publishSelection();
}

void BoardView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    publishSelection();
}

void BoardView::publishSelection()
{
    if (m_syncing)
        return;
    const QList<qint64> ids = selectedTaskIds();
    const Task *current = m_model->task(currentIndex());
    m_syncing = true;
    m_selection->select(ids, current ? current->id : (ids.isEmpty() ? 0 : ids.first()));
    m_syncing = false;
}

void BoardView::followSelection()
{
    if (m_syncing)
        return;
    // Select all in a 100k-task table, and the board would build 100k ranges it does not show:
    // it catches up when it is shown, and selects runs of neighbouring cards as one range.
    if (!isVisible()) {
        m_selectionStale = true;
        return;
    }
    m_selectionStale = false;
    m_syncing = true;
    QList<std::tuple<int, int, int>> places; // lane, column, row
    places.reserve(m_selection->selected().size());
    for (qint64 id : m_selection->selected()) {
        if (const BoardModel::Position at = m_model->positionOf(id); at.isValid())
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
        selection.select(m_model->cardIndex(lane, column, row),
                         m_model->cardIndex(lane, column, row + int(last - first)));
        first = last + 1;
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_model->indexOf(m_selection->current());
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_syncing = false;
    if (current.isValid() && !hasFocus())
        scrollTo(current);
}

void BoardView::showEvent(QShowEvent *event)
{
    QAbstractItemView::showEvent(event);
    if (m_selectionStale)
        followSelection();
}

// --- Painting

void BoardView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRect visible(toContent(QPoint(0, headerHeight())),
                        QSize(viewport()->width(), viewport()->height() - headerHeight()));
    m_chrome.paintBackground(painter, *viewport(), scrollOffset(), visible);
    paintCards(painter, visible);

    if (m_dropTarget.isValid()) {
        const QColor highlight = palette().color(QPalette::Highlight);
        const bool whole =
            m_dropTarget.row < 0 && (m_collapsedLanes.contains(m_dropTarget.lane) ||
                                     m_collapsedColumns.contains(m_dropTarget.column));
        if (whole) {
            QColor fill = highlight;
            fill.setAlphaF(0.25f);
            const QRect cell = cellViewportRect(m_dropTarget.lane, m_dropTarget.column);
            const QRect header = laneHeaderViewportRect(m_dropTarget.lane);
            painter.fillRect(m_collapsedLanes.contains(m_dropTarget.lane) && header.isValid()
                                 ? QRect(cell.left(), header.top(), cell.width(), header.height())
                                 : cell,
                             fill);
        } else {
            const int row = m_dropTarget.row < 0
                                ? int(m_model->cards(m_dropTarget.lane, m_dropTarget.column).size())
                                : m_dropTarget.row;
            painter.fillRect(
                toViewport(m_geometry.dropLine(m_dropTarget.lane, m_dropTarget.column, row)),
                highlight);
        }
    }
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
        if (m_collapsedLanes.contains(lane))
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
            setLaneCollapsed(hit.lane, !m_collapsedLanes.contains(hit.lane));
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
    const QPoint pos = event->pos();
    if (pos.y() < headerHeight()) {
        showColumnMenu(m_geometry.columnAt(pos.x() + horizontalOffset()), event->globalPos());
        return;
    }
    const BoardGeometry::Hit hit = m_geometry.hitTest(toContent(pos));
    if (hit.isValid() && hit.onLaneHeader) {
        showLaneMenu(hit.lane, event->globalPos());
        return;
    }
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return;
    if (!selectionModel()->isSelected(index))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    emit contextMenuWanted(event->globalPos());
}

void BoardView::showColumnMenu(int column, const QPoint &globalPos)
{
    const Status status = BoardModel::columnStatus(column);
    const std::optional<int> limit =
        BoardSettings::wipLimit(*m_model->project()->settings(), status);
    QMenu menu(this);
    menu.addAction(tr("Set WIP Limit…"), this, [this, column]() { editWipLimit(column); })
        ->setEnabled(!m_model->project()->isReadOnly());
    QAction *remove = menu.addAction(tr("Remove WIP Limit"), this, [this, status]() {
        Project *project = m_model->project();
        project->undoStack()->push(new SetProjectSettingCommand(
            project, BoardSettings::wipLimitsKey(),
            BoardSettings::withWipLimit(*project->settings(), status, std::nullopt),
            tr("Remove WIP limit of %1").arg(TaskEnums::label(status))));
    });
    remove->setEnabled(limit.has_value() && !m_model->project()->isReadOnly());
    menu.addSeparator();
    const bool collapsed = m_collapsedColumns.contains(column);
    menu.addAction(collapsed ? tr("Expand Column") : tr("Collapse Column"), this,
                   [this, column, collapsed]() { setColumnCollapsed(column, !collapsed); });
    menu.exec(globalPos);
}

void BoardView::editWipLimit(int column)
{
    Project *project = m_model->project();
    const Status status = BoardModel::columnStatus(column);
    const std::optional<int> limit = BoardSettings::wipLimit(*project->settings(), status);
    bool ok = false;
    const int value = QInputDialog::getInt(
        this, tr("WIP Limit"),
        tr("Most cards in “%1” (0 for no limit):").arg(TaskEnums::label(status)), limit.value_or(0),
        0, 9999, 1, &ok);
    if (!ok || value == limit.value_or(0))
        return;
    project->undoStack()->push(new SetProjectSettingCommand(
        project, BoardSettings::wipLimitsKey(),
        BoardSettings::withWipLimit(*project->settings(), status,
                                    value > 0 ? std::optional<int>(value) : std::nullopt),
        tr("Set WIP limit of %1").arg(TaskEnums::label(status))));
}

void BoardView::showLaneMenu(int lane, const QPoint &globalPos)
{
    QMenu menu(this);
    const bool collapsed = m_collapsedLanes.contains(lane);
    menu.addAction(collapsed ? tr("Expand Lane") : tr("Collapse Lane"), this,
                   [this, lane, collapsed]() { setLaneCollapsed(lane, !collapsed); });
    menu.addSeparator();
    menu.addAction(tr("Collapse All Lanes"), this, [this]() { setAllLanesCollapsed(true); });
    menu.addAction(tr("Expand All Lanes"), this, [this]() { setAllLanesCollapsed(false); });
    menu.exec(globalPos);
}

bool BoardView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (help->pos().y() < headerHeight()) {
            const int column = m_geometry.columnAt(help->pos().x() + horizontalOffset());
            const Status status = BoardModel::columnStatus(column);
            QString tip = tr("%1: %n card(s)", nullptr, m_model->columnCardCount(column))
                              .arg(TaskEnums::label(status));
            if (const auto limit = BoardSettings::wipLimit(*m_model->project()->settings(), status))
                tip += QLatin1Char('\n') + tr("WIP limit: %1").arg(*limit);
            tip += QLatin1Char('\n') + tr("Right-click to set a WIP limit; click ▸ to collapse.");
            QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
    }
    return QAbstractItemView::viewportEvent(event);
}

// --- Drag and drop

void BoardView::startDrag(Qt::DropActions supportedActions)
{
    QModelIndexList indexes;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        if (m_model->flags(index) & Qt::ItemIsDragEnabled)
            indexes.append(index);
    }
    if (indexes.isEmpty())
        return;
    QMimeData *data = m_model->mimeData(indexes);
    if (!data)
        return;

    // The pixmap: the card under the cursor (or the first), with the count when there are more.
    QModelIndex shown = currentIndex();
    if (!indexes.contains(shown))
        shown = indexes.first();
    const QRect rect = visualRect(shown);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(rect.size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = QRect(QPoint(0, 0), rect.size());
        option.state = QStyle::State_Enabled | QStyle::State_Selected;
        if (const Task *task = m_model->task(shown))
            m_delegate->paintCard(&painter, option, *task);
        if (indexes.size() > 1) {
            const QString count = QString::number(indexes.size());
            const int size = fontMetrics().height() + 6;
            const QRect badge(rect.width() - size - 4, rect.height() - size - 4,
                              std::max(size, fontMetrics().horizontalAdvance(count) + 10), size);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Highlight));
            painter.drawEllipse(badge);
            painter.setPen(palette().color(QPalette::HighlightedText));
            painter.drawText(badge, Qt::AlignCenter, count);
        }
    }
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(pixmap);
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    drag->setHotSpot(rect.contains(cursor) ? cursor - rect.topLeft() : QPoint(20, 20));
    drag->exec(supportedActions, Qt::MoveAction);
    setDropTarget({});
}

BoardView::DropTarget BoardView::dropTargetAt(const QPoint &viewportPos) const
{
    if (viewportPos.y() < headerHeight()) {
        // On a column header: to the top of that column, in the lane at the top of the view.
        const int column = m_geometry.columnAt(viewportPos.x() + horizontalOffset());
        const int lane = std::max(0, m_geometry.laneAt(verticalOffset()));
        if (m_collapsedColumns.contains(column) || m_collapsedLanes.contains(lane))
            return {lane, column, -1};
        return {lane, column, 0};
    }
    const BoardGeometry::Hit hit = m_geometry.hitTest(toContent(viewportPos));
    if (!hit.isValid())
        return {};
    if (hit.onLaneHeader || m_collapsedLanes.contains(hit.lane) ||
        m_collapsedColumns.contains(hit.column))
        return {hit.lane, hit.column, -1};
    return {hit.lane, hit.column, hit.insertRow};
}

void BoardView::setDropTarget(const DropTarget &target)
{
    if (target.lane == m_dropTarget.lane && target.column == m_dropTarget.column &&
        target.row == m_dropTarget.row)
        return;
    m_dropTarget = target;
    viewport()->update();
}

void BoardView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_model->project()->isReadOnly() || m_model->decodeCards(event->mimeData()).isEmpty()) {
        event->ignore(); // files go on to the main window, which imports them
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setState(DraggingState);
    setDropTarget(dropTargetAt(event->position().toPoint()));
}

void BoardView::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_model->project()->isReadOnly() || m_model->decodeCards(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    const QPoint pos = event->position().toPoint();
    const DropTarget target = dropTargetAt(pos);
    setDropTarget(target);
    if (!target.isValid()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    const int margin = autoScrollMargin();
    if (hasAutoScroll() &&
        (pos.y() < headerHeight() + margin || pos.y() > viewport()->height() - margin ||
         pos.x() < margin || pos.x() > viewport()->width() - margin))
        startAutoScroll();
}

void BoardView::dragLeaveEvent(QDragLeaveEvent *)
{
    stopAutoScroll();
    setDropTarget({});
    setState(NoState);
}

void BoardView::dropEvent(QDropEvent *event)
{
    stopAutoScroll();
    const DropTarget target = dropTargetAt(event->position().toPoint());
    setDropTarget({});
    setState(NoState);
    if (!target.isValid() ||
        !m_model->dropMimeData(event->mimeData(), Qt::MoveAction, target.row, 0,
                               m_model->cellIndex(target.lane, target.column))) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setFocus();
}

} // namespace Candor
