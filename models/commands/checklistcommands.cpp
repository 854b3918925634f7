// SPDX-License-Identifier: MIT
#include "checklistcommands.h"

#include "project/project.h"

namespace Candor {

ChecklistCommand::ChecklistCommand(Project *project, Kind kind, ChecklistItem item,
                                   QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    switch (kind) {
    case Kind::Add:
        setText(tr("Add checklist item"));
        changes().add(Change::InsertChecklistItem{item});
        break;
    case Kind::Remove:
        setText(tr("Remove checklist item"));
        changes().add(Change::RemoveChecklistItem{item.id});
        break;
    case Kind::Change: {
        bool wasChecked = item.checked;
        for (const ChecklistItem &existing : project->checklist(item.taskId)) {
            if (existing.id == item.id)
                wasChecked = existing.checked;
        }
        setText(item.checked != wasChecked ? (item.checked ? tr("Check item") : tr("Uncheck item"))
                                           : tr("Edit checklist item"));
        changes().add(Change::SetChecklistItem{item});
        break;
    }
    case Kind::Move:
        setText(tr("Move checklist item"));
        changes().add(Change::MoveChecklistItem{item.id, item.position});
        break;
    }
}

} // namespace Candor
