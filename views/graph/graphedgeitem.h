// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsPathItem>
#include <QPen>

#include <array>

namespace Candor {

// One edge of the graph page: the layout's spline with an arrowhead at the node it points to.
// Selectable (Delete removes the dependency); critical edges are drawn thicker in the critical
// colour, edges into a milestone dashed (they gate, they are not dependencies).
//
// A plain edge (neither critical nor selected) paints nothing itself: GraphEdgeLayer draws all
// of them in one pass under the items, far faster than thousands of strokes through QPainter.
// The item stays for hit tests, selection and the critical look.
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
    // Drawn by GraphEdgeLayer rather than by itself.
    bool isPlain() const { return !m_critical && !isSelected(); }

    // The spline as a polyline fit for the level of detail, and its arrowhead.
    const QPolygonF &line(qreal detail) const;
    const QPolygonF &arrow() const { return m_arrow; }
    // How a plain edge is stroked at a level of detail: one rule for the layer's QPainter path.
    static QPen plainPen(qreal detail, bool gate);
    static bool smoothAt(qreal detail, bool smallGraph);
    // Strokes the runs of line that touch exposed (a long edge mostly lies out of sight).
    static void drawVisibleRuns(QPainter *painter, const QPolygonF &line, const QRectF &exposed);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The arrowhead at the end of a path, pointing along its last tangent.
    static QPolygonF arrowhead(const QPainterPath &path, qreal length);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateContentsFlag();

    qint64 m_from;
    qint64 m_to;
    bool m_critical = false;
    bool m_gate = false;
    bool m_smooth = true;
    QPolygonF m_arrow;
    QPolygonF m_line; // the spline flattened once, not on every paint
    // Fewer of its points, a point every 4, 8 and 16 scene units: enough for a smooth curve at
    // up to 160 %, 90 % and 45 %. The stroker pays per segment, not per pixel.
    std::array<QPolygonF, 3> m_coarseLines;
    QPainterPath m_shape;
};

} // namespace Candor
