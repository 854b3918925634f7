// SPDX-License-Identifier: MIT
#pragma once

#include "graphlayoutinput.h"

#include <vector>

namespace Candor {

// The proper layered graph the steps of LayeredLayout work on: the real nodes, layered by
// longest path, plus one dummy vertex on every layer a long edge passes, so that every edge
// joins neighbouring layers. Vertices 0..realCount-1 are the input's nodes in its order.
class LayeredGraph final
{
public:
    struct Chain
    {
        int inputEdge = 0;         // index in GraphLayoutInput::edges
        bool reversed = false;     // drawn against its direction to break a cycle
        bool critical = false;     // both ends on the critical path
        std::vector<int> vertices; // from its left end to its right end, dummies between
    };

    // The neighbours of a vertex on one side, stored contiguously for the hot loops.
    struct Neighbours
    {
        const int *first;
        const int *last;
        const int *begin() const { return first; }
        const int *end() const { return last; }
        size_t size() const { return size_t(last - first); }
        bool empty() const { return first == last; }
    };

    explicit LayeredGraph(const GraphLayoutInput &input);

    int realCount() const { return m_realCount; }
    int vertexCount() const { return int(m_layer.size()); }
    int layerCount() const { return m_layerCount; }
    int componentCount() const { return m_componentCount; }
    bool isDummy(int v) const { return v >= m_realCount; }
    // The index in GraphLayoutInput::nodes of a real vertex (the first node with its id).
    int inputIndex(int v) const { return m_inputIndex[size_t(v)]; }
    int layer(int v) const { return m_layer[size_t(v)]; }
    int component(int v) const { return m_component[size_t(v)]; }
    Neighbours up(int v) const
    {
        return {m_upList.data() + m_upStart[size_t(v)], m_upList.data() + m_upStart[size_t(v) + 1]};
    }
    Neighbours down(int v) const
    {
        return {m_downList.data() + m_downStart[size_t(v)],
                m_downList.data() + m_downStart[size_t(v) + 1]};
    }
    const std::vector<Chain> &chains() const { return m_chains; }
    const Chain &chainOf(int dummy) const;
    // How strongly the placement pulls the two ends of a segment level: long edges (between
    // dummies) the most, so that they run straight, and the critical path more than the rest.
    double weight(int u, int v) const;

private:
    void breakCycles(std::vector<std::pair<int, int>> &edges, std::vector<bool> &reversed) const;
    void assignLayers(const std::vector<std::pair<int, int>> &edges);
    void findComponents(const std::vector<std::pair<int, int>> &edges);
    void addDummies(const std::vector<std::pair<int, int>> &edges);

    int m_realCount = 0;
    int m_layerCount = 0;
    int m_componentCount = 0;
    std::vector<int> m_inputIndex;
    std::vector<int> m_layer;
    std::vector<int> m_component;
    std::vector<int> m_upStart; // CSR: up(v) is m_upList[m_upStart[v] .. m_upStart[v + 1])
    std::vector<int> m_upList;
    std::vector<int> m_downStart;
    std::vector<int> m_downList;
    std::vector<bool> m_criticalNode;
    std::vector<int> m_chainOfDummy;
    std::vector<Chain> m_chains;
};

} // namespace Candor
