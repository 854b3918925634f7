// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Candor {

class Project;

// One checklist edit: add, remove, change (text or checked) or move an item; undo reverses it.
class ChecklistCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistCommand)
public:
    enum class Kind { Add, Remove, Change, Move };
    // Add: item with taskId, text, position. Remove: item.id. Change: the item as it should be.
    // Move: item.id and the new position in item.position.
    ChecklistCommand(Project *project, Kind kind, ChecklistItem item,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void fail(const QString &message);

    Project *m_project;
    Kind m_kind;
    ChecklistItem m_item;   // as after redo
    ChecklistItem m_before; // as before redo
};

} // namespace Candor
