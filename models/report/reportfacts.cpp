// SPDX-License-Identifier: MIT
#include "reportfacts.h"

#include "graph/criticalpath.h"
#include "graph/montecarloforecast.h"
#include "graph/remainingwork.h"
#include "graph/schedulesnapshot.h"
#include "project/project.h"
#include "project/projectreader.h"
#include "reportoptions.h"

#include <QDateTime>

#include <algorithm>

namespace Candor {

int ReportFacts::runsFor(qsizetype unfinishedTasks)
{
    const double affordable = drawBudget / double(std::max<qsizetype>(1, unfinishedTasks));
    return int(std::clamp(affordable, double(fewestRuns), double(mostRuns)));
}

ReportFacts ReportFacts::gather(const Project &project, const ReportOptions &options)
{
    ReportFacts facts;
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const quint32 printed = options.printed();
    const bool needsSchedule = printed & (ReportOptions::bit(ReportSection::Milestones) |
                                          ReportOptions::bit(ReportSection::CriticalPath));
    if (needsSchedule) {
        const ScheduleSnapshot snapshot = ScheduleSnapshot::of(project, today);
        facts.schedule = CriticalPath::compute(snapshot);
        if (printed & ReportOptions::bit(ReportSection::Milestones)) {
            ForecastOptions forecastOptions;
            forecastOptions.runs = runsFor(std::count_if(
                snapshot.tasks.cbegin(), snapshot.tasks.cend(),
                [](const ScheduleTask &t) { return !TaskEnums::isFinished(t.status); }));
            facts.forecast = std::make_shared<const Forecast>(
                MonteCarloForecast::run(snapshot, forecastOptions));
        }
    }
    if (printed & ReportOptions::bit(ReportSection::Changes)) {
        const QDate since = options.since.isValid()
                                ? options.since
                                : today.addDays(-ReportOptions::defaultChangeDays);
        const qint64 from = since.startOfDay(Qt::UTC).toMSecsSinceEpoch();
        facts.events = ProjectReader(project.database())
                           .events(from,
                                   {QStringLiteral("status"), QStringLiteral("verification"),
                                    QStringLiteral("created"), QStringLiteral("deleted")},
                                   &facts.historyRead);
    }
    return facts;
}

} // namespace Candor
