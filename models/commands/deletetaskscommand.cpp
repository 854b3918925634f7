// SPDX-License-Identifier: MIT
#include "deletetaskscommand.h"

#include "project/project.h"
#include "tasks/taskmodel.h"

namespace Candor {

DeleteTasksCommand::DeleteTasksCommand(Project *project, QList<qint64> ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_ids(std::move(ids))
{
    if (m_ids.size() == 1)
        setText(tr("Delete %1").arg(project->tasks()->keyOf(m_ids.first())));
    else
        setText(tr("Delete %n task(s)", nullptr, int(m_ids.size())));
}

void DeleteTasksCommand::redo()
{
    if (const WriteResult result = m_project->removeTasks(m_ids, &m_removed); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

void DeleteTasksCommand::undo()
{
    if (const WriteResult result = m_project->insertTasks(m_removed); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

} // namespace Candor
