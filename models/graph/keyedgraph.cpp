// SPDX-License-Identifier: MIT
#include "keyedgraph.h"

#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QSet>

namespace Candor {

KeyedGraph KeyedGraph::fromProject(const Project &project, const QList<qint64> &tasks)
{
    KeyedGraph graph;
    const TaskModel *model = project.tasks();
    QList<qint64> ids = tasks;
    if (ids.isEmpty()) {
        for (const Task &task : model->tasks())
            ids.append(task.id);
    }
    const QSet<qint64> shown(ids.cbegin(), ids.cend());
    for (qint64 id : ids) {
        const Task *task = model->task(id);
        if (!task)
            continue;
        graph.nodes.append({task->key, task->title});
        for (qint64 before : project.dependencies().dependenciesOf(id)) {
            if (shown.contains(before))
                graph.dependencies.append({task->key, model->keyOf(before)});
        }
    }
    return graph;
}

} // namespace Candor
