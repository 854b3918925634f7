// SPDX-License-Identifier: MIT
#include "dependencycommands.h"

#include "project/project.h"
#include "tasks/taskmodel.h"

namespace Candor {

DependencyCommand::DependencyCommand(Project *project, Kind kind, qint64 taskId, qint64 dependsOnId,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_kind(kind)
    , m_taskId(taskId)
    , m_dependsOnId(dependsOnId)
{
    const QString task = project->tasks()->keyOf(taskId);
    const QString dependsOn = project->tasks()->keyOf(dependsOnId);
    setText(kind == Kind::Add ? tr("%1 depends on %2").arg(task, dependsOn)
                              : tr("%1 no longer depends on %2").arg(task, dependsOn));
}

DependencyCommand::DependencyCommand(Project *project, Kind kind,
                                     QList<QPair<qint64, qint64>> edges, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_kind(kind)
    , m_taskId(0)
    , m_dependsOnId(0)
    , m_edges(std::move(edges))
{
    setText(kind == Kind::Add ? tr("Add %n dependencies", nullptr, int(m_edges.size()))
                              : tr("Remove %n dependencies", nullptr, int(m_edges.size())));
}

void DependencyCommand::apply(bool add)
{
    WriteResult result = WriteResult::success();
    if (!m_edges.isEmpty())
        result = add ? m_project->addDependencies(m_edges) : m_project->removeDependencies(m_edges);
    else
        result = add ? m_project->addDependency(m_taskId, m_dependsOnId)
                     : m_project->removeDependency(m_taskId, m_dependsOnId);

    if (!result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

void DependencyCommand::redo()
{
    apply(m_kind == Kind::Add);
}

void DependencyCommand::undo()
{
    apply(m_kind != Kind::Add);
}

} // namespace Candor
