// SPDX-License-Identifier: MIT
#include "graphedgeitem.h"

#include "graphnodelook.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Candor {

namespace {

constexpr qreal arrowLength = 9;

} // namespace

GraphEdgeItem::GraphEdgeItem(qint64 from, qint64 to)
    : m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
}

QPolygonF GraphEdgeItem::arrowhead(const QPainterPath &path, qreal length)
{
    if (path.isEmpty())
        return {};
    const QPointF tip = path.pointAtPercent(1);
    // The direction over the last few points: the spline ends level, so this is its tangent.
    const QPointF before = path.elementCount() > 1
                               ? QPointF(path.elementAt(path.elementCount() - 2))
                               : tip - QPointF(1, 0);
    QPointF direction = tip - before;
    const qreal norm = std::hypot(direction.x(), direction.y());
    direction = norm > 0 ? direction / norm : QPointF(1, 0);
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = tip - direction * length;
    return QPolygonF({tip, base + normal * length * 0.45, base - normal * length * 0.45, tip});
}

void GraphEdgeItem::setSpline(const QPainterPath &path, bool critical, bool gate)
{
    prepareGeometryChange();
    setPath(path);
    m_critical = critical;
    setZValue(critical ? 0.5 : 0);
    m_gate = gate;
    m_arrow = arrowhead(path, arrowLength);
    m_line = path.toSubpathPolygons().value(0);
    QPainterPathStroker stroker;
    stroker.setWidth(8); // easy to click
    m_shape = stroker.createStroke(path);
    m_shape.addPolygon(m_arrow);
}

void GraphEdgeItem::setCritical(bool critical)
{
    if (critical == m_critical)
        return;
    m_critical = critical;
    setZValue(critical ? 0.5 : 0); // over the plain edges it crosses
    update();
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_shape.boundingRect();
}

QPainterPath GraphEdgeItem::shape() const
{
    return m_shape;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    // Far out, thousands of edges are in view: aliased hairlines keep a frame short.
    painter->setRenderHint(QPainter::Antialiasing, detail >= 0.6);
    const QColor colour = isSelected() ? GraphNodeLook::selectionColour()
                          : m_critical ? GraphNodeLook::criticalColour()
                                       : GraphNodeLook::edgeColour();
    // Zoomed out, plain edges are one device pixel wide: the raster engine's cosmetic stroker
    // draws those many times faster than a scaled pen, which keeps frames short on a large
    // graph. From 100 % on (and in exports at 2x) they scale like the rest of the drawing.
    const bool thick = isSelected() || m_critical;
    const bool hairline = !thick && detail < 1;
    QPen pen(colour, hairline ? 1 : (isSelected() ? 3 : m_critical ? 2.6 : 1.3));
    pen.setCosmetic(hairline || detail < 0.5);
    if (m_gate)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_line);
    if (detail < 0.3)
        return; // arrowheads would be specks
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
}

} // namespace Candor
