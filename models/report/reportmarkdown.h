// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Candor {

struct ReportDocument;

// A status report as Markdown, in the style of the corpus's hand-written status reports
// (headings with the figures, pipe tables, status markers), with the completion chart as text
// bars. Every string from the project is escaped, so that a title is shown as it was typed and
// never becomes a link, an image or markup.
class ReportMarkdown final
{
    Q_DECLARE_TR_FUNCTIONS(ReportMarkdown)
public:
    static QString write(const ReportDocument &document);
    // Backslash before every character Markdown (CommonMark, GFM) could read as markup, line
    // breaks as spaces: the text of one table cell or one line.
    static QString escaped(const QString &text);
    // A bar of `width` characters: █ verified, ▒ claimed only, ░ remaining.
    static QString bar(double verified, double claimedOnly, int width);
};

} // namespace Candor
