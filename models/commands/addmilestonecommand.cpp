// SPDX-License-Identifier: MIT
#include "addmilestonecommand.h"

namespace Candor {

AddMilestoneCommand::AddMilestoneCommand(Project *project, Milestone milestone,
                                         QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    setText(tr("Add milestone %1").arg(milestone.name));
    changes().add(Change::AddMilestone{std::move(milestone), {}});
}

qint64 AddMilestoneCommand::milestoneId() const
{
    return std::get<Change::AddMilestone>(changes().operations().front()).milestone.id;
}

} // namespace Candor
