// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Candor {

class Project;

// Adds a milestone; undo removes it again (with its gates).
class AddMilestoneCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMilestoneCommand)
public:
    AddMilestoneCommand(Project *project, Milestone milestone, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    qint64 milestoneId() const { return m_milestone.id; }

private:
    Project *m_project;
    Milestone m_milestone;
};

} // namespace Candor
