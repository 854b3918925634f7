// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Candor {

class ReportBuilder;

// The report's sections about single tasks: what changed since the last report, the tasks
// claimed but not verified, and the full task table with checklists.
class ReportTaskSections final
{
    Q_DECLARE_TR_FUNCTIONS(ReportTaskSections)
public:
    // Changes listed at most in a full report: the history is not the task table.
    static constexpr int mostChanges = 300;
    // Checklist items shown under a task before "and N more".
    static constexpr int mostChecklistItems = 12;

    static void changes(ReportBuilder &report);
    static void claims(ReportBuilder &report);
    static void taskTable(ReportBuilder &report);
};

} // namespace Candor
