// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace Candor {

class LayeredGraph;

// Places the vertices of one ordered component along their layers (the y of a left-to-right
// drawing): each as near its neighbours as the order and the gaps allow, long edges straight.
// It minimises the weighted sum of squared height differences along the edges (dot's weights:
// 1, 2, 8 between nodes, node and dummy, two dummies) layer by layer; each layer's step is an
// exact weighted isotonic regression (pool adjacent violators), so the order is kept and the
// nodes are packed no closer than the gaps. Optional anchors keep nodes near an earlier drawing.
class LayeredPlacement final
{
public:
    struct Gaps
    {
        qreal node = 20;  // between two nodes of a layer
        qreal dummy = 10; // between two edges passing a layer
    };

    // thickness: each vertex's extent along the layer (0 for dummies); y: the result, one slot
    // per vertex of the whole graph (the component's are written).
    LayeredPlacement(const LayeredGraph &graph, const std::vector<std::vector<int>> &layers,
                     const std::vector<qreal> &thickness, std::vector<double> &y);

    // anchor: when not null, a wanted y per vertex of the graph (NaN where there is none).
    void run(Gaps gaps, const std::vector<double> *anchor, int iterations = 16);

private:
    void settleLayer(const std::vector<int> &vertices, const std::vector<double> *anchor);
    qreal separation(int a, int b) const;

    const LayeredGraph &m_graph;
    const std::vector<std::vector<int>> &m_layers;
    const std::vector<qreal> &m_thickness;
    std::vector<double> &m_y;
    Gaps m_gaps;
    // Scratch for one layer, kept to avoid an allocation per layer and sweep.
    std::vector<double> m_offset;
    std::vector<double> m_target;
    std::vector<double> m_weight;
    std::vector<double> m_blockWeight;
    std::vector<double> m_blockSum;
    std::vector<size_t> m_blockSize;
};

} // namespace Candor
