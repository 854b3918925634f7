// SPDX-License-Identifier: MIT
#include "reporttasksections.h"

#include "metrics/livemetrics.h"
#include "project/project.h"
#include "project/projectreader.h"
#include "reportbuilder.h"
#include "reportfacts.h"
#include "reportformat.h"
#include "tasks/componentmodel.h"
#include "tasks/naturalorder.h"
#include "tasks/taskmodel.h"

#include <QDateTime>

#include <algorithm>

namespace Candor {

namespace {

// Verification is a claim's evidence: for a task not yet finished, "Unverified" says nothing a
// reader needs, so only a verdict already given (verified, failed) is shown.
QString verificationCell(const Task &task)
{
    if (!TaskEnums::isFinished(task.status) && task.verification == Verification::Unverified)
        return QStringLiteral("—");
    return TaskEnums::label(task.verification);
}

// A status or verification token as its label; a token this build does not know as it is.
QString labelOf(const QString &field, const QString &token)
{
    if (token.isEmpty())
        return QStringLiteral("—");
    if (field == QLatin1String("status")) {
        if (const auto status = TaskEnums::statusFromToken(token))
            return TaskEnums::label(*status);
    } else if (const auto verification = TaskEnums::verificationFromToken(token)) {
        return TaskEnums::label(*verification);
    }
    return token;
}

QList<const Task *> tasksOf(const Project &project, const QMap<QString, qint64> &keys)
{
    QList<const Task *> result;
    for (qint64 id : keys)
        if (const Task *task = project.task(id))
            result.append(task);
    return result;
}

} // namespace

void ReportTaskSections::changes(ReportBuilder &report)
{
    const ReportOptions &options = report.options();
    const QDate since = options.since.isValid()
                            ? options.since
                            : report.document().date.addDays(-ReportOptions::defaultChangeDays);
    report.heading(tr("Changes since %1").arg(ReportFormat::date(since)));
    const QList<TaskEvent> &events = report.facts().events;
    if (!report.facts().historyRead) {
        report.paragraph(tr("The history could not be read."));
        return;
    }
    int statusChanges = 0;
    int created = 0;
    int verifications = 0;
    ReportTable table;
    table.columns = {ReportColumn::fit(tr("Day")), ReportColumn::fit(tr("Task")),
                     ReportColumn::text(tr("Change"), 1)};
    // Newest first, as a reader of a weekly report wants them.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const TaskEvent &event = *it;
        QString change;
        if (event.field == QLatin1String("created")) {
            ++created;
            change = tr("new: %1").arg(event.newValue);
        } else if (event.field == QLatin1String("deleted")) {
            change = tr("deleted: %1").arg(event.oldValue);
        } else {
            (event.field == QLatin1String("status") ? statusChanges : verifications) += 1;
            change = (event.field == QLatin1String("status") ? tr("status: %1 → %2")
                                                             : tr("verification: %1 → %2"))
                         .arg(labelOf(event.field, event.oldValue),
                              labelOf(event.field, event.newValue));
        }
        ReportRow row;
        row.cells = {ReportFormat::date(QDateTime::fromMSecsSinceEpoch(event.time).date()),
                     event.taskKey, change};
        if (const Task *task = report.project().task(event.taskId))
            row.status = task->status;
        table.rows.append(row);
    }
    report.paragraph(tr("%1, %2, %3.", "status changes, new tasks, verification changes")
                         .arg(tr("%Ln status change(s)", nullptr, statusChanges),
                              tr("%Ln new task(s)", nullptr, created),
                              tr("%Ln verification change(s)", nullptr, verifications)));
    if (events.isEmpty()) {
        report.paragraph(tr("Nothing changed in this time."));
        return;
    }
    report.table(table, std::min(report.limit(0.5), mostChanges));
}

void ReportTaskSections::claims(ReportBuilder &report)
{
    const LiveMetrics &metrics = report.metrics();
    report.heading(tr("Claimed vs verified"));
    const QList<const Task *> claimedOnly = tasksOf(report.project(), metrics.claimedOnly());
    const QList<const Task *> failed = tasksOf(report.project(), metrics.failed());
    if (claimedOnly.isEmpty() && failed.isEmpty())
        report.paragraph(tr("Every task marked done is verified, and no verification failed."));
    const QList<ReportColumn> columns = {
        ReportColumn::fit(tr("Task")), ReportColumn::text(tr("Title"), 3),
        ReportColumn::text(tr("Component"), 1.2), ReportColumn::text(tr("Evidence"), 2.4)};
    if (!claimedOnly.isEmpty()) {
        report.paragraph(tr("%Ln task(s) done, not verified:", nullptr, int(claimedOnly.size())));
        ReportTable table{columns, {}};
        for (const Task *task : claimedOnly)
            table.rows.append(ReportBuilder::taskRow(
                *task, {task->title, report.componentName(task->componentId),
                        task->evidence.isEmpty() ? tr("none") : task->evidence}));
        report.table(table, report.limit(0.5));
    }
    if (!failed.isEmpty()) {
        report.paragraph(tr("%Ln task(s) whose verification failed:", nullptr, int(failed.size())));
        ReportTable table{columns, {}};
        for (const Task *task : failed)
            table.rows.append(ReportBuilder::taskRow(
                *task, {task->title, report.componentName(task->componentId),
                        task->evidence.isEmpty() ? tr("none") : task->evidence}));
        report.table(table, report.limit(0.5));
    }
    const QList<OverstatedComponent> overstated = metrics.overstated();
    const int most = report.limit(0.5);
    for (qsizetype i = 0; i < overstated.size() && i < most; ++i) {
        const OverstatedComponent &component = overstated.at(i);
        report.paragraph(tr("%1 is stated %2 complete; its tasks claim %3 and show %4 verified.")
                             .arg(component.name, ReportFormat::percent(component.statedPercent),
                                  ReportFormat::percent(component.claimedPercent),
                                  ReportFormat::percent(component.verifiedPercent)));
    }
    if (overstated.size() > most)
        report.note(ReportFormat::andMore(overstated.size() - most));
}

void ReportTaskSections::taskTable(ReportBuilder &report)
{
    const Project &project = report.project();
    report.heading(tr("All tasks"));
    QHash<qint64, QList<const Task *>> byComponent;
    for (const Task &task : project.tasks()->tasks())
        byComponent[task.componentId].append(&task);
    const QHash<qint64, QList<ChecklistItem>> checklists =
        ProjectReader(project.database()).checklists();
    QList<qint64> order;
    for (const Component &component : project.components()->components())
        order.append(component.id);
    order.append(0);
    const QList<ReportColumn> columns = {
        ReportColumn::fit(tr("Task")),        ReportColumn::text(tr("Title"), 1),
        ReportColumn::fit(tr("Status")),      ReportColumn::fit(tr("Priority")),
        ReportColumn::number(tr("Estimate")), ReportColumn::fit(tr("Verification"))};
    for (qint64 componentId : order) {
        QList<const Task *> tasks = byComponent.value(componentId);
        if (tasks.isEmpty())
            continue;
        std::sort(tasks.begin(), tasks.end(), [](const Task *a, const Task *b) {
            return NaturalOrder::compare(a->key, b->key) < 0;
        });
        report.heading(tr("%1 (%Ln task(s))", nullptr, int(tasks.size()))
                           .arg(report.componentName(componentId)));
        ReportTable table{columns, {}};
        table.rows.reserve(tasks.size());
        for (const Task *task : std::as_const(tasks)) {
            ReportRow row = ReportBuilder::taskRow(
                *task,
                {task->title, TaskEnums::label(task->status), TaskEnums::label(task->priority),
                 ReportFormat::days(task->estimate), verificationCell(*task)});
            const QList<ChecklistItem> items = checklists.value(task->id);
            for (qsizetype i = 0; i < items.size() && i < mostChecklistItems; ++i)
                row.notes.append(
                    (items.at(i).checked ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) +
                    items.at(i).text);
            if (items.size() > mostChecklistItems)
                row.notes.append(
                    tr("… and %n more item(s)", nullptr, int(items.size() - mostChecklistItems)));
            table.rows.append(std::move(row));
        }
        report.table(std::move(table));
    }
}

} // namespace Candor
