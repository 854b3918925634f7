// SPDX-License-Identifier: MIT
#pragma once

#include "io/importplan.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>
#include <vector>

namespace Candor {

class Project;

// Carries out an ImportPlan as one undo step and one transaction on disk: if any part fails,
// nothing of the import stays in the file and the models are read back from it.
class ImportCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    ImportCommand(Project *project, ImportPlan plan, QUndoCommand *parent = nullptr);
    ~ImportCommand() override;

    void undo() override;
    void redo() override;
    bool succeeded() const { return !isObsolete(); }

private:
    bool buildAndRun();
    bool run(bool forward);
    bool step(QUndoCommand *command);

    Project *m_project;
    ImportPlan m_plan;
    std::vector<std::unique_ptr<QUndoCommand>> m_steps;
    bool m_built = false;
};

} // namespace Candor
