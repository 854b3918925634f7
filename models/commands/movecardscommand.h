// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

namespace Candor {

// One field set on some tasks: part of a move.
struct TaskFieldChange
{
    TaskField field;
    QList<qint64> ids;
    QVariantList values;
};

// A move on the board: status, lane (priority or component) and rank of many cards, written in
// one transaction and undone in one step.
class MoveCardsCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveCardsCommand)
public:
    MoveCardsCommand(Project *project, QList<TaskFieldChange> changes, const QString &text,
                     QUndoCommand *parent = nullptr);

protected:
    QString failureMessage(const QString &error) const override;
};

} // namespace Candor
