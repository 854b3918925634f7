// SPDX-License-Identifier: MIT
#include "graphedgelayer.h"

#include "graphedgeitem.h"
#include "graphnodelook.h"
#include "hairlineraster.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Candor {

namespace {

constexpr qreal cellSize = 400;   // scene units: a few layers wide, a handful of nodes high
constexpr qreal slack = 12;       // arrowheads and pen beyond the polylines' points
constexpr int rasterLimit = 4096; // device pixels a side; beyond, QPainter draws

} // namespace

GraphEdgeLayer::GraphEdgeLayer()
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(-1); // under the edge items and the nodes
    setAcceptedMouseButtons(Qt::NoButton);
}

void GraphEdgeLayer::setEdges(const QList<GraphEdgeItem *> &edges, bool smallGraph)
{
    prepareGeometryChange();
    m_edges = edges;
    m_smallGraph = smallGraph;
    QRectF bounds;
    for (const GraphEdgeItem *edge : edges)
        bounds |= edge->line(2).boundingRect() | edge->arrow().boundingRect();
    m_bounds = bounds.isNull() ? QRectF() : bounds.adjusted(-slack, -slack, slack, slack);
    m_columns = std::max(1, int(std::ceil(m_bounds.width() / cellSize)));
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / cellSize)));
    m_cells.assign(size_t(m_columns) * size_t(m_rows), {});
    m_seen.assign(size_t(edges.size()), 0);
    m_query = 0;
    const auto cells = [this](qreal from, qreal to, qreal origin, int count) {
        return std::pair{std::clamp(int((from - slack - origin) / cellSize), 0, count - 1),
                         std::clamp(int((to + slack - origin) / cellSize), 0, count - 1)};
    };
    for (int index = 0; index < int(edges.size()); ++index) {
        // By segment, not by the edge's bounding box: a long diagonal edge would fill every
        // cell of its box. The finest line, so that no line drawn strays out of its cells.
        const QPolygonF &line = edges.at(index)->line(2);
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QPointF a = line.at(i);
            const QPointF b = line.at(std::min(i + 1, line.size() - 1));
            const auto [left, right] =
                cells(std::min(a.x(), b.x()), std::max(a.x(), b.x()), m_bounds.left(), m_columns);
            const auto [top, bottom] =
                cells(std::min(a.y(), b.y()), std::max(a.y(), b.y()), m_bounds.top(), m_rows);
            for (int row = top; row <= bottom; ++row) {
                for (int column = left; column <= right; ++column) {
                    std::vector<int> &cell =
                        m_cells[size_t(row) * size_t(m_columns) + size_t(column)];
                    if (cell.empty() || cell.back() != index)
                        cell.push_back(index);
                }
            }
        }
    }
    update();
}

std::vector<int> GraphEdgeLayer::near(const QRectF &rect) const
{
    std::vector<int> found;
    const QRectF wanted = rect.intersected(m_bounds);
    if (m_edges.isEmpty() || wanted.isEmpty())
        return found;
    if (++m_query == 0) { // wrapped: forget every mark
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_query = 1;
    }
    const auto cell = [](qreal at, qreal origin, int count) {
        return std::clamp(int((at - origin) / cellSize), 0, count - 1);
    };
    const int left = cell(wanted.left(), m_bounds.left(), m_columns);
    const int right = cell(wanted.right(), m_bounds.left(), m_columns);
    const int top = cell(wanted.top(), m_bounds.top(), m_rows);
    const int bottom = cell(wanted.bottom(), m_bounds.top(), m_rows);
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column) {
            for (const int index : m_cells[size_t(row) * size_t(m_columns) + size_t(column)]) {
                if (m_seen[size_t(index)] != m_query) {
                    m_seen[size_t(index)] = m_query;
                    found.push_back(index);
                }
            }
        }
    }
    // In the order the edges were given, so that crossing lines always stack the same way.
    std::sort(found.begin(), found.end());
    return found;
}

QList<GraphEdgeItem *> GraphEdgeLayer::edgesNear(const QRectF &rect) const
{
    QList<GraphEdgeItem *> edges;
    for (const int index : near(rect))
        edges << m_edges.at(index);
    return edges;
}

void GraphEdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    const std::vector<int> edges = near(exposed);
    if (edges.empty())
        return;
    // The raster draws what QPainter would with a cosmetic, aliased one-pixel pen.
    const bool hairline = detail <= 1 && !GraphEdgeItem::smoothAt(detail, m_smallGraph);
    if (hairline && paintRaster(painter, option->exposedRect, edges))
        return;
    paintStrokes(painter, detail, exposed, edges);
}

bool GraphEdgeLayer::paintRaster(QPainter *painter, const QRectF &exposed,
                                 const std::vector<int> &edges) const
{
    const QTransform toDevice = painter->worldTransform();
    const QRect area = toDevice.mapRect(exposed).toAlignedRect();
    if (!HairlineRaster::supports(toDevice) || area.isEmpty() || area.width() > rasterLimit ||
        area.height() > rasterLimit) {
        return false;
    }
    QImage image(area.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    HairlineRaster raster(&image, toDevice * QTransform::fromTranslate(-area.left(), -area.top()));
    const qreal detail = std::sqrt(std::abs(toDevice.determinant()));
    const QRgb colour = GraphNodeLook::edgeColour().rgba();
    for (const int index : edges) {
        const GraphEdgeItem *edge = m_edges.at(index);
        raster.drawPolyline(edge->line(detail), colour, edge->isGate());
        if (detail >= 0.3) // below, arrowheads would be specks
            raster.fillConvex(edge->arrow(), colour);
    }
    painter->save();
    painter->resetTransform();
    painter->drawImage(area.topLeft(), image);
    painter->restore();
    return true;
}

void GraphEdgeLayer::paintStrokes(QPainter *painter, qreal detail, const QRectF &exposed,
                                  const std::vector<int> &edges) const
{
    painter->setBrush(Qt::NoBrush);
    painter->setRenderHint(QPainter::Antialiasing, GraphEdgeItem::smoothAt(detail, m_smallGraph));
    // Solid edges first, then the dashed ones into milestones: two pens for the whole frame.
    for (const bool gates : {false, true}) {
        painter->setPen(GraphEdgeItem::plainPen(detail, gates));
        for (const int index : edges) {
            const GraphEdgeItem *edge = m_edges.at(index);
            if (edge->isGate() == gates)
                GraphEdgeItem::drawVisibleRuns(painter, edge->line(detail), exposed);
        }
    }
    if (detail < 0.3)
        return; // arrowheads would be specks
    const QColor colour = GraphNodeLook::edgeColour();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    for (const int index : edges) {
        const QPolygonF &arrow = m_edges.at(index)->arrow();
        if (exposed.intersects(arrow.boundingRect()))
            painter->drawPolygon(arrow);
    }
}

} // namespace Candor
