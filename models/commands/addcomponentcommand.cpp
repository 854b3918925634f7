// SPDX-License-Identifier: MIT
#include "addcomponentcommand.h"

namespace Candor {

AddComponentCommand::AddComponentCommand(Project *project, Component component,
                                         QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    setText(tr("Add component %1").arg(component.name));
    changes().add(Change::AddComponent{std::move(component)});
}

qint64 AddComponentCommand::componentId() const
{
    return std::get<Change::AddComponent>(changes().operations().front()).component.id;
}

} // namespace Candor
