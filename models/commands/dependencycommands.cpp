// SPDX-License-Identifier: MIT
#include "dependencycommands.h"

#include "project/project.h"
#include "tasks/taskmodel.h"

namespace Candor {

DependencyCommand::DependencyCommand(Project *project, Kind kind, qint64 taskId, qint64 dependsOnId,
                                     QUndoCommand *parent)
    : DependencyCommand(project, kind, QList<QPair<qint64, qint64>>{{taskId, dependsOnId}}, parent)
{
    const QString task = project->tasks()->keyOf(taskId);
    const QString dependsOn = project->tasks()->keyOf(dependsOnId);
    setText(kind == Kind::Add ? tr("%1 depends on %2").arg(task, dependsOn)
                              : tr("%1 no longer depends on %2").arg(task, dependsOn));
}

DependencyCommand::DependencyCommand(Project *project, Kind kind,
                                     QList<QPair<qint64, qint64>> edges, QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    setText(kind == Kind::Add ? tr("Add %n dependencies", nullptr, int(edges.size()))
                              : tr("Remove %n dependencies", nullptr, int(edges.size())));
    if (kind == Kind::Add)
        changes().addEdges(std::move(edges));
    else
        changes().removeEdges(std::move(edges));
}

} // namespace Candor
