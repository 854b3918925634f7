// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Candor {

struct ReportDocument;

// A status report as one self-contained HTML file: inline CSS (print rules included: repeated
// table headers, rows kept whole, headings kept with what follows), the charts as HTML bars,
// nothing fetched. Every string from the project goes through toHtmlEscaped().
class ReportHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static QString write(const ReportDocument &document);
};

} // namespace Candor
