// SPDX-License-Identifier: MIT
#include "layeredranking.h"

#include <algorithm>
#include <climits>

namespace Candor {

namespace {

// Like dot: take the most negative of the first few candidates rather than searching all.
constexpr int searchSize = 30;

} // namespace

LayeredRanking::LayeredRanking(const std::vector<std::pair<int, int>> &edges,
                               std::vector<int> &layer)
    : m_edges(edges)
    , m_rank(layer)
{
    const size_t n = layer.size();
    m_out.resize(n);
    m_in.resize(n);
    for (size_t e = 0; e < edges.size(); ++e) {
        m_out[size_t(edges[e].first)].push_back(int(e));
        m_in[size_t(edges[e].second)].push_back(int(e));
    }
    m_tree.resize(n);
    m_inTree.assign(n, false);
    m_treeIndex.assign(edges.size(), -1);
    m_cut.assign(edges.size(), 0);
    m_low.assign(n, 0);
    m_lim.assign(n, 0);
    m_parent.assign(n, -1);
    m_onPath.assign(n, false);
}

int LayeredRanking::slack(int e) const
{
    return m_rank[size_t(m_edges[size_t(e)].second)] - m_rank[size_t(m_edges[size_t(e)].first)] - 1;
}

int LayeredRanking::otherEnd(int e, int v) const
{
    const auto &[tail, head] = m_edges[size_t(e)];
    return tail == v ? head : tail;
}

bool LayeredRanking::inSubtree(int v, int of) const
{
    return m_low[size_t(of)] <= m_lim[size_t(v)] && m_lim[size_t(v)] <= m_lim[size_t(of)];
}

void LayeredRanking::run(int maxIterations)
{
    const int n = int(m_rank.size());
    std::vector<bool> seen(size_t(n), false);
    std::vector<int> component;
    std::vector<int> stack;
    for (int start = 0; start < n; ++start) {
        if (seen[size_t(start)])
            continue;
        component.clear();
        stack.push_back(start);
        seen[size_t(start)] = true;
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            component.push_back(v);
            for (const auto *edges : {&m_out[size_t(v)], &m_in[size_t(v)]}) {
                for (int e : *edges) {
                    const int w = otherEnd(e, v);
                    if (!seen[size_t(w)]) {
                        seen[size_t(w)] = true;
                        stack.push_back(w);
                    }
                }
            }
        }
        if (component.size() > 1) {
            feasibleTree(component);
            for (int v : component)
                m_onPath[size_t(v)] = true; // number everything the first time
            dfsRange(component.front(), -1, 1);
            for (int v : component)
                m_onPath[size_t(v)] = false;
            initCutValues(component.front());
            m_searchFrom = 0;
            for (int iteration = 0; iteration < maxIterations; ++iteration) {
                const int leaving = leaveEdge();
                if (leaving < 0)
                    break;
                update(leaving, enterEdge(leaving));
            }
        }
        int lowest = INT_MAX;
        for (int v : component)
            lowest = std::min(lowest, m_rank[size_t(v)]);
        for (int v : component)
            m_rank[size_t(v)] -= lowest;
    }
}

// A spanning tree of tight edges: grow one over the tight edges, and while it does not span the
// component, shift it by the least slack of an edge leaving it so that edge becomes tight.
void LayeredRanking::feasibleTree(const std::vector<int> &component)
{
    m_treeEdges.clear();
    size_t size = size_t(growTight(component.front()));
    while (size < component.size()) {
        int best = -1;
        int bestSlack = INT_MAX;
        int bestInside = -1;
        for (int v : component) {
            if (!m_inTree[size_t(v)])
                continue;
            for (const auto *edges : {&m_out[size_t(v)], &m_in[size_t(v)]}) {
                for (int e : *edges) {
                    if (!m_inTree[size_t(otherEnd(e, v))] && slack(e) < bestSlack) {
                        best = e;
                        bestSlack = slack(e);
                        bestInside = v;
                    }
                }
            }
        }
        const int delta = m_edges[size_t(best)].first == bestInside ? bestSlack : -bestSlack;
        for (int v : component) {
            if (m_inTree[size_t(v)])
                m_rank[size_t(v)] += delta;
        }
        m_treeIndex[size_t(best)] = int(m_treeEdges.size());
        m_treeEdges.push_back(best);
        m_tree[size_t(bestInside)].push_back(best);
        const int outside = otherEnd(best, bestInside);
        m_tree[size_t(outside)].push_back(best);
        size += size_t(growTight(outside));
    }
}

int LayeredRanking::growTight(int from)
{
    int added = 1;
    m_inTree[size_t(from)] = true;
    std::vector<int> stack{from};
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (const auto *edges : {&m_out[size_t(v)], &m_in[size_t(v)]}) {
            for (int e : *edges) {
                const int w = otherEnd(e, v);
                if (m_inTree[size_t(w)] || slack(e) != 0)
                    continue;
                m_inTree[size_t(w)] = true;
                m_treeIndex[size_t(e)] = int(m_treeEdges.size());
                m_treeEdges.push_back(e);
                m_tree[size_t(v)].push_back(e);
                m_tree[size_t(w)].push_back(e);
                stack.push_back(w);
                ++added;
            }
        }
    }
    return added;
}

// Postorder numbers: v's subtree holds exactly the vertices with lim in [low(v), lim(v)].
int LayeredRanking::dfsRange(int root, int parentEdge, int low)
{
    int counter = low;
    m_parent[size_t(root)] = parentEdge;
    m_low[size_t(root)] = counter;
    std::vector<std::pair<int, size_t>> stack{{root, 0}};
    while (!stack.empty()) {
        auto &[v, next] = stack.back();
        if (next < m_tree[size_t(v)].size()) {
            const int e = m_tree[size_t(v)][next++];
            if (e == m_parent[size_t(v)])
                continue;
            const int w = otherEnd(e, v);
            // A subtree the exchange did not touch, hung where it was and numbered from the
            // same start, keeps its numbers: skipping it makes an update cost the changed part.
            if (!m_onPath[size_t(w)] && m_parent[size_t(w)] == e && m_low[size_t(w)] == counter) {
                counter = m_lim[size_t(w)] + 1;
                continue;
            }
            m_parent[size_t(w)] = e;
            m_low[size_t(w)] = counter;
            stack.emplace_back(w, 0);
        } else {
            m_lim[size_t(v)] = counter++;
            stack.pop_back();
        }
    }
    return counter;
}

// Cut values bottom-up (children before parents: in order of lim), as dot's x_cutval.
void LayeredRanking::initCutValues(int root)
{
    std::vector<int> byLim(size_t(m_lim[size_t(root)] - m_low[size_t(root)] + 1), -1);
    for (int e : m_treeEdges) {
        for (int v : {m_edges[size_t(e)].first, m_edges[size_t(e)].second})
            byLim[size_t(m_lim[size_t(v)] - m_low[size_t(root)])] = v;
    }
    for (int v : byLim) {
        const int f = v < 0 ? -1 : m_parent[size_t(v)];
        if (f < 0)
            continue;
        const bool childIsTail = m_edges[size_t(f)].first == v;
        int sum = 0;
        for (const auto *edges : {&m_out[size_t(v)], &m_in[size_t(v)]}) {
            for (int e : *edges) {
                const int other = otherEnd(e, v);
                const bool crosses = !inSubtree(other, v);
                int value = crosses ? 1 : (m_treeIndex[size_t(e)] >= 0 ? m_cut[size_t(e)] : 0) - 1;
                const int end = childIsTail ? m_edges[size_t(e)].second : m_edges[size_t(e)].first;
                bool positive = end == v;
                if (crosses)
                    positive = !positive;
                sum += positive ? value : -value;
            }
        }
        m_cut[size_t(f)] = sum;
    }
}

int LayeredRanking::leaveEdge()
{
    int best = -1;
    int found = 0;
    const size_t count = m_treeEdges.size();
    for (size_t step = 0; step < count; ++step) {
        const size_t i = (m_searchFrom + step) % count;
        const int e = m_treeEdges[i];
        if (m_cut[size_t(e)] >= 0)
            continue;
        if (best < 0 || m_cut[size_t(e)] < m_cut[size_t(best)])
            best = e;
        if (++found >= searchSize) {
            m_searchFrom = i;
            return best;
        }
    }
    m_searchFrom = 0;
    return best;
}

// The non-tree edge of least slack that crosses the cut of the leaving edge the other way.
int LayeredRanking::enterEdge(int leaving)
{
    const auto [tail, head] = m_edges[size_t(leaving)];
    const bool outward = m_lim[size_t(tail)] >= m_lim[size_t(head)];
    const int below = outward ? head : tail;
    int best = -1;
    int bestSlack = INT_MAX;
    std::vector<int> stack{below};
    while (!stack.empty() && bestSlack > 0) {
        const int v = stack.back();
        stack.pop_back();
        for (int e : outward ? m_out[size_t(v)] : m_in[size_t(v)]) {
            if (m_treeIndex[size_t(e)] >= 0)
                continue;
            if (!inSubtree(otherEnd(e, v), below) && slack(e) < bestSlack) {
                best = e;
                bestSlack = slack(e);
            }
        }
        for (int e : m_tree[size_t(v)]) {
            const int w = otherEnd(e, v);
            if (m_lim[size_t(w)] < m_lim[size_t(v)])
                stack.push_back(w);
        }
    }
    return best;
}

void LayeredRanking::update(int leaving, int entering)
{
    const auto [tail, head] = m_edges[size_t(leaving)];
    if (const int delta = slack(entering); delta > 0) {
        if (m_lim[size_t(tail)] < m_lim[size_t(head)])
            rerank(tail, leaving, delta);
        else
            rerank(head, leaving, -delta);
    }
    const int cutValue = m_cut[size_t(leaving)];
    const int lca = treeUpdate(m_edges[size_t(entering)].first, m_edges[size_t(entering)].second,
                               cutValue, true);
    treeUpdate(m_edges[size_t(entering)].second, m_edges[size_t(entering)].first, cutValue, false);
    m_cut[size_t(entering)] = -cutValue;
    m_cut[size_t(leaving)] = 0;

    for (int v : {tail, head}) {
        auto &edges = m_tree[size_t(v)];
        edges.erase(std::find(edges.begin(), edges.end(), leaving));
    }
    m_tree[size_t(m_edges[size_t(entering)].first)].push_back(entering);
    m_tree[size_t(m_edges[size_t(entering)].second)].push_back(entering);
    m_treeIndex[size_t(entering)] = m_treeIndex[size_t(leaving)];
    m_treeEdges[size_t(m_treeIndex[size_t(leaving)])] = entering;
    m_treeIndex[size_t(leaving)] = -1;
    dfsRange(lca, m_parent[size_t(lca)], m_low[size_t(lca)]);
    for (int v : m_path)
        m_onPath[size_t(v)] = false;
    m_path.clear();
}

// Moves the side of the tree that holds start (cut off at the blocked edge) by -delta layers.
void LayeredRanking::rerank(int start, int blocked, int delta)
{
    std::vector<std::pair<int, int>> stack{{start, blocked}};
    while (!stack.empty()) {
        const auto [v, from] = stack.back();
        stack.pop_back();
        m_rank[size_t(v)] -= delta;
        for (int e : m_tree[size_t(v)]) {
            if (e != from)
                stack.emplace_back(otherEnd(e, v), e);
        }
    }
}

int LayeredRanking::treeUpdate(int v, int w, int cutValue, bool forward)
{
    while (!inSubtree(w, v)) {
        m_onPath[size_t(v)] = true; // its subtree changes with the exchange
        m_path.push_back(v);
        const int e = m_parent[size_t(v)];
        const bool add = v == m_edges[size_t(e)].first ? forward : !forward;
        m_cut[size_t(e)] += add ? cutValue : -cutValue;
        const auto [tail, head] = m_edges[size_t(e)];
        v = m_lim[size_t(tail)] > m_lim[size_t(head)] ? tail : head;
    }
    return v;
}

} // namespace Candor
