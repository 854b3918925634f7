// SPDX-License-Identifier: MIT
#pragma once

#include "graphlayout.h"
#include "graphlayoutinput.h"

namespace Candor {

// A layered (Sugiyama) drawing of a directed graph from left to right: layers by longest path,
// dummy vertices for long edges, crossings reduced by median sweeps with transposition,
// compact placement that keeps long edges straight, edges as Bézier splines. Each connected
// component is drawn on its own and the components are stacked. Given the previous drawing's
// positions (GraphLayoutInput::previous) it keeps the order of the nodes and stays near their
// old places, so that an edit does not make the picture jump. Deterministic: the same input
// gives the same drawing. See docs/graph-layout.md.
class LayeredLayout final
{
public:
    struct Options
    {
        qreal layerGap = 56;     // least room between two layers, for the edges' curves
        qreal nodeGap = 20;      // between two nodes of a layer
        qreal edgeGap = 10;      // between two edges passing a layer
        qreal componentGap = 40; // between two stacked components
        int orderIterations = 24;
        int placementIterations = 16;
    };

    static GraphLayout compute(const GraphLayoutInput &input);
    static GraphLayout compute(const GraphLayoutInput &input, const Options &options);
};

} // namespace Candor
