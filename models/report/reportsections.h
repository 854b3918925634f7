// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Candor {

class ReportBuilder;

// The report's sections about the project as a whole: the title block, the blockers,
// completion by component, the milestones and the critical path.
class ReportSections final
{
    Q_DECLARE_TR_FUNCTIONS(ReportSections)
public:
    static void titleBlock(ReportBuilder &report);
    static void blockers(ReportBuilder &report);
    static void components(ReportBuilder &report);
    static void milestones(ReportBuilder &report);
    static void criticalPath(ReportBuilder &report);
};

} // namespace Candor
