// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

namespace Candor {

// Adds a milestone; undo removes it.
class AddMilestoneCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMilestoneCommand)
public:
    AddMilestoneCommand(Project *project, Milestone milestone, QUndoCommand *parent = nullptr);
    qint64 milestoneId() const;
};

} // namespace Candor
