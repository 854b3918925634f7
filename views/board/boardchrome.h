// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QRect>

class QPainter;
class QWidget;

namespace Candor {

class BoardGeometry;
class BoardModel;

// Paints what surrounds the cards: the column strips (a collapsed one with its name upright),
// the lane headers, and the column headers that stay at the top with counts, estimate sums
// and WIP limits (red when a column holds more than its limit).
class BoardChrome final
{
    Q_DECLARE_TR_FUNCTIONS(BoardChrome)
public:
    static constexpr int chevronWidth = 22; // the collapse triangle left of a header

    BoardChrome(const BoardModel &model, const BoardGeometry &geometry)
        : m_model(model)
        , m_geometry(geometry)
    {}

    // offset is the scroll position; visible is the part of the content in view.
    void paintBackground(QPainter &painter, const QWidget &viewport, const QPoint &offset,
                         const QRect &visible) const;
    void paintColumnHeaders(QPainter &painter, const QWidget &viewport, const QPoint &offset) const;
    // A column's header in viewport coordinates.
    QRect columnHeaderRect(int column, int horizontalOffset) const;
    // What a column's header tells on hovering: its cards, its WIP limit, what a click does.
    QString columnToolTip(int column) const;

private:
    const BoardModel &m_model;
    const BoardGeometry &m_geometry;
};

} // namespace Candor
