// SPDX-License-Identifier: MIT
#include "reportsections.h"

#include "graph/workcalendar.h"
#include "io/export/schedulejson.h"
#include "metrics/livemetrics.h"
#include "project/project.h"
#include "reportbuilder.h"
#include "reportfacts.h"
#include "reportformat.h"
#include "tasks/milestonemodel.h"
#include "tasks/naturalorder.h"
#include "tasks/taskmodel.h"

#include <algorithm>

namespace Candor {

namespace {

QString percent(double value)
{
    return ReportFormat::percent(value);
}

QStringList keysOf(const TaskModel &tasks, const QList<qint64> &ids)
{
    QStringList keys;
    for (qint64 id : ids)
        keys.append(tasks.keyOf(id));
    std::sort(keys.begin(), keys.end(),
              [](const QString &a, const QString &b) { return NaturalOrder::compare(a, b) < 0; });
    return keys;
}

int statusCount(const LiveMetrics &metrics, Status status)
{
    int count = 0;
    for (int p = 0; p < PriorityCount; ++p)
        count += metrics.count(status, Priority(p));
    return count;
}

// Components get more room in the summary than other lists: there are few of them, and the
// completion of each is what a status report is read for.
constexpr double componentShare = 1.5;

} // namespace

void ReportSections::titleBlock(ReportBuilder &report)
{
    const LiveMetrics &metrics = report.metrics();
    const CompletionTally &overall = metrics.overall();
    QList<QPair<QString, QString>> facts{
        {tr("Claimed complete"), percent(overall.claimedPercent())},
        {tr("Verified complete"), percent(overall.verifiedPercent())},
    };
    if (const std::optional<int> stated = metrics.statedPercent())
        facts.append({tr("Stated in the tracker"), percent(*stated)});
    facts.append({tr("Tasks"), ReportFormat::count(overall.tasks)});
    facts.append({tr("Open P0 tasks"), ReportFormat::count(metrics.openP0().size())});
    report.facts(facts);
    ReportBlock counts;
    counts.kind = ReportBlock::Kind::Counts;
    counts.section = ReportSection::TitleBlock;
    for (int i = 0; i < StatusCount; ++i)
        counts.counts.append({Status(i), statusCount(metrics, Status(i))});
    report.document().blocks.append(counts);

    // The honesty gap in one line.
    QStringList why;
    if (!metrics.claimedOnly().isEmpty())
        why << tr("%Ln task(s) done, not verified", nullptr, int(metrics.claimedOnly().size()));
    if (!metrics.failed().isEmpty())
        why << tr("%n failed verification(s)", nullptr, int(metrics.failed().size()));
    if (const qsizetype overstated = metrics.overstated().size(); overstated > 0)
        why << tr("%n component(s) stated above what their tasks claim", nullptr, int(overstated));
    const std::optional<int> stated = metrics.statedPercent();
    QString gap = tr("Honesty gap: %1 points claimed beyond the evidence")
                      .arg(QLocale().toString(metrics.gapPoints(), 'f', 0));
    if (stated && *stated > overall.verifiedPercent() + 0.5)
        gap += tr(" (the tracker stated %1, the evidence shows %2)")
                   .arg(percent(*stated), percent(overall.verifiedPercent()));
    gap += why.isEmpty() ? tr(".") : tr(": %1.").arg(why.join(tr("; ")));
    report.paragraph(gap);
}

void ReportSections::blockers(ReportBuilder &report)
{
    const Project &project = report.project();
    const TaskModel &tasks = *project.tasks();
    report.heading(tr("Blockers"));
    const QMap<QString, qint64> &open = report.metrics().openP0();
    if (open.isEmpty()) {
        report.paragraph(tr("No open P0 task."));
        return;
    }
    // Those that hold up the most other tasks first.
    QList<const Task *> blockers;
    for (qint64 id : open)
        if (const Task *task = tasks.task(id))
            blockers.append(task);
    std::stable_sort(blockers.begin(), blockers.end(), [&project](const Task *a, const Task *b) {
        return project.dependencies().dependentsOf(a->id).size() >
               project.dependencies().dependentsOf(b->id).size();
    });
    ReportTable table;
    table.columns = {ReportColumn::fit(tr("Task")),        ReportColumn::text(tr("Title"), 3),
                     ReportColumn::fit(tr("Status")),      ReportColumn::text(tr("Component"), 1.2),
                     ReportColumn::number(tr("Estimate")), ReportColumn::text(tr("Blocks"), 1.6)};
    for (const Task *task : std::as_const(blockers)) {
        const QStringList blocked = keysOf(tasks, project.dependencies().dependentsOf(task->id));
        table.rows.append(ReportBuilder::taskRow(
            *task, {task->title, TaskEnums::label(task->status),
                    report.componentName(task->componentId), ReportFormat::days(task->estimate),
                    blocked.isEmpty() ? QStringLiteral("—") : ReportFormat::firstOf(blocked, 3)}));
    }
    report.paragraph(tr("%n open P0 task(s), those holding up the most other work first.", nullptr,
                        int(blockers.size())));
    report.table(table, report.limit());
}

void ReportSections::components(ReportBuilder &report)
{
    const LiveMetrics &metrics = report.metrics();
    report.heading(tr("Completion by component"));
    ReportDocument &document = report.document();
    const auto bar = [](const QString &name, const CompletionTally &tally,
                        std::optional<int> stated) {
        return ReportBar{name,
                         tally.tasks,
                         tally.verifiedPercent(),
                         tally.claimedOnlyPercent(),
                         tally.tasks > 0 ? tally.remainingPercent() : 100.0,
                         stated};
    };
    document.bars.append(bar(tr("Overall"), metrics.overall(), metrics.statedPercent()));
    const QList<qint64> ids = metrics.componentIds();
    const int most = report.limit(componentShare);
    const int shown = int(std::min<qsizetype>(ids.size(), most));
    for (int i = 0; i < shown; ++i) {
        const Component *component = report.project().component(ids.at(i));
        document.bars.append(bar(report.componentName(ids.at(i)), metrics.component(ids.at(i)),
                                 component ? component->statedCompletion : std::nullopt));
    }
    ReportBlock chart;
    chart.kind = ReportBlock::Kind::Chart;
    chart.section = ReportSection::Components;
    chart.chart = ReportChart::Completion;
    document.blocks.append(chart);

    ReportTable table;
    table.columns = {
        ReportColumn::text(tr("Component"), 1), ReportColumn::number(tr("Tasks")),
        ReportColumn::number(tr("Claimed")),    ReportColumn::number(tr("Verified")),
        ReportColumn::number(tr("Stated")),     ReportColumn::number(tr("Claimed − verified"))};
    const auto row = [](const QString &name, const CompletionTally &tally,
                        std::optional<int> stated) {
        ReportRow result;
        result.cells = {
            name,
            ReportFormat::count(tally.tasks),
            percent(tally.claimedPercent()),
            percent(tally.verifiedPercent()),
            stated ? percent(*stated) : QStringLiteral("—"),
            tr("%1 pts").arg(QLocale().toString(
                std::max(0.0, tally.claimedPercent() - tally.verifiedPercent()), 'f', 0))};
        return result;
    };
    ReportRow overall = row(tr("Overall"), metrics.overall(), metrics.statedPercent());
    overall.strong = true;
    table.rows.append(overall);
    for (qint64 id : ids) {
        const Component *component = report.project().component(id);
        table.rows.append(row(report.componentName(id), metrics.component(id),
                              component ? component->statedCompletion : std::nullopt));
    }
    report.table(table, most == INT_MAX ? INT_MAX : most + 1); // + the project's row
}

void ReportSections::milestones(ReportBuilder &report)
{
    const Project &project = report.project();
    const QList<Milestone> &milestones = project.milestones()->milestones();
    report.heading(tr("Milestones"));
    if (milestones.isEmpty()) {
        report.paragraph(tr("The project has no milestones."));
        return;
    }
    const Forecast *forecast = report.facts().forecast.get();
    const QDate today = report.document().date;
    ReportTable table;
    table.columns = {
        ReportColumn::text(tr("Milestone"), 2), ReportColumn::fit(tr("Target")),
        ReportColumn::fit(tr("Forecast")),      ReportColumn::number(tr("Slip")),
        ReportColumn::number(tr("On time")),    ReportColumn::text(tr("Gating tasks"), 2.6)};
    for (const Milestone &milestone : milestones) {
        const MilestoneForecast *f =
            forecast && forecast->isValid() ? forecast->milestone(milestone.id) : nullptr;
        const bool forecastable = f && f->hasForecast();
        ReportMilestone point{milestone.id,
                              milestone.name,
                              milestone.targetDate,
                              milestone.doneDate,
                              forecastable ? f->p80 : QDate(),
                              false};
        point.slipped =
            !milestone.doneDate.isValid() && milestone.targetDate.isValid() &&
            (milestone.targetDate < today || (forecastable && f->slipDays && *f->slipDays > 0));
        report.document().milestones.append(point);

        QStringList open;
        const QList<qint64> gates = project.tasksOfMilestone(milestone.id);
        for (qint64 id : gates) {
            if (const Task *task = project.task(id); task && task->status != Status::Done)
                open.append(task->key);
        }
        std::sort(open.begin(), open.end(), [](const QString &a, const QString &b) {
            return NaturalOrder::compare(a, b) < 0;
        });
        QString gating =
            gates.isEmpty() ? tr("none") : tr("%1 of %2 open").arg(open.size()).arg(gates.size());
        if (!open.isEmpty())
            gating += QStringLiteral(": ") + ReportFormat::firstOf(open, 3);
        ReportRow row;
        row.cells = {milestone.name,
                     ReportFormat::date(milestone.targetDate),
                     milestone.doneDate.isValid()
                         ? tr("done %1").arg(ReportFormat::date(milestone.doneDate))
                     : forecastable ? ReportFormat::date(f->p80)
                                    : tr("no open work"),
                     forecastable ? ReportFormat::signedDays(f->slipDays) : QStringLiteral("—"),
                     forecastable && f->onTimeProbability ? percent(*f->onTimeProbability * 100)
                                                          : QStringLiteral("—"),
                     gating};
        table.rows.append(row);
    }
    ReportBlock chart;
    chart.kind = ReportBlock::Kind::Chart;
    chart.section = ReportSection::Milestones;
    chart.chart = ReportChart::Timeline;
    report.document().blocks.append(chart);
    if (report.document().milestones.size() > report.limit())
        report.document().milestones.resize(report.limit());
    report.table(table, report.limit());
    if (forecast && forecast->isValid())
        report.note(tr("Forecast: the day 80% of %n simulated run(s) finish by (Monte Carlo over "
                       "the remaining estimates and dependencies); slip in working days.",
                       nullptr, forecast->runs));
}

void ReportSections::criticalPath(ReportBuilder &report)
{
    const Schedule &schedule = report.facts().schedule;
    report.heading(tr("Critical path"));
    if (!schedule.isValid()) {
        report.paragraph(tr("No schedule: the dependencies have a cycle (%1).")
                             .arg(report.project().describeCycle(schedule.cycle)));
        return;
    }
    if (schedule.criticalChains.isEmpty()) {
        report.paragraph(tr("No open work: nothing is on a critical path."));
        return;
    }
    const QList<qint64> &chain = schedule.criticalChains.constFirst();
    report.paragraph(
        tr("The longest chain of unfinished work: %n task(s), finishing on %1 "
           "(%2 working days from %3) if every estimate holds.",
           nullptr, int(chain.size()))
            .arg(ReportFormat::date(WorkCalendar::finishDate(schedule.start, schedule.finish)),
                 QLocale().toString(schedule.finish, 'f', 1), ReportFormat::date(schedule.start)));
    ReportTable table;
    table.columns = {ReportColumn::fit(tr("Task")),
                     ReportColumn::text(tr("Title"), 3),
                     ReportColumn::text(tr("Component"), 1.2),
                     ReportColumn::number(tr("Remaining")),
                     ReportColumn::fit(tr("Start")),
                     ReportColumn::fit(tr("Finish"))};
    for (qint64 id : chain) {
        const Task *task = report.project().task(id);
        const TaskTiming *timing = schedule.task(id);
        if (!task || !timing)
            continue;
        const QDate finish = WorkCalendar::finishDate(schedule.start, timing->earliestFinish);
        table.rows.append(ReportBuilder::taskRow(
            *task,
            {task->title, report.componentName(task->componentId),
             ReportFormat::days(timing->remaining),
             ReportFormat::date(ScheduleJson::startDate(schedule.start, timing->earliestStart)),
             ReportFormat::date(finish)}));
    }
    report.table(table, report.limit());
}

} // namespace Candor
