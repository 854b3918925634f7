// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Candor {

class Project;

// Adds tasks (with their dependencies, checklist and milestones); undo removes them again.
class AddTasksCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTasksCommand)
public:
    AddTasksCommand(Project *project, QList<TaskRecord> records, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    // The ids the tasks got on the first redo.
    QList<qint64> taskIds() const;

private:
    Project *m_project;
    QList<TaskRecord> m_records;
};

} // namespace Candor
