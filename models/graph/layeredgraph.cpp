// SPDX-License-Identifier: MIT
#include "layeredgraph.h"

#include "layeredranking.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Candor {

LayeredGraph::LayeredGraph(const GraphLayoutInput &input)
{
    QHash<qint64, int> index;
    index.reserve(input.nodes.size());
    std::vector<qint64> ids;
    for (int i = 0; i < input.nodes.size(); ++i) {
        const qint64 id = input.nodes.at(i).id;
        if (index.contains(id))
            continue; // a repeated id is the first one
        index.insert(id, int(ids.size()));
        ids.push_back(id);
        m_inputIndex.push_back(i);
    }
    m_realCount = int(ids.size());
    m_criticalNode.resize(ids.size());
    for (size_t v = 0; v < ids.size(); ++v)
        m_criticalNode[v] = input.critical.contains(ids[v]);

    // Edges between known nodes, without self-loops or repeats, in the input's order.
    std::vector<std::pair<int, int>> edges;
    std::vector<int> inputIndex;
    QSet<QPair<int, int>> seen;
    for (int i = 0; i < input.edges.size(); ++i) {
        const int from = index.value(input.edges.at(i).first, -1);
        const int to = index.value(input.edges.at(i).second, -1);
        if (from < 0 || to < 0 || from == to || seen.contains({from, to}))
            continue;
        seen.insert({from, to});
        edges.emplace_back(from, to);
        inputIndex.push_back(i);
    }

    std::vector<bool> reversed;
    breakCycles(edges, reversed);
    assignLayers(edges);
    findComponents(edges);
    m_chains.resize(edges.size());
    for (size_t e = 0; e < edges.size(); ++e) {
        Chain &chain = m_chains[e];
        chain.inputEdge = inputIndex[e];
        chain.reversed = reversed[e];
        chain.critical =
            m_criticalNode[size_t(edges[e].first)] && m_criticalNode[size_t(edges[e].second)];
    }
    addDummies(edges);
}

const LayeredGraph::Chain &LayeredGraph::chainOf(int dummy) const
{
    return m_chains[size_t(m_chainOfDummy[size_t(dummy - m_realCount)])];
}

double LayeredGraph::weight(int u, int v) const
{
    const bool dummyU = isDummy(u);
    const bool dummyV = isDummy(v);
    // Graphviz's dot weighs segments 1, 2 and 8 the same way.
    const double base = dummyU && dummyV ? 8.0 : (dummyU || dummyV ? 2.0 : 1.0);
    const bool critical = dummyU   ? chainOf(u).critical
                          : dummyV ? chainOf(v).critical
                                   : m_criticalNode[size_t(u)] && m_criticalNode[size_t(v)];
    return critical ? base * 4.0 : base;
}

// Turns the edges of a depth-first search that close a cycle around, so that layering sees a
// DAG. Dependencies are kept acyclic by Project; this only makes any input drawable.
void LayeredGraph::breakCycles(std::vector<std::pair<int, int>> &edges,
                               std::vector<bool> &reversed) const
{
    reversed.assign(edges.size(), false);
    std::vector<std::vector<int>> out(static_cast<size_t>(m_realCount));
    for (size_t e = 0; e < edges.size(); ++e)
        out[size_t(edges[e].first)].push_back(int(e));
    enum : char { Unseen, Open, Closed };
    std::vector<char> state(static_cast<size_t>(m_realCount), Unseen);
    std::vector<std::pair<int, size_t>> stack; // vertex, next out-edge to follow
    for (int root = 0; root < m_realCount; ++root) {
        if (state[size_t(root)] != Unseen)
            continue;
        stack.emplace_back(root, 0);
        state[size_t(root)] = Open;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next == out[size_t(v)].size()) {
                state[size_t(v)] = Closed;
                stack.pop_back();
                continue;
            }
            const int e = out[size_t(v)][next++];
            const int w = edges[size_t(e)].second;
            if (state[size_t(w)] == Open) {
                reversed[size_t(e)] = true;
            } else if (state[size_t(w)] == Unseen) {
                state[size_t(w)] = Open;
                stack.emplace_back(w, 0);
            }
        }
    }
    for (size_t e = 0; e < edges.size(); ++e) {
        if (reversed[e])
            std::swap(edges[e].first, edges[e].second);
    }
}

// Longest path from the sources; then every node with more edges out than in moves right as
// far as its successors allow (a cheap first shortening), and network simplex finds the
// layering with the shortest edges in all (fewest dummies).
void LayeredGraph::assignLayers(const std::vector<std::pair<int, int>> &edges)
{
    const size_t n = size_t(m_realCount);
    std::vector<std::vector<int>> out(n);
    std::vector<int> inDegree(n, 0);
    for (const auto &[from, to] : edges) {
        out[size_t(from)].push_back(to);
        ++inDegree[size_t(to)];
    }
    std::vector<int> order;
    order.reserve(n);
    std::vector<int> waiting = inDegree;
    for (int v = 0; v < m_realCount; ++v) {
        if (waiting[size_t(v)] == 0)
            order.push_back(v);
    }
    m_layer.assign(n, 0);
    for (size_t i = 0; i < order.size(); ++i) {
        const int v = order[i];
        for (int w : out[size_t(v)]) {
            m_layer[size_t(w)] = std::max(m_layer[size_t(w)], m_layer[size_t(v)] + 1);
            if (--waiting[size_t(w)] == 0)
                order.push_back(w);
        }
    }
    for (auto v = order.rbegin(); v != order.rend(); ++v) {
        const auto &successors = out[size_t(*v)];
        if (successors.empty() || int(successors.size()) <= inDegree[size_t(*v)])
            continue;
        int room = std::numeric_limits<int>::max();
        for (int w : successors)
            room = std::min(room, m_layer[size_t(w)] - 1);
        m_layer[size_t(*v)] = std::max(m_layer[size_t(*v)], room);
    }
    LayeredRanking(edges, m_layer).run(std::max(1000, 20 * m_realCount));
    m_layerCount = 0;
    for (int layer : m_layer)
        m_layerCount = std::max(m_layerCount, layer + 1);
}

void LayeredGraph::findComponents(const std::vector<std::pair<int, int>> &edges)
{
    std::vector<int> parent(static_cast<size_t>(m_realCount));
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&parent](int v) {
        while (parent[size_t(v)] != v)
            v = parent[size_t(v)] = parent[size_t(parent[size_t(v)])];
        return v;
    };
    for (const auto &[from, to] : edges) {
        const int a = root(from);
        const int b = root(to);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b);
    }
    // Numbered in the order of their first node.
    m_component.assign(size_t(m_realCount), -1);
    std::vector<int> number(static_cast<size_t>(m_realCount), -1);
    m_componentCount = 0;
    for (int v = 0; v < m_realCount; ++v) {
        int &n = number[size_t(root(v))];
        if (n < 0)
            n = m_componentCount++;
        m_component[size_t(v)] = n;
    }
}

void LayeredGraph::addDummies(const std::vector<std::pair<int, int>> &edges)
{
    std::vector<std::pair<int, int>> segments; // (upper, lower)
    for (size_t e = 0; e < edges.size(); ++e) {
        const auto [from, to] = edges[e];
        std::vector<int> &vertices = m_chains[e].vertices;
        vertices.push_back(from);
        for (int layer = m_layer[size_t(from)] + 1; layer < m_layer[size_t(to)]; ++layer) {
            vertices.push_back(int(m_layer.size()));
            m_layer.push_back(layer);
            m_component.push_back(m_component[size_t(from)]);
            m_chainOfDummy.push_back(int(e));
        }
        vertices.push_back(to);
        for (size_t i = 0; i + 1 < vertices.size(); ++i)
            segments.emplace_back(vertices[i], vertices[i + 1]);
    }
    const size_t count = m_layer.size();
    m_upStart.assign(count + 1, 0);
    m_downStart.assign(count + 1, 0);
    for (const auto &[upper, lower] : segments) {
        ++m_downStart[size_t(upper) + 1];
        ++m_upStart[size_t(lower) + 1];
    }
    for (size_t v = 0; v < count; ++v) {
        m_downStart[v + 1] += m_downStart[v];
        m_upStart[v + 1] += m_upStart[v];
    }
    m_upList.resize(segments.size());
    m_downList.resize(segments.size());
    std::vector<int> upFill(m_upStart.begin(), m_upStart.end() - 1);
    std::vector<int> downFill(m_downStart.begin(), m_downStart.end() - 1);
    for (const auto &[upper, lower] : segments) {
        m_downList[size_t(downFill[size_t(upper)]++)] = lower;
        m_upList[size_t(upFill[size_t(lower)]++)] = upper;
    }
}

} // namespace Candor
