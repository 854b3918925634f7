// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

namespace Candor {

// One checklist edit: add, remove, change (text or checked) or move an item; undo reverses it.
class ChecklistCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistCommand)
public:
    enum class Kind { Add, Remove, Change, Move };
    // Add: item with taskId, text, position. Remove: item.id. Change: the item as it should be.
    // Move: item.id and the new position in item.position.
    ChecklistCommand(Project *project, Kind kind, ChecklistItem item,
                     QUndoCommand *parent = nullptr);
};

} // namespace Candor
