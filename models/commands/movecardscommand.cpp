// SPDX-License-Identifier: MIT
#include "movecardscommand.h"

namespace Candor {

MoveCardsCommand::MoveCardsCommand(Project *project, QList<TaskFieldChange> fieldChanges,
                                   const QString &text, QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    setText(text);
    for (TaskFieldChange &change : fieldChanges) {
        if (!change.ids.isEmpty())
            changes().setField(change.field, std::move(change.ids), std::move(change.values));
    }
}

QString MoveCardsCommand::failureMessage(const QString &error) const
{
    return tr("Cannot move the cards: %1").arg(error);
}

} // namespace Candor
