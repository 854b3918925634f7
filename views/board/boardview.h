// SPDX-License-Identifier: MIT
#pragma once

#include "boardchrome.h"
#include "boardgeometry.h"

#include <QAbstractItemView>
#include <QSet>

namespace Candor {

class BoardModel;
class CardDelegate;
class TaskSelection;

// The Kanban board: columns per status, optional swimlanes, cards painted by CardDelegate.
// Cards move by drag and drop (one or many, to a column, lane or place; onto a collapsed lane
// or column too) and by keyboard (Ctrl+arrows; 0–3 set priority). Its selection is the shared
// TaskSelection.
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
    bool isLaneCollapsed(int lane) const { return m_collapsedLanes.contains(lane); }
    void setLaneCollapsed(int lane, bool collapsed);
    void setAllLanesCollapsed(bool collapsed);

    QList<qint64> selectedTaskIds() const; // in board order
    // Viewport coordinates of a card, a cell or a column header (for tests and tooltips).
    QRect cardViewportRect(qint64 taskId) const;
    QRect cellViewportRect(int lane, int column) const;
    QRect columnHeaderRect(int column) const;
    QRect laneHeaderViewportRect(int lane) const;
    // Asks for and sets the WIP limit of a column (the column header's menu).
    void editWipLimit(int column);

    // QAbstractItemView
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

signals:
    void message(const QString &text);
    void inspectorWanted();
    void contextMenuWanted(const QPoint &globalPos);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
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
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct DropTarget
    {
        int lane = -1;
        int column = -1;
        int row = -1; // insertion row; -1: the end
        bool isValid() const { return lane >= 0; }
    };

    QPoint toContent(const QPoint &viewport) const;
    QRect toViewport(const QRect &content) const;
    int headerHeight() const { return m_geometry.metrics().headerHeight; }
    BoardGeometry::Metrics metrics() const;
    void relayout();
    QPoint scrollOffset() const { return {horizontalOffset(), verticalOffset()}; }
    void paintCards(QPainter &painter, const QRect &visible);
    DropTarget dropTargetAt(const QPoint &viewportPos) const;
    void setDropTarget(const DropTarget &target);
    void moveSelected(int columnStep, int rowStep);
    void setSelectedPriority(int priority);
    void publishSelection();
    void followSelection();
    void showColumnMenu(int column, const QPoint &globalPos);
    void showLaneMenu(int lane, const QPoint &globalPos);

    BoardModel *m_model;
    TaskSelection *m_selection;
    CardDelegate *m_delegate;
    BoardGeometry m_geometry;
    BoardChrome m_chrome{*m_model, m_geometry};
    QSet<int> m_collapsedColumns;
    QSet<int> m_collapsedLanes;
    DropTarget m_dropTarget;
    bool m_syncing = false;
    bool m_selectionStale = false; // the shared selection changed while the board was hidden
};

} // namespace Candor
