// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QCoreApplication>
#include <QString>

namespace Candor {

// Reads a Markdown status or task tracker (tables, checklists, status-marked bullets, legends,
// completion claims, dependency arrows, milestones) into an ImportBatch. See docs/import.md.
class MarkdownTrackerReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownTrackerReader)
public:
    static ImportBatch read(const QString &text, const QString &fileName);
};

} // namespace Candor
