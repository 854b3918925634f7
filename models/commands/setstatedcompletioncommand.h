// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

#include <optional>

namespace Candor {

// Sets (or clears) the completion a tracker states for a component.
class SetStatedCompletionCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStatedCompletionCommand)
public:
    SetStatedCompletionCommand(Project *project, qint64 componentId, std::optional<int> percent,
                               QUndoCommand *parent = nullptr);
};

} // namespace Candor
