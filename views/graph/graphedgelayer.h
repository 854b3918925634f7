// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QList>

#include <vector>

namespace Candor {

class GraphEdgeItem;

// Draws every edge of the graph page as a plain line under the items, in one pass: a grid of
// scene cells finds the edges in the exposed rect. Zoomed out, where thousands of edges are in
// sight, the lines go straight into an image (HairlineRaster) that is drawn once; closer in,
// through QPainter with one pen for all. The edge items stay for hit tests and selection, and
// paint only when critical or selected, over this.
class GraphEdgeLayer final : public QGraphicsItem
{
public:
    GraphEdgeLayer();

    // The edges to draw; call again after they change (a relayout). Not owned.
    void setEdges(const QList<GraphEdgeItem *> &edges, bool smallGraph);
    // The edges whose lines may pass through rect, for tests.
    QList<GraphEdgeItem *> edgesNear(const QRectF &rect) const;

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Indices of m_edges near rect, each once, in the order given.
    std::vector<int> near(const QRectF &rect) const;
    bool paintRaster(QPainter *painter, const QRectF &exposed, const std::vector<int> &edges) const;
    void paintStrokes(QPainter *painter, qreal detail, const QRectF &exposed,
                      const std::vector<int> &edges) const;

    QList<GraphEdgeItem *> m_edges;
    QRectF m_bounds;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::vector<int>> m_cells; // edge indices per cell, row by row
    mutable std::vector<quint32> m_seen;   // per edge: the last query that took it
    mutable quint32 m_query = 0;
    bool m_smallGraph = false;
};

} // namespace Candor
