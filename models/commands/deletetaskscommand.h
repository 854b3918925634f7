// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Candor {

class Project;

// Deletes tasks; undo puts them back with the same ids, dependencies both ways, checklist items
// and milestone gates.
class DeleteTasksCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTasksCommand)
public:
    DeleteTasksCommand(Project *project, QList<qint64> ids, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Project *m_project;
    QList<qint64> m_ids;
    QList<TaskRecord> m_removed;
};

} // namespace Candor
