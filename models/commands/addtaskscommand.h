// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

namespace Candor {

// Adds tasks with what they bring (dependencies, checklist, milestones); undo deletes them. Ids
// assigned on the first redo are kept by later ones, so that history stays attached.
class AddTasksCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTasksCommand)
public:
    AddTasksCommand(Project *project, QList<TaskRecord> records, QUndoCommand *parent = nullptr);
    QList<qint64> taskIds() const;
};

} // namespace Candor
