// SPDX-License-Identifier: MIT
#include "addtaskscommand.h"

namespace Candor {

AddTasksCommand::AddTasksCommand(Project *project, QList<TaskRecord> records, QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    if (records.size() == 1)
        setText(tr("Add %1").arg(records.first().task.key));
    else
        setText(tr("Add %Ln task(s)", nullptr, int(records.size())));
    changes().insertTasks(std::move(records));
}

QList<qint64> AddTasksCommand::taskIds() const
{
    return changes().insertedTaskIds();
}

} // namespace Candor
