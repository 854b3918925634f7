// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace Candor {

// Shortens the edges of a layering: from a feasible one (the longest path), the network simplex
// method of Gansner et al. (as in Graphviz's dot) finds the layering with the least total edge
// length, every edge still pointing at least one layer forward. Fewer layers passed means
// fewer dummy vertices, so fewer crossings and a smaller drawing.
class LayeredRanking final
{
public:
    // edges: (tail, head) of a DAG over vertices 0..layer.size()-1; layer: feasible on entry,
    // tight on return, each connected part starting at 0.
    LayeredRanking(const std::vector<std::pair<int, int>> &edges, std::vector<int> &layer);
    void run(int maxIterations);

private:
    int slack(int e) const;
    int otherEnd(int e, int v) const;
    bool inSubtree(int v, int of) const; // v in the tree below `of`
    void feasibleTree(const std::vector<int> &component);
    int growTight(int from);
    int dfsRange(int v, int parentEdge, int low);
    void initCutValues(int root);
    int leaveEdge();
    int enterEdge(int leaving);
    void update(int leaving, int entering);
    void rerank(int start, int blocked, int delta);
    int treeUpdate(int v, int w, int cutValue, bool forward);

    const std::vector<std::pair<int, int>> &m_edges;
    std::vector<int> &m_rank;
    std::vector<std::vector<int>> m_out;
    std::vector<std::vector<int>> m_in;
    std::vector<std::vector<int>> m_tree; // tree edges at each vertex
    std::vector<bool> m_inTree;           // per vertex
    std::vector<int> m_treeIndex;         // per edge: slot in m_treeEdges, or -1
    std::vector<int> m_treeEdges;
    std::vector<int> m_cut;
    std::vector<int> m_low;
    std::vector<int> m_lim;
    std::vector<int> m_parent;  // tree edge to the parent, -1 at a root
    std::vector<bool> m_onPath; // between the entering edge's ends: renumbered on update
    std::vector<int> m_path;
    std::size_t m_searchFrom = 0;
};

} // namespace Candor
