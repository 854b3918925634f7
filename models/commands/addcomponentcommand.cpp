// SPDX-License-Identifier: MIT
#include "addcomponentcommand.h"

#include "project/project.h"

namespace Candor {

AddComponentCommand::AddComponentCommand(Project *project, Component component,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_component(std::move(component))
{
    setText(tr("Add component %1").arg(m_component.name));
}

void AddComponentCommand::redo()
{
    if (const WriteResult result = m_project->addComponent(m_component); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

void AddComponentCommand::undo()
{
    if (const WriteResult result = m_project->removeComponent(m_component.id); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

} // namespace Candor
