// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

namespace Candor {

// Deletes tasks; undo puts them back with the same ids, dependencies both ways, checklist items
// and milestone gates.
class DeleteTasksCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTasksCommand)
public:
    DeleteTasksCommand(Project *project, QList<qint64> ids, QUndoCommand *parent = nullptr);
};

} // namespace Candor
