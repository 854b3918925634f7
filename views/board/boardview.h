// SPDX-License-Identifier: MIT
#pragma once

#include "boardchrome.h"
#include "boarddragdrop.h"
#include "boardgeometry.h"
#include "boardheadermenus.h"
#include "boardkeyboard.h"
#include "boardselectionsync.h"
#include "core/taskenums.h"

#include <QAbstractItemView>
#include <QSet>

namespace Candor {

class BoardModel;
class CardDelegate;
class TaskSelection;

// The Kanban board: columns per status, optional swimlanes, cards painted by CardDelegate.
// Cards move by drag and drop (BoardDragDrop: one or many, to a column, lane or place; onto a
// collapsed lane or column too) and by keyboard (BoardKeyboard); the headers bring their menus
// (BoardHeaderMenus). Its selection is the shared TaskSelection (BoardSelectionSync).
class BoardView final : public QAbstractItemView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardView)
public:
    BoardView(BoardModel *model, TaskSelection *selection, QWidget *parent = nullptr);

    BoardModel *boardModel() const { return m_model; }
    const BoardGeometry &geometry() const { return m_geometry; }

    bool isColumnCollapsed(int column) const { return m_collapsedColumns.contains(column); }
    void setColumnCollapsed(int column, bool collapsed);
    // A hidden column takes no room and takes no drops (Won't do starts hidden); at least one
    // column stays shown.
    bool isColumnHidden(int column) const { return m_hiddenColumns.contains(column); }
    void setColumnHidden(int column, bool hidden);
    int shownColumnCount() const { return StatusCount - int(m_hiddenColumns.size()); }
    // Collapsed by the person, or empty while empty lanes collapse (and not opened since).
    bool isLaneCollapsed(int lane) const { return m_shownCollapsedLanes.contains(lane); }
    void setLaneCollapsed(int lane, bool collapsed);
    void setAllLanesCollapsed(bool collapsed);
    // Lanes without a card in a shown column show only their header (a drop on it still lands
    // in the lane); on unless the person turns it off in the Options menu.
    bool collapsesEmptyLanes() const { return m_collapseEmptyLanes; }
    void setCollapseEmptyLanes(bool collapse);

    QList<qint64> selectedTaskIds() const { return m_selectionSync.selectedTaskIds(); }
    // Viewport coordinates of a card, a cell or a column header (for tests and tooltips).
    QRect cardViewportRect(qint64 taskId) const;
    QRect cellViewportRect(int lane, int column) const;
    QRect columnHeaderRect(int column) const;
    QRect laneHeaderViewportRect(int lane) const;
    // The content is the board below the column headers, scrolled; the viewport shows it.
    QPoint toContent(const QPoint &viewport) const;
    QRect toViewport(const QRect &content) const;
    int headerHeight() const { return m_geometry.metrics().headerHeight; }
    // Asks for and sets the WIP limit of a column (the column header's menu).
    void editWipLimit(int column) { m_headerMenus.editWipLimit(column); }

    // QAbstractItemView
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    // What a change of these selected cards repaints: the part in view.
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;

signals:
    void message(const QString &text);
    void inspectorWanted();
    void contextMenuWanted(const QPoint &globalPos);
    void hiddenColumnsChanged();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    void updateGeometries() override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Drag and drop is BoardDragDrop's.
    void startDrag(Qt::DropActions supportedActions) override
    {
        m_dragDrop.start(supportedActions);
    }
    void dragEnterEvent(QDragEnterEvent *event) override { m_dragDrop.enter(event); }
    void dragMoveEvent(QDragMoveEvent *event) override { m_dragDrop.move(event); }
    void dragLeaveEvent(QDragLeaveEvent *) override { m_dragDrop.leave(); }
    void dropEvent(QDropEvent *event) override { m_dragDrop.drop(event); }
    bool viewportEvent(QEvent *event) override;

private:
    friend class BoardDragDrop; // drives the view's drag state and auto-scrolling

    BoardGeometry::Metrics metrics() const;
    void relayout();
    bool isLaneEmpty(int lane) const;
    QPoint scrollOffset() const { return {horizontalOffset(), verticalOffset()}; }
    void paintCards(QPainter &painter, const QRect &visible);

    BoardModel *m_model;
    CardDelegate *m_delegate;
    BoardGeometry m_geometry;
    BoardChrome m_chrome{*m_model, m_geometry};
    BoardDragDrop m_dragDrop{*this, *m_delegate};
    BoardKeyboard m_keyboard{*this};
    BoardHeaderMenus m_headerMenus{*this};
    BoardSelectionSync m_selectionSync;
    QSet<int> m_collapsedColumns;
    QSet<int> m_hiddenColumns{int(Status::Cancelled)};
    QSet<int> m_collapsedLanes;      // by the person
    QSet<int> m_openedLanes;         // opened by the person, empty or not
    QSet<int> m_shownCollapsedLanes; // those, and the empty ones while they collapse
    bool m_collapseEmptyLanes = true;
};

} // namespace Candor
