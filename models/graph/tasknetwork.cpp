// SPDX-License-Identifier: MIT
#include "tasknetwork.h"

#include <algorithm>
#include <limits>

namespace Candor {

namespace {

// Fills a compressed-sparse-row adjacency: start[i]..start[i+1] index the targets of i, in
// the order the edges come.
void fillRows(int nodes, const std::vector<std::pair<int, int>> &edges, std::vector<int> &start,
              std::vector<int> &targets)
{
    start.assign(std::size_t(nodes) + 1, 0);
    for (const auto &edge : edges)
        ++start[std::size_t(edge.first) + 1];
    for (std::size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    targets.resize(edges.size());
    std::vector<int> next(start.begin(), start.end() - 1);
    for (const auto &edge : edges)
        targets[std::size_t(next[std::size_t(edge.first)]++)] = edge.second;
}

// The same edges the other way round. Reading the rows in order makes every row of the result
// sorted: a counting sort, O(V + E).
void transpose(const std::vector<int> &start, const std::vector<int> &targets,
               std::vector<int> &reverseStart, std::vector<int> &reverseTargets)
{
    const std::size_t nodes = start.size() - 1;
    reverseStart.assign(nodes + 1, 0);
    for (int target : targets)
        ++reverseStart[std::size_t(target) + 1];
    for (std::size_t i = 1; i < reverseStart.size(); ++i)
        reverseStart[i] += reverseStart[i - 1];
    reverseTargets.resize(targets.size());
    std::vector<int> next(reverseStart.begin(), reverseStart.end() - 1);
    for (std::size_t row = 0; row < nodes; ++row) {
        for (int i = start[row]; i < start[row + 1]; ++i)
            reverseTargets[std::size_t(next[std::size_t(targets[std::size_t(i)])]++)] = int(row);
    }
}

} // namespace

TaskNetwork::TaskNetwork(const QList<qint64> &ids, const QList<QPair<qint64, qint64>> &edges,
                         UnknownTasks unknown)
{
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = std::numeric_limits<qint64>::min();
    const auto widen = [&](qint64 id) {
        lowest = std::min(lowest, id);
        highest = std::max(highest, id);
    };
    for (qint64 id : ids)
        widen(id);
    if (unknown == UnknownTasks::Add) {
        for (const auto &edge : edges) {
            widen(edge.first);
            widen(edge.second);
        }
    }
    m_index =
        TaskIndex(lowest, highest, ids.size() + (unknown == UnknownTasks::Add ? edges.size() : 0));
    m_ids.reserve(std::size_t(ids.size()));
    const auto add = [this](qint64 id) {
        const int index = m_index.insert(id);
        if (index == int(m_ids.size()))
            m_ids.push_back(id);
        return index;
    };
    for (qint64 id : ids)
        add(id);
    std::vector<std::pair<int, int>> dense; // (task, dependsOn) as indices
    dense.reserve(std::size_t(edges.size()));
    for (const auto &edge : edges) {
        int task = indexOf(edge.first);
        int dependsOn = indexOf(edge.second);
        if (unknown == UnknownTasks::Add) {
            if (task < 0)
                task = add(edge.first);
            if (dependsOn < 0)
                dependsOn = add(edge.second);
        }
        if (task >= 0 && dependsOn >= 0)
            dense.emplace_back(task, dependsOn);
    }
    // Rows sorted by index, so that every answer depends on the graph only, never on the order
    // its edges came in (DependencyGraph hands them over in hash order).
    std::vector<int> unsortedStart, unsorted;
    fillRows(size(), dense, unsortedStart, unsorted);
    transpose(unsortedStart, unsorted, m_dependentStart, m_dependents);
    transpose(m_dependentStart, m_dependents, m_dependencyStart, m_dependencies);
}

std::vector<int> TaskNetwork::topologicalOrder() const
{
    const int n = size();
    std::vector<int> waiting(static_cast<std::size_t>(n)); // dependencies not yet placed
    std::vector<int> order;
    order.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        waiting[std::size_t(i)] = dependenciesOf(i).size();
        if (waiting[std::size_t(i)] == 0)
            order.push_back(i);
    }
    // order doubles as the FIFO queue: everything before `next` has been expanded.
    for (std::size_t next = 0; next < order.size(); ++next) {
        for (int dependent : dependentsOf(order[next])) {
            if (--waiting[std::size_t(dependent)] == 0)
                order.push_back(dependent);
        }
    }
    return order;
}

std::vector<int> TaskNetwork::topologicalOrderOrCycle(QList<qint64> *cycle) const
{
    std::vector<int> order = topologicalOrder();
    if (int(order.size()) == size())
        return order;
    *cycle = idsOf(findCycle());
    return {};
}

std::vector<int> TaskNetwork::findCycle() const
{
    const std::vector<int> order = topologicalOrder();
    if (int(order.size()) == size())
        return {};
    // What Kahn's algorithm could not place is the cycles and what depends on them. Every such
    // task has a dependency that was not placed either, so following unplaced dependencies from
    // any of them must come back to a task already on the walk: that closes a cycle.
    std::vector<char> placed(std::size_t(size()), 0);
    for (int index : order)
        placed[std::size_t(index)] = 1;
    int current = 0;
    while (placed[std::size_t(current)])
        ++current;
    std::vector<int> positionOnWalk(std::size_t(size()), -1);
    std::vector<int> walk;
    while (positionOnWalk[std::size_t(current)] < 0) {
        positionOnWalk[std::size_t(current)] = int(walk.size());
        walk.push_back(current);
        for (int dependency : dependenciesOf(current)) {
            if (!placed[std::size_t(dependency)]) {
                current = dependency;
                break;
            }
        }
    }
    std::vector<int> cycle(walk.begin() + positionOnWalk[std::size_t(current)], walk.end());
    cycle.push_back(current);
    return cycle;
}

std::vector<int> TaskNetwork::reachableFrom(const std::vector<int> &from, Direction direction) const
{
    std::vector<char> seen(std::size_t(size()), 0);
    std::vector<int> frontier;
    for (int index : from) {
        if (index >= 0 && index < size() && !seen[std::size_t(index)]) {
            seen[std::size_t(index)] = 1;
            frontier.push_back(index);
        }
    }
    std::vector<int> reached;
    for (std::size_t i = 0; i < frontier.size(); ++i) {
        const int current = frontier[i];
        const Range next =
            direction == Direction::Upstream ? dependenciesOf(current) : dependentsOf(current);
        for (int neighbour : next) {
            if (seen[std::size_t(neighbour)])
                continue;
            seen[std::size_t(neighbour)] = 1;
            reached.push_back(neighbour);
            frontier.push_back(neighbour);
        }
    }
    return reached;
}

QList<qint64> TaskNetwork::idsOf(const std::vector<int> &indices) const
{
    QList<qint64> result;
    result.reserve(qsizetype(indices.size()));
    for (int index : indices)
        result.append(id(index));
    return result;
}

} // namespace Candor
