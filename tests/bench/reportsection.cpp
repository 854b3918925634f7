// SPDX-License-Identifier: MIT
// The `report` section: status reports as PDF from the fully loaded project, as Export PDF and
// `candor report` make them (schedule, forecast and history gathered, laid out, painted): the
// summary (which must stay on two pages at every size) and, up to 10k tasks, the full report
// with every task, its pages and the memory it takes.
#include "benchproject.h"
#include "benchsection.h"
#include "graph/schedulewatcher.h"
#include "measures.h"
#include "report/statusreport.h"
#include "shell/projectworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <ctime>

namespace CandorBench {

namespace {

using namespace Candor;

// The full report of 100k tasks is some 3,500 pages: measured up to this size.
constexpr int largestFull = 10000;

QJsonObject reportFigures(BenchProject &opened)
{
    QJsonObject result;
    // The workspace's own schedule and forecast run on the worker pool after the project opens:
    // let them finish, so that a report is timed as `candor report` runs it, alone.
    if (opened.workspace) {
        QElapsedTimer waited;
        waited.start();
        while (opened.workspace->scheduleWatcher()->isBusy() && waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const auto measure = [&](ReportTemplate reportTemplate, const QString &name, int runs) {
        ReportOptions options;
        options.reportTemplate = reportTemplate;
        int pages = 0;
        qsizetype bytes = 0;
        QList<double> cpu;
        const double residentBefore = residentMegabytes();
        const double ms = median(runs, [&]() {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            const StatusReport report(*opened.project, options);
            bytes = report.pdf().size();
            pages = report.pageCount();
            cpu.append(double(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
            return milliseconds(timer);
        });
        std::sort(cpu.begin(), cpu.end());
        result.insert(name + QStringLiteral("_ms"), ms);
        // The processor time of all threads: what a loaded machine does not inflate.
        result.insert(name + QStringLiteral("_cpu_ms"), cpu.at(cpu.size() / 2));
        result.insert(name + QStringLiteral("_pages"), pages);
        result.insert(name + QStringLiteral("_pdf_kb"), double(bytes) / 1024);
        result.insert(name + QStringLiteral("_peak_over_open_mb"),
                      peakMegabytes() - std::max(residentBefore, opened.peakBeforeOpenMb));
    };
    measure(ReportTemplate::Summary, QStringLiteral("report_summary"),
            opened.taskCount > largestFull ? 1 : 3);
    if (opened.taskCount <= largestFull)
        measure(ReportTemplate::Full, QStringLiteral("report_full"), 3);
    result.insert(QStringLiteral("report_peak_mb"), peakMegabytes());
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("report"), 95, QString(), nullptr, &reportFigures, nullptr}};

} // namespace

} // namespace CandorBench
