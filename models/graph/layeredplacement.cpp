// SPDX-License-Identifier: MIT
#include "layeredplacement.h"

#include "layeredgraph.h"

#include <cmath>

namespace Candor {

namespace {

// An anchor pulls about as much as one edge between nodes: enough to keep a node where it was
// when nothing near it changed, too little to hold it against a new edge.
constexpr double anchorWeight = 0.75;
// A vertex with no neighbour and no anchor stays where it is.
constexpr double restWeight = 1e-3;

} // namespace

LayeredPlacement::LayeredPlacement(const LayeredGraph &graph,
                                   const std::vector<std::vector<int>> &layers,
                                   const std::vector<qreal> &thickness, std::vector<double> &y)
    : m_graph(graph)
    , m_layers(layers)
    , m_thickness(thickness)
    , m_y(y)
{}

qreal LayeredPlacement::separation(int a, int b) const
{
    const bool dummyA = m_graph.isDummy(a);
    const bool dummyB = m_graph.isDummy(b);
    const qreal gap = dummyA && dummyB   ? m_gaps.dummy
                      : dummyA || dummyB ? (m_gaps.node + m_gaps.dummy) / 2
                                         : m_gaps.node;
    return (m_thickness[size_t(a)] + m_thickness[size_t(b)]) / 2 + gap;
}

void LayeredPlacement::run(Gaps gaps, const std::vector<double> *anchor, int iterations)
{
    m_gaps = gaps;
    // Start packed, each layer centred on 0.
    for (const std::vector<int> &vertices : m_layers) {
        double at = 0;
        for (size_t i = 0; i < vertices.size(); ++i) {
            if (i > 0)
                at += separation(vertices[i - 1], vertices[i]);
            m_y[size_t(vertices[i])] = at;
        }
        for (int v : vertices)
            m_y[size_t(v)] -= at / 2;
    }
    for (int iteration = 0; iteration < iterations; ++iteration) {
        for (const std::vector<int> &vertices : m_layers)
            settleLayer(vertices, anchor);
        for (auto layer = m_layers.rbegin(); layer != m_layers.rend(); ++layer)
            settleLayer(*layer, anchor);
    }
}

// The best heights for one layer with the others held: minimise sum w_i (y_i - d_i)^2 subject
// to y_(i+1) - y_i >= s_i. With z_i = y_i - (s_0 + ... + s_(i-1)) that is isotonic regression
// of the shifted targets, solved exactly by pooling adjacent violators.
void LayeredPlacement::settleLayer(const std::vector<int> &vertices,
                                   const std::vector<double> *anchor)
{
    const size_t n = vertices.size();
    if (n == 0)
        return;
    m_offset.resize(n);
    m_target.resize(n);
    m_weight.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const int v = vertices[i];
        m_offset[i] = i == 0 ? 0 : m_offset[i - 1] + separation(vertices[i - 1], v);
        double weight = 0;
        double sum = 0;
        for (const auto neighbours : {m_graph.up(v), m_graph.down(v)}) {
            for (int w : neighbours) {
                const double edge = m_graph.weight(v, w);
                weight += edge;
                sum += edge * m_y[size_t(w)];
            }
        }
        if (anchor && !std::isnan((*anchor)[size_t(v)])) {
            weight += anchorWeight;
            sum += anchorWeight * (*anchor)[size_t(v)];
        }
        if (weight == 0) {
            weight = restWeight;
            sum = restWeight * m_y[size_t(v)];
        }
        m_weight[i] = weight;
        m_target[i] = sum / weight - m_offset[i];
    }
    m_blockWeight.clear();
    m_blockSum.clear();
    m_blockSize.clear();
    for (size_t i = 0; i < n; ++i) {
        m_blockWeight.push_back(m_weight[i]);
        m_blockSum.push_back(m_weight[i] * m_target[i]);
        m_blockSize.push_back(1);
        while (m_blockSize.size() > 1) {
            const size_t top = m_blockSize.size() - 1;
            if (m_blockSum[top - 1] / m_blockWeight[top - 1] <=
                m_blockSum[top] / m_blockWeight[top])
                break;
            m_blockWeight[top - 1] += m_blockWeight[top];
            m_blockSum[top - 1] += m_blockSum[top];
            m_blockSize[top - 1] += m_blockSize[top];
            m_blockWeight.pop_back();
            m_blockSum.pop_back();
            m_blockSize.pop_back();
        }
    }
    size_t i = 0;
    for (size_t block = 0; block < m_blockSize.size(); ++block) {
        const double z = m_blockSum[block] / m_blockWeight[block];
        for (size_t k = 0; k < m_blockSize[block]; ++k, ++i)
            m_y[size_t(vertices[i])] = z + m_offset[i];
    }
}

} // namespace Candor
