// SPDX-License-Identifier: MIT
#pragma once

#include "graphlayoutinput.h"

#include <QList>
#include <QSet>

namespace Candor {

class Project;
class TaskFilter;

// Which part of a project the dependency graph shows, as plain layout input: the tasks the
// focus and the filter leave, the dependencies between them (drawn from the prerequisite to the
// task that waits for it) and the milestones they gate as diamonds at the end of their chains.
// Sizes are fixed scene units, so the command line lays out exactly what the page draws.
class GraphLayoutScope final
{
public:
    enum class Focus { All, Upstream, Downstream, Critical, Unfinished };

    static constexpr qreal taskWidth = 184;
    static constexpr qreal taskHeight = 48;
    static constexpr qreal milestoneHeight = 44;

    explicit GraphLayoutScope(const Project &project);

    void setFocus(Focus focus) { m_focus = focus; }
    Focus focus() const { return m_focus; }
    // Not owned; null shows every task.
    void setFilter(const TaskFilter *filter) { m_filter = filter; }
    // Where upstream and downstream start from (the selection).
    void setAnchors(const QList<qint64> &tasks) { m_anchors = tasks; }
    void setCritical(const QSet<qint64> &tasks) { m_critical = tasks; }
    const QSet<qint64> &critical() const { return m_critical; }

    // The tasks in view, in the task model's order.
    QList<qint64> tasks() const;
    // Nodes (the tasks, then their milestones) and edges for these tasks.
    GraphLayoutInput input(const QList<qint64> &tasks) const;

    // Milestones share the node ids with tasks as negative numbers.
    static qint64 milestoneNode(qint64 milestoneId) { return -milestoneId; }
    static bool isMilestoneNode(qint64 node) { return node < 0; }
    static qint64 milestoneOf(qint64 node) { return -node; }
    static QSizeF milestoneSize(const QString &name);

private:
    QSet<qint64> closure(bool upstream) const;

    const Project &m_project;
    Focus m_focus = Focus::All;
    const TaskFilter *m_filter = nullptr;
    QList<qint64> m_anchors;
    QSet<qint64> m_critical;
};

} // namespace Candor
