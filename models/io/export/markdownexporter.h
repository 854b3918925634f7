// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Candor {

class Project;

// The project as a Markdown tracker in the style people keep by hand: a summary with claimed and
// verified completion, one section per component with a bar and a GFM task table, checklists,
// and the milestones with the tasks that gate them. The same project always gives the same text.
class MarkdownExporter final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)
public:
    static QString write(const Project &project);
    // "███░░░░░░░" for 31%: ten cells, each a tenth.
    static QString bar(double percent);
    // A table cell: '|' and '\' escaped, line breaks as spaces.
    static QString cell(const QString &text);
};

} // namespace Candor
