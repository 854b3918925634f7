// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"
#include "io/importplan.h"

#include <QCoreApplication>

namespace Candor {

// Carries out an ImportPlan as one change set: one undo step and one transaction on disk. If any
// part fails, nothing of the import is in the file or the models.
class ImportCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    ImportCommand(Project *project, ImportPlan plan, QUndoCommand *parent = nullptr);

protected:
    QString failureMessage(const QString &error) const override;

private:
    void build(const ImportPlan &plan);
};

} // namespace Candor
