// SPDX-License-Identifier: MIT
#include "dependencygraph.h"

#include "tasknetwork.h"

#include <QSet>

namespace Candor {

void DependencyGraph::clear()
{
    m_dependsOn.clear();
    m_dependents.clear();
    m_edgeCount = 0;
}

void DependencyGraph::add(qint64 task, qint64 dependsOn)
{
    if (contains(task, dependsOn))
        return;
    m_dependsOn[task].append(dependsOn);
    m_dependents[dependsOn].append(task);
    ++m_edgeCount;
}

void DependencyGraph::remove(qint64 task, qint64 dependsOn)
{
    const auto drop = [](QHash<qint64, QList<qint64>> &map, qint64 from, qint64 to) {
        auto it = map.find(from);
        if (it == map.end())
            return false;
        const bool removed = it->removeOne(to);
        if (it->isEmpty())
            map.erase(it);
        return removed;
    };
    if (drop(m_dependsOn, task, dependsOn)) {
        drop(m_dependents, dependsOn, task);
        --m_edgeCount;
    }
}

void DependencyGraph::removeTask(qint64 task)
{
    for (qint64 dependency : m_dependsOn.value(task))
        remove(task, dependency);
    for (qint64 dependent : m_dependents.value(task))
        remove(dependent, task);
}

bool DependencyGraph::contains(qint64 task, qint64 dependsOn) const
{
    const auto it = m_dependsOn.constFind(task);
    return it != m_dependsOn.cend() && it->contains(dependsOn);
}

QList<qint64> DependencyGraph::cycleIfAdded(qint64 task, qint64 dependsOn) const
{
    if (task == dependsOn)
        return {task, task};
    // The new edge closes a cycle iff task is reachable from dependsOn; find that path (BFS, so
    // the cycle named is a shortest one).
    QHash<qint64, qint64> cameFrom;
    QList<qint64> frontier{dependsOn};
    cameFrom.insert(dependsOn, dependsOn);
    for (qsizetype i = 0; i < frontier.size(); ++i) {
        const qint64 current = frontier.at(i);
        for (qint64 next : m_dependsOn.value(current)) {
            if (cameFrom.contains(next))
                continue;
            cameFrom.insert(next, current);
            if (next == task) {
                QList<qint64> chain; // dependsOn, ..., current
                for (qint64 step = current;; step = cameFrom.value(step)) {
                    chain.prepend(step);
                    if (step == dependsOn)
                        break;
                }
                QList<qint64> cycle{task};
                cycle += chain;
                cycle.append(task);
                return cycle;
            }
            frontier.append(next);
        }
    }
    return {};
}

QList<QPair<qint64, qint64>> DependencyGraph::edges() const
{
    QList<QPair<qint64, qint64>> result;
    result.reserve(m_edgeCount);
    for (auto it = m_dependsOn.cbegin(); it != m_dependsOn.cend(); ++it) {
        for (qint64 dependency : it.value())
            result.append({it.key(), dependency});
    }
    return result;
}

bool DependencyGraph::staysAcyclicWith(const QList<QPair<qint64, qint64>> &extra) const
{
    // Kahn's algorithm over the union: count, for every task, the edges that point at it.
    QHash<qint64, QList<qint64>> out = m_dependsOn;
    for (const auto &edge : extra)
        out[edge.first].append(edge.second);
    QHash<qint64, int> indegree;
    for (auto it = out.cbegin(); it != out.cend(); ++it) {
        if (!indegree.contains(it.key()))
            indegree.insert(it.key(), 0);
        for (qint64 target : it.value())
            ++indegree[target];
    }
    QList<qint64> ready;
    for (auto it = indegree.cbegin(); it != indegree.cend(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    qsizetype seen = 0;
    while (!ready.isEmpty()) {
        const qint64 node = ready.takeLast();
        ++seen;
        for (qint64 target : out.value(node)) {
            if (--indegree[target] == 0)
                ready.append(target);
        }
    }
    return seen == indegree.size();
}

QList<qint64> DependencyGraph::topologicalOrder(const QList<qint64> &tasks) const
{
    const TaskNetwork network(tasks, edges(), TaskNetwork::UnknownTasks::Add);
    const std::vector<int> order = network.topologicalOrder();
    if (int(order.size()) != network.size())
        return {};
    return network.idsOf(order);
}

QList<qint64> DependencyGraph::findCycle() const
{
    const TaskNetwork network({}, edges(), TaskNetwork::UnknownTasks::Add);
    return network.idsOf(network.findCycle());
}

QList<qint64> DependencyGraph::upstreamOf(qint64 task) const
{
    // Breadth first over the hashes: only the upstream part is touched, not the whole graph.
    QList<qint64> reached;
    QSet<qint64> seen{task};
    for (qsizetype i = -1; i < reached.size(); ++i) {
        const auto it = m_dependsOn.constFind(i < 0 ? task : reached.at(i));
        if (it == m_dependsOn.cend())
            continue;
        for (qint64 dependency : it.value()) {
            if (!seen.contains(dependency)) {
                seen.insert(dependency);
                reached.append(dependency);
            }
        }
    }
    return reached;
}

QList<qint64>
DependencyGraph::transitiveBlockers(qint64 task,
                                    const std::function<bool(qint64)> &isFinished) const
{
    QList<qint64> blockers = upstreamOf(task);
    blockers.removeIf([&isFinished](qint64 id) { return isFinished(id); });
    return blockers;
}

} // namespace Candor
