// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>

#include <functional>

namespace Candor {

// The "depends on" edges between tasks, kept acyclic: an edge that would close a cycle is refused.
class DependencyGraph final
{
public:
    void clear();
    void add(qint64 task, qint64 dependsOn);
    void remove(qint64 task, qint64 dependsOn);
    // Removes every edge touching the task.
    void removeTask(qint64 task);

    bool contains(qint64 task, qint64 dependsOn) const;
    QList<qint64> dependenciesOf(qint64 task) const { return m_dependsOn.value(task); }
    QList<qint64> dependentsOf(qint64 task) const { return m_dependents.value(task); }
    qsizetype edgeCount() const { return m_edgeCount; }

    // The cycle that adding task → dependsOn would close, as task ids from task back to task
    // (e.g. A, B, A); empty if the edge is safe.
    QList<qint64> cycleIfAdded(qint64 task, qint64 dependsOn) const;

    // Whether adding all these edges at once keeps the graph acyclic: one topological sort,
    // O(V + E), instead of a search per edge (an import adds 100k edges at a time).
    bool staysAcyclicWith(const QList<QPair<qint64, qint64>> &extra) const;

    // Every edge as (task, dependsOn).
    QList<QPair<qint64, qint64>> edges() const;

    // --- Whole-graph questions, O(V + E) (through TaskNetwork's dense form).
    // Every task after the tasks it depends on (Kahn's algorithm): the given tasks and any
    // other task an edge names; where the edges leave a choice, tasks keep the order given
    // (TaskNetwork::topologicalOrder), so the same graph always gives the same order. Empty when
    // the graph has a cycle: findCycle() names it.
    QList<qint64> topologicalOrder(const QList<qint64> &tasks = {}) const;
    // One cycle, as cycleIfAdded names them (A, B, A: each depends on the next); empty when the
    // graph is acyclic, as it always is once written (a cycle can only come from outside).
    QList<qint64> findCycle() const;
    // Every task this one depends on, directly or through others, nearest first.
    QList<qint64> upstreamOf(qint64 task) const;
    // What transitively blocks a task: the unfinished tasks among upstreamOf(task). A finished
    // task in between does not hide the unfinished ones behind it.
    QList<qint64> transitiveBlockers(qint64 task,
                                     const std::function<bool(qint64)> &isFinished) const;

private:
    QHash<qint64, QList<qint64>> m_dependsOn;
    QHash<qint64, QList<qint64>> m_dependents;
    qsizetype m_edgeCount = 0;
};

} // namespace Candor
