// SPDX-License-Identifier: MIT
#include "graphedgeitem.h"

#include "graphnodelook.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Candor {

namespace {

constexpr qreal arrowLength = 9;
constexpr qreal coarseStep = 8; // scene units between the points of the coarse line

} // namespace

GraphEdgeItem::GraphEdgeItem(qint64 from, qint64 to)
    : m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    // For the exposed rect in paint(): a long edge strokes only its part in sight.
    setFlag(ItemUsesExtendedStyleOption);
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
    // Zoomed out, a point every few device pixels draws the same curve: the flattened spline
    // has one every pixel or so, and the stroker pays per segment.
    m_coarseLine.clear();
    for (const QPointF &point : std::as_const(m_line)) {
        if (m_coarseLine.isEmpty() || QLineF(m_coarseLine.last(), point).length() >= coarseStep)
            m_coarseLine.append(point);
    }
    if (!m_line.isEmpty() && m_coarseLine.last() != m_line.last())
        m_coarseLine.append(m_line.last());
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

void GraphEdgeItem::drawVisibleRuns(QPainter *painter, const QPolygonF &line, const QRectF &exposed)
{
    // An edge spans many layers, and the stroker works on the whole polyline however little of
    // it is in sight: draw only the runs of segments that touch the exposed rect. On a pan that
    // is a few segments of the edges crossing the strip uncovered, not thousands of points.
    if (exposed.contains(line.boundingRect())) {
        painter->drawPolyline(line);
        return;
    }
    qsizetype first = -1;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line.at(i);
        const QPointF b = line.at(i + 1);
        const bool touches =
            std::max(a.x(), b.x()) >= exposed.left() && std::min(a.x(), b.x()) <= exposed.right() &&
            std::max(a.y(), b.y()) >= exposed.top() && std::min(a.y(), b.y()) <= exposed.bottom();
        if (touches && first < 0)
            first = i;
        if (!touches && first >= 0) {
            painter->drawPolyline(line.constData() + first, int(i - first + 1));
            first = -1;
        }
    }
    if (first >= 0)
        painter->drawPolyline(line.constData() + first, int(line.size() - first));
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    // Far out, thousands of edges are in view: aliased hairlines keep a frame short. A large
    // graph keeps them aliased up to 100 %, where smoothing them would double a zoom frame.
    painter->setRenderHint(QPainter::Antialiasing, detail > 1 || (m_smooth && detail >= 0.6));
    const QColor colour = isSelected() ? GraphNodeLook::selectionColour()
                          : m_critical ? GraphNodeLook::criticalColour()
                                       : GraphNodeLook::edgeColour();
    // Up to 100 %, plain edges are one device pixel wide: the raster engine's cosmetic stroker
    // draws those many times faster than a scaled pen, which keeps frames short on a large
    // graph. Past 100 % (and in exports at 2x) they scale like the rest of the drawing.
    const bool thick = isSelected() || m_critical;
    const bool hairline = !thick && detail <= 1;
    QPen pen(colour, hairline ? 1 : (isSelected() ? 3 : m_critical ? 2.6 : 1.3));
    pen.setCosmetic(hairline || detail < 0.5);
    if (m_gate)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    drawVisibleRuns(painter, detail < 0.9 ? m_coarseLine : m_line,
                    option->exposedRect.adjusted(-4, -4, 4, 4));
    if (detail < 0.3 || !option->exposedRect.intersects(m_arrow.boundingRect()))
        return; // arrowheads would be specks, or this one is out of sight
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
}

} // namespace Candor
