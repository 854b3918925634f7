// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace Candor {

class LayeredGraph;

// Orders the vertices within each layer of one connected component so that few edges cross,
// the way Graphviz's dot does: a breadth-first initial order (one from the sources, one from
// the sinks), then sweeps that sort each layer by the weighted median of its neighbours, each
// followed by transposition of neighbours while that removes crossings; the best order wins.
// Given the previous drawing's order, it starts from that and only transposes, so that an edit
// does not reshuffle the picture.
class LayeredOrdering final
{
public:
    // vertices: those of the component; position: one slot per vertex of the whole graph,
    // shared between components so that many small ones cost no more than one large one.
    LayeredOrdering(const LayeredGraph &graph, const std::vector<int> &vertices,
                    std::vector<int> &position);

    // seed: when not null, a key per vertex of the graph (lower first) to start from.
    void run(const std::vector<double> *seed, int maxIterations = 24);

    int firstLayer() const { return m_first; }
    // The vertices of layer (firstLayer() + i), in order.
    const std::vector<std::vector<int>> &layers() const { return m_layers; }
    qint64 crossings() const;

private:
    void initialOrder(bool fromSources);
    void seededOrder(const std::vector<double> &seed);
    void iterate(int iterations);
    void remember(qint64 crossings);
    void restoreBest();
    void medianSweep(bool downwards, bool reverse);
    bool transposeAll(bool swapEqual);
    qint64 layerCrossings(size_t upper) const;
    void place(size_t layer);

    const LayeredGraph &m_graph;
    const std::vector<int> &m_vertices;
    std::vector<int> &m_position;
    int m_first = 0;
    std::vector<std::vector<int>> m_layers;
    std::vector<std::vector<int>> m_bestLayers;
    qint64 m_best = 0;
};

} // namespace Candor
