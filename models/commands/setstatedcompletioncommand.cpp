// SPDX-License-Identifier: MIT
#include "setstatedcompletioncommand.h"

#include "project/project.h"
#include "tasks/componentmodel.h"

namespace Candor {

SetStatedCompletionCommand::SetStatedCompletionCommand(Project *project, qint64 componentId,
                                                       std::optional<int> percent,
                                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_componentId(componentId)
    , m_after(percent)
{
    const Component *component = project->components()->component(componentId);
    if (component)
        m_before = component->statedCompletion;
    setText(tr("Set the stated completion of %1")
                .arg(component ? component->name : QString::number(componentId)));
}

void SetStatedCompletionCommand::apply(std::optional<int> percent)
{
    if (const WriteResult result = m_project->setStatedCompletion(m_componentId, percent);
        !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

void SetStatedCompletionCommand::redo()
{
    apply(m_after);
}

void SetStatedCompletionCommand::undo()
{
    apply(m_before);
}

} // namespace Candor
