// SPDX-License-Identifier: MIT
#include "addtaskscommand.h"

#include "project/project.h"

namespace Candor {

AddTasksCommand::AddTasksCommand(Project *project, QList<TaskRecord> records, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_records(std::move(records))
{
    if (m_records.size() == 1)
        setText(tr("Add %1").arg(m_records.first().task.key));
    else
        setText(tr("Add %n task(s)", nullptr, int(m_records.size())));
}

void AddTasksCommand::redo()
{
    // Ids written back on the first redo are reused by later ones, so history stays attached.
    if (const WriteResult result = m_project->insertTasks(m_records); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

void AddTasksCommand::undo()
{
    if (const WriteResult result = m_project->removeTasks(taskIds(), nullptr); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

QList<qint64> AddTasksCommand::taskIds() const
{
    QList<qint64> ids;
    for (const TaskRecord &record : m_records)
        ids.append(record.task.id);
    return ids;
}

} // namespace Candor
