// SPDX-License-Identifier: MIT
#include "cyclebreaker.h"

#include "dependencygraph.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Candor {

namespace {

constexpr qsizetype projectEdge = -1;

struct Arc
{
    int to = 0;
    qsizetype edge = projectEdge; // position in the added edges; projectEdge for the project's
};

// The merged graph in compressed rows (the arcs out of node v are arcs[first[v], first[v + 1])),
// the project's arcs before the added ones and these in the file's order, and the search state
// over it. Nodes are numbered in order of first appearance, the project's edges sorted, so that
// the same input always leaves out the same edges.
class Breaker
{
public:
    Breaker(const DependencyGraph &existing, const QList<CycleBreaker::Edge> &added);

    // Leaves out added edges until no cycle is left: each round finds the components (Tarjan)
    // and searches only those that hold a cycle.
    void breakCycles();
    // Takes back, earliest first, each edge left out that no longer closes a cycle.
    void takeBackUnneeded();
    QList<qsizetype> leftOut() const;

private:
    bool live(const Arc &arc) const { return arc.edge == projectEdge || !m_leftOut[arc.edge]; }
    // Strongly connected components of the live arcs into m_component; how many hold a cycle.
    int findComponents();
    void searchComponents();
    // The back arc (from → to) closes a cycle through the search tree: leave out the arc if it
    // is an added one, else the latest added arc on the tree path from `to` down to `from`.
    void leaveOutBackArc(int from, int to, const Arc &arc);
    // Whether `target` is reachable from `start` along live arcs inside the component; false
    // and *exhausted set once the step budget is spent.
    bool reaches(int start, int target, int component, bool *exhausted);

    std::vector<qsizetype> m_first;
    std::vector<Arc> m_arcs;
    std::vector<int> m_addedFrom;
    std::vector<int> m_addedTo;
    std::vector<bool> m_leftOut;
    std::vector<int> m_component;
    std::vector<bool> m_cyclic;        // per component
    std::vector<int> m_firstComponent; // the merged graph's own, before anything is left out
    std::vector<qsizetype> m_treeArc;  // per node: the arc the search reached it by
    std::vector<int> m_parent;         // per node: where the search came from
    std::vector<int> m_mark;           // per node: the stamp of the last search that saw it
    std::vector<int> m_todo;
    int m_stamp = 0;
    qint64 m_budget = 0;
};

Breaker::Breaker(const DependencyGraph &existing, const QList<CycleBreaker::Edge> &added)
{
    QList<CycleBreaker::Edge> projectEdges = existing.edges();
    std::sort(projectEdges.begin(), projectEdges.end());
    QHash<qint64, int> nodeOf;
    nodeOf.reserve(projectEdges.size() + added.size());
    const auto nodeFor = [&nodeOf](qint64 id) {
        if (const auto it = nodeOf.constFind(id); it != nodeOf.cend())
            return it.value();
        const int node = int(nodeOf.size());
        nodeOf.insert(id, node);
        return node;
    };
    std::vector<std::pair<int, Arc>> arcs;
    arcs.reserve(size_t(projectEdges.size() + added.size()));
    for (const CycleBreaker::Edge &edge : std::as_const(projectEdges)) {
        const int from = nodeFor(edge.first);
        arcs.push_back({from, Arc{nodeFor(edge.second), projectEdge}});
    }
    m_leftOut.assign(size_t(added.size()), false);
    for (qsizetype i = 0; i < added.size(); ++i) {
        const int from = nodeFor(added.at(i).first);
        const int to = nodeFor(added.at(i).second);
        m_addedFrom.push_back(from);
        m_addedTo.push_back(to);
        if (from == to)
            m_leftOut[size_t(i)] = true; // a task cannot wait for itself
        else
            arcs.push_back({from, Arc{to, i}});
    }
    // Counting sort by source keeps each node's arcs in the order above.
    const size_t nodes = size_t(nodeOf.size());
    m_first.assign(nodes + 1, 0);
    for (const auto &[from, arc] : arcs)
        ++m_first[size_t(from) + 1];
    for (size_t v = 0; v < nodes; ++v)
        m_first[v + 1] += m_first[v];
    std::vector<qsizetype> next(m_first.begin(), m_first.end() - 1);
    m_arcs.resize(arcs.size());
    for (const auto &[from, arc] : arcs)
        m_arcs[size_t(next[size_t(from)]++)] = arc;
    m_mark.assign(nodes, 0);
    // Taking edges back is a search per edge left out; its total stays a few times the graph.
    m_budget = 8 * qint64(nodes + m_arcs.size()) + 100000;
}

int Breaker::findComponents()
{
    const int nodes = int(m_first.size()) - 1;
    std::vector<int> index(size_t(nodes), -1);
    std::vector<int> low(size_t(nodes), 0);
    std::vector<bool> onStack(size_t(nodes), false);
    std::vector<int> stack;
    std::vector<std::pair<int, qsizetype>> calls; // node, next arc to follow
    m_component.assign(size_t(nodes), -1);
    m_cyclic.clear();
    int counter = 0;
    int cyclic = 0;
    const auto enter = [&](int v) {
        index[size_t(v)] = low[size_t(v)] = counter++;
        stack.push_back(v);
        onStack[size_t(v)] = true;
        calls.push_back({v, m_first[size_t(v)]});
    };
    for (int root = 0; root < nodes; ++root) {
        if (index[size_t(root)] >= 0)
            continue;
        enter(root);
        while (!calls.empty()) {
            const int v = calls.back().first;
            const qsizetype at = calls.back().second;
            if (at < m_first[size_t(v) + 1]) {
                ++calls.back().second;
                const Arc &arc = m_arcs[size_t(at)];
                if (!live(arc))
                    continue;
                if (index[size_t(arc.to)] < 0)
                    enter(arc.to);
                else if (onStack[size_t(arc.to)])
                    low[size_t(v)] = std::min(low[size_t(v)], index[size_t(arc.to)]);
                continue;
            }
            calls.pop_back();
            if (!calls.empty()) {
                const int parent = calls.back().first;
                low[size_t(parent)] = std::min(low[size_t(parent)], low[size_t(v)]);
            }
            if (low[size_t(v)] != index[size_t(v)])
                continue;
            const int component = int(m_cyclic.size());
            int size = 0;
            for (int w = -1; w != v; ++size) {
                w = stack.back();
                stack.pop_back();
                onStack[size_t(w)] = false;
                m_component[size_t(w)] = component;
            }
            m_cyclic.push_back(size > 1);
            cyclic += size > 1 ? 1 : 0;
        }
    }
    return cyclic;
}

void Breaker::leaveOutBackArc(int from, int to, const Arc &arc)
{
    if (arc.edge != projectEdge) {
        m_leftOut[size_t(arc.edge)] = true;
        return;
    }
    // The project's edges hold no cycle, so the tree path holds an added arc (unless one of
    // them was left out since, which broke this cycle already).
    qsizetype latest = projectEdge;
    for (int v = from; v != to && v >= 0; v = m_parent[size_t(v)]) {
        const qsizetype edge = m_arcs[size_t(m_treeArc[size_t(v)])].edge;
        if (edge != projectEdge && !m_leftOut[size_t(edge)])
            latest = std::max(latest, edge);
    }
    if (latest != projectEdge)
        m_leftOut[size_t(latest)] = true;
}

void Breaker::searchComponents()
{
    const size_t nodes = m_first.size() - 1;
    // Each component is searched first from the task that the latest added edge inside it
    // depends on: in a plain ring, that edge is then the one that closes the cycle.
    std::vector<int> start(m_cyclic.size(), -1);
    for (qsizetype i = qsizetype(m_leftOut.size()) - 1; i >= 0; --i) {
        const int component = m_component[size_t(m_addedFrom[size_t(i)])];
        if (!m_leftOut[size_t(i)] && m_cyclic[size_t(component)] &&
            component == m_component[size_t(m_addedTo[size_t(i)])] && start[size_t(component)] < 0)
            start[size_t(component)] = m_addedTo[size_t(i)];
    }
    std::vector<char> state(nodes, 0); // 0: not seen, 1: on the search path, 2: done
    m_treeArc.assign(nodes, -1);
    m_parent.assign(nodes, -1);
    std::vector<std::pair<int, qsizetype>> path; // node, next arc to follow
    const auto search = [&](int root) {
        if (state[size_t(root)] != 0)
            return;
        state[size_t(root)] = 1;
        path.push_back({root, m_first[size_t(root)]});
        while (!path.empty()) {
            const int v = path.back().first;
            const qsizetype at = path.back().second;
            if (at == m_first[size_t(v) + 1]) {
                state[size_t(v)] = 2;
                path.pop_back();
                continue;
            }
            ++path.back().second;
            const Arc &arc = m_arcs[size_t(at)];
            if (!live(arc) || m_component[size_t(arc.to)] != m_component[size_t(v)])
                continue;
            if (state[size_t(arc.to)] == 0) {
                state[size_t(arc.to)] = 1;
                m_treeArc[size_t(arc.to)] = at;
                m_parent[size_t(arc.to)] = v;
                path.push_back({arc.to, m_first[size_t(arc.to)]});
            } else if (state[size_t(arc.to)] == 1) {
                leaveOutBackArc(v, arc.to, arc);
            }
        }
    };
    for (const int root : start) {
        if (root >= 0)
            search(root);
    }
    for (size_t v = 0; v < nodes; ++v) {
        if (m_cyclic[size_t(m_component[v])])
            search(int(v));
    }
}

void Breaker::breakCycles()
{
    // A depth-first search without back arcs leaves no cycle; only where a back arc was one of
    // the project's edges can one be left, so this rarely takes a second round.
    bool first = true;
    while (findComponents() > 0) {
        if (first)
            m_firstComponent = m_component;
        first = false;
        searchComponents();
    }
    if (first)
        m_firstComponent = m_component;
}

bool Breaker::reaches(int start, int target, int component, bool *exhausted)
{
    ++m_stamp;
    m_todo.clear();
    m_todo.push_back(start);
    m_mark[size_t(start)] = m_stamp;
    while (!m_todo.empty()) {
        const int v = m_todo.back();
        m_todo.pop_back();
        for (qsizetype at = m_first[size_t(v)]; at < m_first[size_t(v) + 1]; ++at) {
            if (--m_budget < 0) {
                *exhausted = true;
                return false;
            }
            const Arc &arc = m_arcs[size_t(at)];
            if (!live(arc) || m_firstComponent[size_t(arc.to)] != component)
                continue;
            if (arc.to == target)
                return true;
            if (m_mark[size_t(arc.to)] != m_stamp) {
                m_mark[size_t(arc.to)] = m_stamp;
                m_todo.push_back(arc.to);
            }
        }
    }
    return false;
}

void Breaker::takeBackUnneeded()
{
    for (size_t i = 0; i < m_leftOut.size(); ++i) {
        const int from = m_addedFrom[i];
        const int to = m_addedTo[i];
        if (!m_leftOut[i] || from == to)
            continue;
        // The edge closes a cycle exactly when its task is reachable from what it depends on.
        bool exhausted = false;
        const bool closes = reaches(to, from, m_firstComponent[size_t(from)], &exhausted);
        if (exhausted)
            return; // the rest stay left out: each lies on a cycle of the merged graph
        if (!closes)
            m_leftOut[i] = false;
    }
}

QList<qsizetype> Breaker::leftOut() const
{
    QList<qsizetype> result;
    for (size_t i = 0; i < m_leftOut.size(); ++i) {
        if (m_leftOut[i])
            result.append(qsizetype(i));
    }
    return result;
}

} // namespace

QList<qsizetype> CycleBreaker::leftOut(const DependencyGraph &existing, const QList<Edge> &added)
{
    if (added.isEmpty())
        return {};
    Breaker breaker(existing, added);
    breaker.breakCycles();
    breaker.takeBackUnneeded();
    return breaker.leftOut();
}

} // namespace Candor
