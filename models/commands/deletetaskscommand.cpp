// SPDX-License-Identifier: MIT
#include "deletetaskscommand.h"

#include "project/project.h"
#include "tasks/taskmodel.h"

namespace Candor {

DeleteTasksCommand::DeleteTasksCommand(Project *project, QList<qint64> ids, QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    if (ids.size() == 1)
        setText(tr("Delete %1").arg(project->tasks()->keyOf(ids.first())));
    else
        setText(tr("Delete %Ln task(s)", nullptr, int(ids.size())));
    changes().removeTasks(std::move(ids));
}

} // namespace Candor
