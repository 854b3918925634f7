// SPDX-License-Identifier: MIT
#include "settaskfieldcommand.h"

#include "project/project.h"
#include "tasks/taskmodel.h"

namespace Candor {

SetTaskFieldCommand::SetTaskFieldCommand(Project *project, TaskField field, QList<qint64> ids,
                                         QVariantList values, QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    Q_ASSERT(ids.size() == values.size());
    if (ids.size() == 1) {
        setText(tr("Change %1 of %2").arg(fieldLabel(field), project->tasks()->keyOf(ids.first())));
    } else {
        setText(tr("Change %1 of %Ln task(s)", nullptr, int(ids.size())).arg(fieldLabel(field)));
    }
    changes().setField(field, std::move(ids), std::move(values));
}

const Change::SetField &SetTaskFieldCommand::change() const
{
    return std::get<Change::SetField>(changes().operations().front());
}

int SetTaskFieldCommand::id() const
{
    return m_mergeable ? 0x5e7f : -1;
}

bool SetTaskFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTaskFieldCommand *>(other);
    if (!next->m_mergeable || next->project() != project() || next->isObsolete() ||
        next->change().field != change().field || next->change().ids != change().ids)
        return false;
    // This command's undo already restores what was there before both edits.
    std::get<Change::SetField>(changes().operations().front()).values = next->change().values;
    return true;
}

} // namespace Candor
