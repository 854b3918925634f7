// SPDX-License-Identifier: MIT
#pragma once

#include "graphlayoutinput.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

namespace Candor {

// A finished layered drawing, left to right: where every node sits and the path of every edge.
struct GraphLayout
{
    struct Node
    {
        qint64 id = 0;
        QRectF rect; // x, y: top left
        int layer = 0;
        GraphLayoutInput::Kind kind = GraphLayoutInput::Kind::Task;
    };
    struct Edge
    {
        qint64 from = 0;
        qint64 to = 0;
        // A cubic Bézier spline: the start, then three points (two controls and an end) per
        // segment. The last point touches the node the arrow points at.
        QList<QPointF> points;
        QPainterPath path() const;
    };

    QList<Node> nodes;   // in the input's order
    QList<Edge> edges;   // the input's, less self-loops, repeats and edges to unknown nodes
    QList<qreal> layerX; // centre of each layer
    QRectF bounds;

    // Index of the node with this id in nodes, or -1.
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    const Node *node(qint64 id) const;
    void reindex();

    // Edge crossings, counted as for a layered drawing: each edge is followed through the
    // centre line of every layer it passes (its y there read off its spline) and two edges cross
    // between neighbouring layers when their order changes. Counts any drawing the same way
    // (see tests/bench/layoutbench.cpp, which compares with Graphviz).
    qint64 crossings() const;

private:
    QHash<qint64, int> m_index;
};

} // namespace Candor
