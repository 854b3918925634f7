// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsPathItem>

namespace Candor {

// One edge of the graph page: the layout's spline with an arrowhead at the node it points to.
// Selectable (Delete removes the dependency); critical edges are drawn thicker in the critical
// colour, edges into a milestone dashed (they gate, they are not dependencies).
class GraphEdgeItem final : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };

    GraphEdgeItem(qint64 from, qint64 to);

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    bool isGate() const { return m_gate; }
    void setSpline(const QPainterPath &path, bool critical, bool gate);
    bool isCritical() const { return m_critical; }
    void setCritical(bool critical);
    // Antialiased below 100 % too (a small graph: GraphScene decides).
    void setSmooth(bool smooth) { m_smooth = smooth; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The arrowhead at the end of a path, pointing along its last tangent.
    static QPolygonF arrowhead(const QPainterPath &path, qreal length);

private:
    static void drawVisibleRuns(QPainter *painter, const QPolygonF &line, const QRectF &exposed);

    qint64 m_from;
    qint64 m_to;
    bool m_critical = false;
    bool m_gate = false;
    bool m_smooth = true;
    QPolygonF m_arrow;
    QPolygonF m_line;       // the spline flattened once, not on every paint
    QPolygonF m_coarseLine; // fewer of its points, for zoomed out
    QPainterPath m_shape;
};

} // namespace Candor
