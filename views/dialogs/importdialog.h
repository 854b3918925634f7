// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace Candor {

class Project;
struct ImportPlan;

// Shows what an import will do before it does it: tasks created and updated (by key), tasks
// kept that the files do not mention, counts per component, warnings with line numbers, and the
// notes of the readers (e.g. the status words they mapped). Import or cancel.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    // Object names: "importTabs", "createdList", "updatedList", "keptList", "componentList",
    // "warningList", "summaryLabel".
    ImportDialog(const Project &project, const ImportPlan &plan, QWidget *parent = nullptr);
};

} // namespace Candor
