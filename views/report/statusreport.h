// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportdocument.h"
#include "report/reportfacts.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <memory>

class QPrinter;

namespace Candor {

class LiveMetrics;
class Project;
class ReportLayout;

// Paper for a report: A4, or US Letter where the locale uses it; the margins are the report's.
struct ReportPageSetup
{
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QSizeF customPoints; // the paper when size is Custom (a printer's own), in points

    static QPageSize::PageSizeId forLocale(const QLocale &locale);
    // The paper a printer (or the print preview) is set to, with the report's margins.
    static ReportPageSetup of(const QPageLayout &printerPage);
    QPageLayout pageLayout() const;
};

// One status report of a project: its content (built by models/report), fitted to two pages
// for the summary template, and written as PDF, printed, or given as HTML or Markdown.
class StatusReport final
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
    Q_DISABLE_COPY_MOVE(StatusReport)
public:
    // The summary's list lengths, tried in turn until it fits on summaryPages.
    static constexpr int summaryLimits[] = {10, 8, 6, 5, 4, 3, 2, 1};
    static constexpr int summaryPages = 2;

    StatusReport(Project &project, const ReportOptions &options, const ReportPageSetup &setup = {});
    ~StatusReport();

    const ReportDocument &document() const { return m_document; }
    const ReportOptions &options() const { return m_options; }
    int pageCount() const;
    // The pages as laid out for the setup's paper (what the tests check).
    const ReportLayout *layout() const { return m_layout.get(); }

    // Writes the PDF (fonts embedded, title, author, subject and creator set). False with
    // *error when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    QByteArray pdf() const;
    // Lays the report out again for the printer's paper and prints it.
    bool print(QPrinter *printer) const;
    QString html() const;
    QString markdown() const;

private:
    void build();
    std::unique_ptr<ReportLayout> layOut(const QPageLayout &page) const;
    int maxCellLines() const;

    Project &m_project;
    ReportOptions m_options;
    ReportPageSetup m_setup;
    ReportStyle m_style;
    std::unique_ptr<LiveMetrics> m_metrics;
    ReportFacts m_facts;
    ReportDocument m_document;
    std::unique_ptr<ReportLayout> m_layout; // for m_setup's paper
};

} // namespace Candor
