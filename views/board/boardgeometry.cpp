// SPDX-License-Identifier: MIT
#include "boardgeometry.h"

#include "board/boardmodel.h"

#include <algorithm>

namespace Candor {

void BoardGeometry::update(const BoardModel &model, const Metrics &metrics, int viewportWidth,
                           bool showLaneHeaders, const Columns &shownColumns,
                           const QSet<int> &collapsedLanes)
{
    m_metrics = metrics;
    m_laneHeaders = showLaneHeaders;
    m_columns = shownColumns;
    m_collapsedLanes = collapsedLanes;
    const auto isOpen = [this](int column) {
        return !isColumnHidden(column) && !isColumnCollapsed(column);
    };

    // Open columns share what collapsed ones leave, within their least and greatest width.
    const int columns = BoardModel::ColumnCount;
    int shown = 0;
    int open = 0;
    for (int column = 0; column < columns; ++column) {
        shown += isColumnHidden(column) ? 0 : 1;
        open += isOpen(column) ? 1 : 0;
    }
    const int fixed = 2 * metrics.margin + std::max(0, shown - 1) * metrics.columnGap +
                      (shown - open) * metrics.collapsedWidth;
    const int share = open > 0 ? (viewportWidth - fixed) / open : 0;
    const int width = std::clamp(share, metrics.columnWidth, metrics.maxColumnWidth);
    m_columnLeft.resize(columns);
    m_columnWidth.resize(columns);
    int x = metrics.margin;
    for (int column = 0; column < columns; ++column) {
        m_columnLeft[column] = x;
        m_columnWidth[column] = isColumnHidden(column)      ? 0
                                : isColumnCollapsed(column) ? metrics.collapsedWidth
                                                            : width;
        if (!isColumnHidden(column))
            x += m_columnWidth[column] + metrics.columnGap;
    }
    m_contentWidth = x - (shown > 0 ? metrics.columnGap : 0) + metrics.margin;

    const int lanes = model.laneCount();
    m_laneTop.resize(lanes);
    m_laneHeight.resize(lanes);
    m_cellCounts.resize(lanes);
    int y = metrics.margin / 2;
    for (int lane = 0; lane < lanes; ++lane) {
        QList<int> &counts = m_cellCounts[lane];
        counts.resize(columns);
        int tallest = 1; // an empty lane still has room for a drop
        for (int column = 0; column < columns; ++column) {
            counts[column] = int(model.cards(lane, column).size());
            if (isOpen(column))
                tallest = std::max(tallest, counts[column]);
        }
        const int header = showLaneHeaders ? metrics.laneHeaderHeight : 0;
        m_laneTop[lane] = y;
        m_laneHeight[lane] =
            collapsedLanes.contains(lane) ? header : header + tallest * pitch() + metrics.cardGap;
        y += m_laneHeight[lane] + (showLaneHeaders ? metrics.cardGap : 0);
    }
    m_contentHeight = y + metrics.margin;
}

int BoardGeometry::bodyTop(int lane) const
{
    return m_laneTop.value(lane) + (m_laneHeaders ? m_metrics.laneHeaderHeight : 0) +
           m_metrics.cardGap;
}

QRect BoardGeometry::laneHeaderRect(int lane) const
{
    if (!m_laneHeaders || lane < 0 || lane >= laneCount())
        return {};
    return QRect(m_metrics.margin, m_laneTop.at(lane), m_contentWidth - 2 * m_metrics.margin,
                 m_metrics.laneHeaderHeight);
}

QRect BoardGeometry::cellRect(int lane, int column) const
{
    if (lane < 0 || lane >= laneCount() || column < 0 || column >= m_columnLeft.size())
        return {};
    const int header = m_laneHeaders ? m_metrics.laneHeaderHeight : 0;
    return QRect(m_columnLeft.at(column), m_laneTop.at(lane) + header, m_columnWidth.at(column),
                 m_laneHeight.at(lane) - header);
}

QRect BoardGeometry::cardRect(int lane, int column, int row) const
{
    if (lane < 0 || lane >= laneCount() || column < 0 || column >= m_columnLeft.size() || row < 0 ||
        row >= m_cellCounts.at(lane).at(column) || isColumnCollapsed(column) ||
        isColumnHidden(column) || isLaneCollapsed(lane))
        return {};
    const int inset = m_metrics.cardGap;
    return QRect(m_columnLeft.at(column) + inset, bodyTop(lane) + row * pitch(),
                 m_columnWidth.at(column) - 2 * inset, m_metrics.cardHeight);
}

std::pair<int, int> BoardGeometry::rowsIn(int lane, int column, int top, int bottom) const
{
    if (lane < 0 || lane >= laneCount() || isLaneCollapsed(lane) || isColumnCollapsed(column) ||
        isColumnHidden(column))
        return {0, -1};
    const int count = m_cellCounts.at(lane).at(column);
    const int base = bodyTop(lane);
    const int first = std::max(0, (top - base) / pitch());
    const int last = std::min(count - 1, (bottom - base) / pitch());
    return {first, last};
}

int BoardGeometry::columnAt(int x) const
{
    int last = -1;
    for (int column = 0; column < m_columnLeft.size(); ++column) {
        if (isColumnHidden(column))
            continue;
        // The gap between two columns belongs to the nearer one.
        const int right =
            m_columnLeft.at(column) + m_columnWidth.at(column) + m_metrics.columnGap / 2;
        if (x < right)
            return column;
        last = column;
    }
    return last;
}

int BoardGeometry::laneAt(int y) const
{
    if (m_laneTop.isEmpty())
        return -1;
    const auto after = std::upper_bound(m_laneTop.cbegin(), m_laneTop.cend(), y);
    return std::max(0, int(after - m_laneTop.cbegin()) - 1);
}

BoardGeometry::Hit BoardGeometry::hitTest(const QPoint &content) const
{
    Hit hit;
    hit.lane = laneAt(content.y());
    hit.column = columnAt(content.x());
    if (!hit.isValid())
        return hit;
    const QRect header = laneHeaderRect(hit.lane);
    hit.onLaneHeader = header.isValid() && content.y() < header.bottom() + 1;
    if (hit.onLaneHeader || isLaneCollapsed(hit.lane) || isColumnCollapsed(hit.column))
        return hit; // a drop there goes to the end of that cell
    const int count = m_cellCounts.at(hit.lane).at(hit.column);
    const int offset = content.y() - bodyTop(hit.lane);
    // Above the middle of a card inserts before it.
    hit.insertRow = std::clamp((offset + pitch() / 2) / pitch(), 0, count);
    if (offset < 0)
        hit.insertRow = 0;
    const int row = offset >= 0 ? offset / pitch() : -1;
    if (row >= 0 && row < count && cardRect(hit.lane, hit.column, row).contains(content))
        hit.row = row;
    return hit;
}

QRect BoardGeometry::dropLine(int lane, int column, int insertRow) const
{
    const QRect cell = cellRect(lane, column);
    if (!cell.isValid())
        return {};
    const int inset = m_metrics.cardGap;
    const int y = bodyTop(lane) + insertRow * pitch() - (m_metrics.cardGap + 3) / 2;
    return QRect(cell.left() + inset, y, cell.width() - 2 * inset, 3);
}

} // namespace Candor
