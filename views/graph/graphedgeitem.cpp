// SPDX-License-Identifier: MIT
#include "graphedgeitem.h"

#include "graphnodelook.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Candor {

namespace {

constexpr qreal arrowLength = 9;
// Scene units between the points of the coarse lines, and the zoom up to which each is used:
// a segment stays under 7 device pixels, where a flattened curve still looks round.
constexpr std::array<qreal, 3> coarseSteps{16, 8, 4};
constexpr std::array<qreal, 3> coarseUpTo{0.45, 0.9, 1.6};

} // namespace

GraphEdgeItem::GraphEdgeItem(qint64 from, qint64 to)
    : m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    // For the exposed rect in paint(): a long edge strokes only its part in sight.
    setFlag(ItemUsesExtendedStyleOption);
    setFlag(ItemHasNoContents); // plain until critical or selected
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
    updateContentsFlag();
    m_arrow = arrowhead(path, arrowLength);
    m_line = path.toSubpathPolygons().value(0);
    for (std::size_t level = 0; level < m_coarseLines.size(); ++level) {
        const qreal step = coarseSteps[level];
        QPolygonF &coarse = m_coarseLines[level];
        coarse.clear();
        for (const QPointF &point : std::as_const(m_line)) {
            if (coarse.isEmpty() || QLineF(coarse.last(), point).length() >= step)
                coarse.append(point);
        }
        if (!m_line.isEmpty() && coarse.last() != m_line.last())
            coarse.append(m_line.last());
    }
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
    updateContentsFlag();
}

QVariant GraphEdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updateContentsFlag();
    return QGraphicsPathItem::itemChange(change, value);
}

void GraphEdgeItem::updateContentsFlag()
{
    const bool plain = isPlain();
    if (plain == bool(flags() & ItemHasNoContents))
        return;
    // An item without contents has no dirty region of its own: repaint where its thick line
    // was, so the layer's hairline shows again.
    if (plain && scene())
        scene()->update(sceneBoundingRect());
    setFlag(ItemHasNoContents, plain);
    update();
}

const QPolygonF &GraphEdgeItem::line(qreal detail) const
{
    for (std::size_t level = 0; level < m_coarseLines.size(); ++level) {
        if (detail < coarseUpTo[level])
            return m_coarseLines[level];
    }
    return m_line;
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

QPen GraphEdgeItem::plainPen(qreal detail, bool gate)
{
    // Up to 150 % a plain edge is a cosmetic pen one device pixel wide: the raster engine draws
    // those with its cosmetic stroker (dashes included), many times faster than the general
    // stroker a wider or scaled pen goes through. Past that, edges scale with the drawing.
    const bool hairline = detail <= 1.5;
    QPen pen(GraphNodeLook::edgeColour(), hairline ? 1 : 1.3);
    pen.setCosmetic(hairline);
    if (gate)
        pen.setStyle(Qt::DashLine);
    return pen;
}

bool GraphEdgeItem::smoothAt(qreal detail, bool smallGraph)
{
    // Far out, thousands of edges are in view: aliased hairlines keep a frame short. A small
    // graph is smoothed from 60 %, a large one past 100 %.
    return detail > 1 || (smallGraph && detail >= 0.6);
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Only a critical or selected edge gets here (a plain one has no contents): few of them,
    // drawn with real widths over the layer's hairlines.
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor colour =
        isSelected() ? GraphNodeLook::selectionColour() : GraphNodeLook::criticalColour();
    painter->setRenderHint(QPainter::Antialiasing, smoothAt(detail, m_smooth));
    QPen pen(colour, isSelected() ? 3 : 2.6);
    pen.setCosmetic(detail < 0.5);
    if (m_gate)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    drawVisibleRuns(painter, line(detail), option->exposedRect.adjusted(-4, -4, 4, 4));
    if (detail < 0.3 || !option->exposedRect.intersects(m_arrow.boundingRect()))
        return; // arrowheads would be specks, or this one is out of sight
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
}

} // namespace Candor
