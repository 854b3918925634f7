// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

#include <vector>

namespace Candor {

class LayeredGraph;

// Draws the edges of a placed layered graph as cubic Bézier splines. An edge leaves its node
// on the right, runs level across the rest of the node's layer, curves through the gap to the
// next layer (horizontal at both ends, so the joins are smooth) and passes each layer where its
// dummy vertex holds a slot, so it never crosses a node. Edges at one node side fan out over
// the side's height in the order of their other ends, so they do not cross where they meet it.
class LayeredRouting final
{
public:
    struct Frame
    {
        std::vector<qreal> layerLeft;
        std::vector<qreal> layerRight;
        std::vector<double> y;        // centre of each vertex
        std::vector<qreal> thickness; // each real node's height (0 for dummies)
        std::vector<qreal> width;     // each real node's width
        std::vector<bool> pointed;    // a diamond: edges meet it at its tips
    };

    // One spline per chain of the graph, from the edge's source to its target.
    static std::vector<QList<QPointF>> route(const LayeredGraph &graph, const Frame &frame);
};

} // namespace Candor
