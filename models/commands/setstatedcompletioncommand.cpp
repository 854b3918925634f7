// SPDX-License-Identifier: MIT
#include "setstatedcompletioncommand.h"

#include "project/project.h"
#include "tasks/componentmodel.h"

namespace Candor {

SetStatedCompletionCommand::SetStatedCompletionCommand(Project *project, qint64 componentId,
                                                       std::optional<int> percent,
                                                       QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    const Component *component = project->components()->component(componentId);
    setText(tr("Set the stated completion of %1")
                .arg(component ? component->name : QString::number(componentId)));
    Component changed = component ? *component : Component{};
    changed.id = componentId;
    changed.statedCompletion = percent;
    changes().add(Change::UpdateComponent{changed});
}

} // namespace Candor
