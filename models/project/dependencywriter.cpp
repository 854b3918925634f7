// SPDX-License-Identifier: MIT
#include "dependencywriter.h"

#include "project.h"
#include "unitofwork.h"

#include <QSet>

namespace Candor {

DependencyWriter::DependencyWriter(UnitOfWork &work)
    : m_work(work)
    , m_insert(work.database())
    , m_delete(work.database())
{
    m_insert.prepare(
        QStringLiteral("INSERT INTO dependency (task_id, depends_on_id) VALUES (?, ?)"));
    m_delete.prepare(
        QStringLiteral("DELETE FROM dependency WHERE task_id = ? AND depends_on_id = ?"));
}

QString DependencyWriter::describe(const QList<qint64> &cycle) const
{
    QStringList keys;
    for (qint64 id : cycle) {
        const Task *task = m_work.task(id);
        keys << (task ? task->key : QString::number(id));
    }
    return keys.join(QStringLiteral(" → "));
}

WriteResult DependencyWriter::write(const Edge &edge, bool add, bool logged)
{
    QSqlQuery &query = add ? m_insert : m_delete;
    query.addBindValue(edge.first);
    query.addBindValue(edge.second);
    const QString what = add ? tr("Cannot add the dependency") : tr("Cannot remove the dependency");
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    if (logged) {
        const Task *task = m_work.task(edge.first);
        const Task *other = m_work.task(edge.second);
        const QString key = other ? other->key : QString();
        if (!m_work.events().log(m_work.time(), edge.first, task ? task->key : QString(),
                                 QStringLiteral("depends_on"), add ? QString() : key,
                                 add ? key : QString()))
            return m_work.sqlFailure(what, m_work.events().query());
        m_work.updates().histories.insert(edge.first);
    }
    if (add)
        m_work.addEdge(edge.first, edge.second);
    else
        m_work.removeEdge(edge.first, edge.second);
    return WriteResult::success();
}

WriteResult DependencyWriter::apply(Change::AddEdges &change, ChangeSet &inverse)
{
    const DependencyGraph &graph = m_work.project().dependencies();
    for (const Edge &edge : std::as_const(change.edges)) {
        const Task *task = m_work.task(edge.first);
        const Task *dependency = m_work.task(edge.second);
        if (!task || !dependency)
            return WriteResult::failure(tr("The task no longer exists."));
        if (edge.first == edge.second)
            return WriteResult::failure(tr("A task cannot depend on itself."));
        if (graph.contains(edge.first, edge.second))
            return WriteResult::failure(
                tr("%1 already depends on %2.").arg(task->key, dependency->key));
    }
    // One topological sort for many edges (an import); a search per edge names the cycle.
    if (change.edges.size() > 1 && !graph.staysAcyclicWith(change.edges))
        return WriteResult::failure(tr("These dependencies would close a cycle."));
    for (const Edge &edge : std::as_const(change.edges)) {
        if (change.edges.size() == 1) {
            if (const QList<qint64> cycle = graph.cycleIfAdded(edge.first, edge.second);
                !cycle.isEmpty())
                return WriteResult::failure(
                    tr("This would close a dependency cycle: %1.").arg(describe(cycle)));
        }
        if (WriteResult result = write(edge, true, true); !result)
            return result;
    }
    inverse.removeEdges(change.edges);
    return WriteResult::success();
}

WriteResult DependencyWriter::apply(Change::RemoveEdges &change, ChangeSet &inverse)
{
    const DependencyGraph &graph = m_work.project().dependencies();
    QList<Edge> removed;
    for (const Edge &edge : std::as_const(change.edges)) {
        if (!graph.contains(edge.first, edge.second)) {
            if (change.edges.size() == 1)
                return WriteResult::failure(tr("There is no such dependency."));
            continue;
        }
        if (WriteResult result = write(edge, false, true); !result)
            return result;
        removed.append(edge);
    }
    inverse.addEdges(std::move(removed));
    return WriteResult::success();
}

WriteResult DependencyWriter::apply(Change::LinkKeys &change, ChangeSet &inverse)
{
    const DependencyGraph &graph = m_work.project().dependencies();
    QList<Edge> edges;
    QSet<Edge> seen;
    change.skipped.clear();
    for (const auto &pair : std::as_const(change.keys)) {
        const qint64 from = m_work.idForKey(pair.first);
        const qint64 to = m_work.idForKey(pair.second);
        if (from == 0 || to == 0 || from == to) {
            change.skipped.append(pair);
            continue;
        }
        if (graph.contains(from, to) || seen.contains({from, to}))
            continue;
        seen.insert({from, to});
        edges.append({from, to});
    }
    if (edges.isEmpty())
        return WriteResult::success();
    Change::AddEdges add{std::move(edges)};
    return apply(add, inverse);
}

WriteResult DependencyWriter::insertQuietly(const QList<Edge> &edges)
{
    const DependencyGraph &graph = m_work.project().dependencies();
    for (const Edge &edge : edges) {
        if (!m_work.task(edge.first) || !m_work.task(edge.second) ||
            graph.contains(edge.first, edge.second))
            continue;
        if (const QList<qint64> cycle = graph.cycleIfAdded(edge.first, edge.second);
            !cycle.isEmpty())
            return WriteResult::failure(
                tr("This would close a dependency cycle: %1.").arg(describe(cycle)));
        if (WriteResult result = write(edge, true, false); !result)
            return result;
    }
    return WriteResult::success();
}

} // namespace Candor
