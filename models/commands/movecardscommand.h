// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfield.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>
#include <QVariant>

namespace Candor {

class Project;

// One field set on some tasks: part of a move.
struct TaskFieldChange
{
    TaskField field;
    QList<qint64> ids;
    QVariantList values;
};

// A move on the board: status, lane (priority or component) and rank of many cards, written in
// one transaction and undone in one step.
class MoveCardsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveCardsCommand)
public:
    MoveCardsCommand(Project *project, QList<TaskFieldChange> changes, const QString &text,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const QList<TaskFieldChange> &changes);

    Project *m_project;
    QList<TaskFieldChange> m_changes;
    QList<TaskFieldChange> m_reverse; // the old values, last change first
};

} // namespace Candor
