// SPDX-License-Identifier: MIT
#pragma once

#include "taskindex.h"

#include <QList>
#include <QPair>

#include <vector>

namespace Candor {

// The dependency graph in dense form for the whole-graph algorithms (topological order, cycle,
// critical path, simulation): tasks are numbered 0..size()-1 and each task's dependencies and
// dependents are contiguous runs of one flat array (compressed sparse rows), so a pass over 100k
// tasks and 150k edges touches memory in order and never hashes. Each run is sorted by index.
class TaskNetwork final
{
public:
    // A contiguous run of task indices.
    class Range
    {
    public:
        Range(const int *begin, const int *end)
            : m_begin(begin)
            , m_end(end)
        {}
        const int *begin() const { return m_begin; }
        const int *end() const { return m_end; }
        int size() const { return int(m_end - m_begin); }
        bool isEmpty() const { return m_begin == m_end; }

    private:
        const int *m_begin;
        const int *m_end;
    };

    // What to do with an edge whose end is not among the ids given.
    enum class UnknownTasks { Add, Ignore };

    TaskNetwork() = default;
    // Tasks get indices in the order of ids; edges are (task, dependsOn) pairs.
    TaskNetwork(const QList<qint64> &ids, const QList<QPair<qint64, qint64>> &edges,
                UnknownTasks unknown = UnknownTasks::Ignore);

    int size() const { return int(m_ids.size()); }
    qint64 id(int index) const { return m_ids[std::size_t(index)]; }
    int indexOf(qint64 id) const { return m_index.value(id); }
    const TaskIndex &index() const { return m_index; }
    int edgeCount() const { return int(m_dependencies.size()); }
    Range dependenciesOf(int index) const
    {
        return range(m_dependencies, m_dependencyStart, index);
    }
    Range dependentsOf(int index) const { return range(m_dependents, m_dependentStart, index); }

    // Kahn's algorithm: every task after the tasks it depends on. First the tasks that depend on
    // nothing, by index; then each task once its last dependency is placed (ties by index).
    // Shorter than size() when the graph has a cycle (the tasks on it and after it are left
    // out).
    std::vector<int> topologicalOrder() const;
    // The topological order when the graph is acyclic; otherwise nothing, and *cycle names one
    // cycle by id (as findCycle). What the whole-graph passes start with.
    std::vector<int> topologicalOrderOrCycle(QList<qint64> *cycle) const;
    // One cycle as indices, each depending on the next, the first repeated at the end
    // (a, b, c, a); empty when the graph is acyclic. O(V + E).
    std::vector<int> findCycle() const;
    // Every task the given ones reach by following dependencies (upstream) or dependents
    // (downstream), nearest first; the given ones are not repeated in the answer.
    enum class Direction { Upstream, Downstream };
    std::vector<int> reachableFrom(const std::vector<int> &from, Direction direction) const;

    QList<qint64> idsOf(const std::vector<int> &indices) const;

private:
    static Range range(const std::vector<int> &flat, const std::vector<int> &start, int index)
    {
        const int *base = flat.data();
        return {base + start[std::size_t(index)], base + start[std::size_t(index) + 1]};
    }

    std::vector<qint64> m_ids;
    TaskIndex m_index;
    std::vector<int> m_dependencyStart; // size() + 1 offsets into m_dependencies
    std::vector<int> m_dependencies;
    std::vector<int> m_dependentStart;
    std::vector<int> m_dependents;
};

} // namespace Candor
