// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

namespace Candor {

// Adds or removes "depends on" edges; undo does the opposite. A cycle is refused and named.
class DependencyCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DependencyCommand)
public:
    enum class Kind { Add, Remove };
    DependencyCommand(Project *project, Kind kind, qint64 taskId, qint64 dependsOnId,
                      QUndoCommand *parent = nullptr);
    // Many edges as one step, (task, depends on) pairs.
    DependencyCommand(Project *project, Kind kind, QList<QPair<qint64, qint64>> edges,
                      QUndoCommand *parent = nullptr);
};

} // namespace Candor
