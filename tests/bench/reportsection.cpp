// SPDX-License-Identifier: MIT
// The `report` section: status reports as PDF from the fully loaded project, as Export PDF and
// `candor report` make them (schedule, forecast and history gathered, laid out, painted): the
// summary (which must stay on two pages at every size) and, up to 10k tasks, the full report
// with every task, its pages and the memory it takes.
#include "benchproject.h"
#include "benchsection.h"
#include "measures.h"
#include "report/statusreport.h"

#include <QElapsedTimer>

namespace CandorBench {

namespace {

using namespace Candor;

// The full report of 100k tasks is some 3,500 pages: measured up to this size.
constexpr int largestFull = 10000;

QJsonObject reportFigures(BenchProject &opened)
{
    QJsonObject result;
    const auto measure = [&](ReportTemplate reportTemplate, const QString &name, int runs) {
        ReportOptions options;
        options.reportTemplate = reportTemplate;
        int pages = 0;
        qsizetype bytes = 0;
        const double residentBefore = residentMegabytes();
        const double ms = median(runs, [&]() {
            QElapsedTimer timer;
            timer.start();
            const StatusReport report(*opened.project, options);
            bytes = report.pdf().size();
            pages = report.pageCount();
            return milliseconds(timer);
        });
        result.insert(name + QStringLiteral("_ms"), ms);
        result.insert(name + QStringLiteral("_pages"), pages);
        result.insert(name + QStringLiteral("_pdf_kb"), double(bytes) / 1024);
        result.insert(name + QStringLiteral("_peak_over_open_mb"),
                      peakMegabytes() - std::max(residentBefore, opened.peakBeforeOpenMb));
    };
    measure(ReportTemplate::Summary, QStringLiteral("report_summary"),
            opened.taskCount > largestFull ? 1 : 3);
    if (opened.taskCount <= largestFull)
        measure(ReportTemplate::Full, QStringLiteral("report_full"), 1);
    result.insert(QStringLiteral("report_peak_mb"), peakMegabytes());
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("report"), 95, QString(), nullptr, &reportFigures, nullptr}};

} // namespace

} // namespace CandorBench
