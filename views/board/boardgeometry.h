// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRect>
#include <QSet>

namespace Candor {

class BoardModel;

// Where everything on the board is, in content coordinates (x from the left edge, y from the
// top of the lanes, below the column headers that stay in place). Every card has the same
// height, so a card's place is arithmetic: nothing is stored per card, and a 20k-card column
// costs no more to lay out or hit-test than a short one.
class BoardGeometry final
{
public:
    struct Metrics
    {
        int cardHeight = 96;
        int cardGap = 6;
        int columnWidth = 250; // the least; columns widen to fill the view up to maxColumnWidth
        int maxColumnWidth = 340;
        int collapsedWidth = 36;
        int columnGap = 8;
        int margin = 8;
        int headerHeight = 48;
        int laneHeaderHeight = 28;
    };

    // What is under a point: a lane and column, the card there (row, or -1) and where a drop
    // there would insert (insertRow, counting the cards of the cell; -1 for "at the end").
    struct Hit
    {
        int lane = -1;
        int column = -1;
        int row = -1;
        int insertRow = -1;
        bool onLaneHeader = false;
        bool isValid() const { return lane >= 0 && column >= 0; }
    };

    // Hidden columns take no room at all (no strip, no gap); collapsed ones a narrow strip.
    struct Columns
    {
        QSet<int> collapsed;
        QSet<int> hidden;
    };

    void update(const BoardModel &model, const Metrics &metrics, int viewportWidth,
                bool showLaneHeaders, const Columns &columns, const QSet<int> &collapsedLanes);

    const Metrics &metrics() const { return m_metrics; }
    int pitch() const { return m_metrics.cardHeight + m_metrics.cardGap; }
    int contentWidth() const { return m_contentWidth; }
    int contentHeight() const { return m_contentHeight; }
    bool isColumnCollapsed(int column) const { return m_columns.collapsed.contains(column); }
    bool isColumnHidden(int column) const { return m_columns.hidden.contains(column); }
    bool isLaneCollapsed(int lane) const { return m_collapsedLanes.contains(lane); }
    bool showsLaneHeaders() const { return m_laneHeaders; }

    int columnLeft(int column) const { return m_columnLeft.value(column); }
    int columnWidth(int column) const { return m_columnWidth.value(column); }
    int laneCount() const { return int(m_laneTop.size()); }
    QRect laneHeaderRect(int lane) const; // empty without lane headers
    QRect cellRect(int lane, int column) const;
    QRect cardRect(int lane, int column, int row) const;
    // The rows of a cell's cards that meet the band [top, bottom] of content y.
    std::pair<int, int> rowsIn(int lane, int column, int top, int bottom) const;

    int columnAt(int x) const; // never a hidden column
    int laneAt(int y) const;
    Hit hitTest(const QPoint &content) const;
    // Where a drop between cards shows: a line above insertRow in the cell.
    QRect dropLine(int lane, int column, int insertRow) const;

private:
    int bodyTop(int lane) const;

    Metrics m_metrics;
    QList<int> m_columnLeft;
    QList<int> m_columnWidth;
    QList<int> m_laneTop;
    QList<int> m_laneHeight;
    QList<QList<int>> m_cellCounts; // per lane, per column
    Columns m_columns;
    QSet<int> m_collapsedLanes;
    bool m_laneHeaders = false;
    int m_contentWidth = 0;
    int m_contentHeight = 0;
};

} // namespace Candor
