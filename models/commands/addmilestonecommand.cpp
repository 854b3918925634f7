// SPDX-License-Identifier: MIT
#include "addmilestonecommand.h"

#include "project/project.h"

namespace Candor {

AddMilestoneCommand::AddMilestoneCommand(Project *project, Milestone milestone,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_milestone(std::move(milestone))
{
    setText(tr("Add milestone %1").arg(m_milestone.name));
}

void AddMilestoneCommand::redo()
{
    if (const WriteResult result = m_project->addMilestone(m_milestone); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

void AddMilestoneCommand::undo()
{
    if (const WriteResult result = m_project->removeMilestone(m_milestone.id); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

} // namespace Candor
