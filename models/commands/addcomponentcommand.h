// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

namespace Candor {

// Adds a component; undo removes it.
class AddComponentCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddComponentCommand)
public:
    AddComponentCommand(Project *project, Component component, QUndoCommand *parent = nullptr);
    qint64 componentId() const;
};

} // namespace Candor
