// SPDX-License-Identifier: MIT
#include "graphlayoutscope.h"

#include "project/project.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskfilter.h"
#include "tasks/taskmodel.h"

#include <QHash>

#include <algorithm>

namespace Candor {

GraphLayoutScope::GraphLayoutScope(const Project &project)
    : m_project(project)
{}

QSizeF GraphLayoutScope::milestoneSize(const QString &name)
{
    // Room for the name inside the diamond's middle half, without font metrics (headless).
    return {std::clamp<qreal>(80 + 10 * qreal(name.size()), 120, 280), milestoneHeight};
}

QSet<qint64> GraphLayoutScope::closure(bool upstream) const
{
    const DependencyGraph &graph = m_project.dependencies();
    QSet<qint64> reached;
    QList<qint64> pending;
    for (qint64 id : m_anchors) {
        if (m_project.tasks()->task(id) && !reached.contains(id)) {
            reached.insert(id);
            pending.append(id);
        }
    }
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        for (qint64 next : upstream ? graph.dependenciesOf(id) : graph.dependentsOf(id)) {
            if (!reached.contains(next)) {
                reached.insert(next);
                pending.append(next);
            }
        }
    }
    return reached;
}

QList<qint64> GraphLayoutScope::tasks() const
{
    const bool around = m_focus == Focus::Upstream || m_focus == Focus::Downstream;
    const QSet<qint64> reached = around ? closure(m_focus == Focus::Upstream) : QSet<qint64>();
    QList<qint64> ids;
    for (const Task &task : m_project.tasks()->tasks()) {
        if (m_filter && !m_filter->matches(task))
            continue;
        const bool wanted = m_focus == Focus::All        ? true
                            : around                     ? reached.contains(task.id)
                            : m_focus == Focus::Critical ? m_critical.contains(task.id)
                                                         : !TaskEnums::isFinished(task.status);
        if (wanted)
            ids.append(task.id);
    }
    return ids;
}

GraphLayoutInput GraphLayoutScope::input(const QList<qint64> &tasks) const
{
    GraphLayoutInput input;
    input.critical = m_critical;
    const QSet<qint64> shown(tasks.cbegin(), tasks.cend());
    const DependencyGraph &graph = m_project.dependencies();
    input.nodes.reserve(tasks.size());
    for (qint64 id : tasks) {
        input.nodes.append({id, QSizeF(taskWidth, taskHeight), GraphLayoutInput::Kind::Task});
        for (qint64 before : graph.dependenciesOf(id)) {
            if (shown.contains(before))
                input.edges.append({before, id});
        }
    }
    if (m_focus == Focus::Upstream)
        return input; // what the selection waits for; the milestones lie beyond it

    // Each milestone is drawn after the shown tasks that gate it, joined only to the ends of
    // their chains: a gate another gate depends on is already on the way there.
    QHash<qint64, QList<qint64>> gates;
    for (qint64 id : tasks) {
        for (qint64 milestone : m_project.milestonesOf(id))
            gates[milestone].append(id);
    }
    for (const Milestone &milestone : m_project.milestones()->milestones()) {
        const QList<qint64> gating = gates.value(milestone.id);
        if (gating.isEmpty() || (m_focus == Focus::Unfinished && milestone.doneDate.isValid()))
            continue;
        QSet<qint64> beforeAGate; // shown tasks some gate (transitively) depends on
        QList<qint64> pending = gating;
        while (!pending.isEmpty()) {
            const qint64 id = pending.takeLast();
            for (qint64 before : graph.dependenciesOf(id)) {
                if (shown.contains(before) && !beforeAGate.contains(before)) {
                    beforeAGate.insert(before);
                    pending.append(before);
                }
            }
        }
        const qint64 node = milestoneNode(milestone.id);
        input.nodes.append(
            {node, milestoneSize(milestone.name), GraphLayoutInput::Kind::Milestone});
        for (qint64 id : gating) {
            if (!beforeAGate.contains(id))
                input.edges.append({id, node});
        }
    }
    return input;
}

} // namespace Candor
