// SPDX-License-Identifier: MIT
#pragma once

#include "io/importplan.h"

#include <QCoreApplication>
#include <QStringList>

namespace Candor {

class Project;

// Imports tracker files into a project the same way for the main window and `candor import`:
// read the files, plan the import (what a preview shows, with each file's warnings by line),
// then apply the plan as one undoable ImportCommand. It shows nothing and prints nothing: the
// caller presents the plan and the outcome, which are values.
class ImportFlow final
{
    Q_DECLARE_TR_FUNCTIONS(ImportFlow)
    Q_DISABLE_COPY_MOVE(ImportFlow)
public:
    struct Outcome
    {
        enum class Result {
            Imported,        // one new step on the project's undo stack
            NothingToImport, // the files add or change nothing in the project
            NotWritable,     // the project is open read-only; nothing was tried
            Failed,          // rolled back; the project also reported it (Project::writeFailed)
        };
        Result result = Result::NothingToImport;
        QString message;         // one line for a status bar or a terminal
        qint64 firstCreated = 0; // the first new task, e.g. to select it; 0 when none
        bool imported() const { return result == Result::Imported; }
    };

    explicit ImportFlow(Project &project);

    // Reads the files (what cannot be read becomes a warning) and plans their import.
    const ImportPlan &read(const QStringList &paths);
    const ImportPlan &plan() const { return m_plan; }
    // Applies the plan read last, once: a second call finds nothing to import.
    Outcome apply();

private:
    Project &m_project;
    ImportPlan m_plan;
};

} // namespace Candor
