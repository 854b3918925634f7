// SPDX-License-Identifier: MIT
#include "markdownexporter.h"

#include "metrics/projectmetrics.h"
#include "project/project.h"
#include "project/projectreader.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Candor {

namespace {

const QString separator = QStringLiteral(" · ");

QString percent(double value)
{
    return QString::number(std::lround(value)) + u'%';
}

QString statusEmoji(Status status)
{
    switch (status) {
    case Status::Todo:
        return QStringLiteral("🔴");
    case Status::InProgress:
        return QStringLiteral("🔄");
    case Status::Blocked:
        return QStringLiteral("⏸️");
    case Status::Review:
        return QStringLiteral("👀");
    case Status::Done:
        return QStringLiteral("✅");
    case Status::Cancelled:
        return QStringLiteral("✖️");
    }
    return {};
}

QString statusCell(Status status)
{
    return statusEmoji(status) + u' ' + TaskEnums::label(status);
}

// Evidence when there is some; "claimed only" where done is said but not shown.
QString verificationCell(const Task &task)
{
    QString text;
    switch (task.verification) {
    case Verification::Verified:
        text = QStringLiteral("✔ ") + MarkdownExporter::tr("Verified");
        break;
    case Verification::Failed:
        text = QStringLiteral("❌ ") + MarkdownExporter::tr("Failed");
        break;
    case Verification::Unverified:
        if (task.status == Status::Done)
            text = QStringLiteral("⚠️ ") + MarkdownExporter::tr("Claimed only");
        break;
    }
    if (!task.evidence.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + task.evidence;
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString days(const std::optional<double> &estimate)
{
    return estimate ? QLocale::c().toString(*estimate, 'g', QLocale::FloatingPointShortest)
                    : QStringLiteral("—");
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString headerRow(const QStringList &cells)
{
    QStringList rules;
    for (const QString &cell : cells)
        rules << QString(std::max<qsizetype>(3, cell.size()), u'-');
    return row(cells) + u'|' + rules.join(u'|') + QStringLiteral("|\n");
}

} // namespace

QString MarkdownExporter::bar(double percent)
{
    const int filled = std::clamp(int(std::lround(percent / 10)), 0, 10);
    return QString(filled, QChar(0x2588)) + QString(10 - filled, QChar(0x2591));
}

QString MarkdownExporter::cell(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c == u'|' || c == u'\\')
            result += u'\\';
        if (c == u'\n' || c == u'\r')
            c = u' ';
        result += c;
    }
    return result.simplified();
}

QString MarkdownExporter::write(const Project &project)
{
    const TaskModel &tasks = *project.tasks();
    const ComponentModel &components = *project.components();
    const MilestoneModel &milestones = *project.milestones();

    const ProjectReader reader(project.database());
    const QHash<qint64, QList<ChecklistItem>> checklists = reader.checklists();

    const CompletionFigures overall = ProjectMetrics::overall(project);
    QString text = QStringLiteral("# ") + project.name().simplified() + QStringLiteral("\n\n");
    text += (overall.tasks == 1 ? tr("1 task") : tr("%1 tasks").arg(overall.tasks)) + separator +
            tr("claimed %1").arg(percent(overall.claimedPercent)) + separator +
            tr("verified %1").arg(percent(overall.verifiedPercent)) + QStringLiteral("\n\n");
    QStringList legend;
    for (int i = 0; i < StatusCount; ++i)
        legend << statusCell(static_cast<Status>(i));
    text += tr("Legend: %1").arg(legend.join(separator)) + QStringLiteral("  \n");
    text += tr("Verification: %1")
                .arg(QStringList{QStringLiteral("✔ ") + tr("verified with evidence"),
                                 QStringLiteral("⚠️ ") + tr("claimed only"),
                                 QStringLiteral("❌ ") + tr("failed")}
                         .join(separator)) +
            QStringLiteral("\n");

    QHash<qint64, QList<const Task *>> byComponent;
    for (const Task &task : tasks.tasks())
        byComponent[task.componentId].append(&task);
    const QHash<qint64, CompletionFigures> figures = ProjectMetrics::byComponent(project);

    const QStringList columns = {tr("ID"),          tr("Task"),      tr("Status"),
                                 tr("Priority"),    tr("Est. Days"), tr("Depends on"),
                                 tr("Verification")};
    // The heading carries the completion a tracker stated ("## Security (40%)", as trackers write
    // it); the bar below is what Candor computes, written without a leading "Name:" so that a
    // reader does not take it for a stated figure.
    const auto section = [&](qint64 componentId, const QString &name, std::optional<int> stated) {
        const CompletionFigures f = figures.value(componentId);
        text += QStringLiteral("\n## ") + name +
                (stated ? QStringLiteral(" (%1%)").arg(*stated) : QString()) +
                QStringLiteral("\n\n");
        text += bar(f.claimedPercent) + u' ' + tr("%1 claimed").arg(percent(f.claimedPercent)) +
                separator + tr("%1 verified").arg(percent(f.verifiedPercent)) +
                QStringLiteral("\n\n");
        const QList<const Task *> list = byComponent.value(componentId);
        if (list.isEmpty()) {
            text += tr("No tasks.") + u'\n';
            return;
        }
        text += headerRow(columns);
        for (const Task *task : list) {
            QStringList dependsOn;
            for (qint64 id : project.dependencies().dependenciesOf(task->id))
                dependsOn << tasks.keyOf(id);
            text += row({cell(task->key), cell(task->title), statusCell(task->status),
                         TaskEnums::label(task->priority), days(task->estimate),
                         dependsOn.isEmpty() ? QStringLiteral("—")
                                             : cell(dependsOn.join(QStringLiteral(", "))),
                         cell(verificationCell(*task))});
        }
        for (const Task *task : list) {
            const QList<ChecklistItem> items = checklists.value(task->id);
            if (items.isEmpty())
                continue;
            text += QStringLiteral("\n### ") + tr("%1 checklist").arg(task->key) +
                    QStringLiteral("\n\n");
            for (const ChecklistItem &item : items) {
                text += (item.checked ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) +
                        item.text.simplified() + u'\n';
            }
        }
    };
    for (const Component &component : components.components())
        section(component.id, component.name.simplified(), component.statedCompletion);
    if (byComponent.contains(0))
        section(0, tr("No component"), std::nullopt);

    if (!milestones.milestones().isEmpty()) {
        const QHash<qint64, QList<qint64>> gates = reader.milestoneGates();
        text += QStringLiteral("\n## ") + tr("Milestones") + QStringLiteral("\n\n");
        text += headerRow({tr("Milestone"), tr("Target Date"), tr("Requirements")});
        for (const Milestone &milestone : milestones.milestones()) {
            QList<qint64> gating = gates.value(milestone.id);
            std::sort(gating.begin(), gating.end(),
                      [&](qint64 a, qint64 b) { return tasks.rowOf(a) < tasks.rowOf(b); });
            QStringList keys;
            for (qint64 id : std::as_const(gating))
                keys << tasks.keyOf(id);
            text +=
                row({cell(milestone.name),
                     milestone.targetDate.isValid() ? milestone.targetDate.toString(Qt::ISODate)
                                                    : QStringLiteral("—"),
                     keys.isEmpty() ? QStringLiteral("—") : cell(keys.join(QStringLiteral(", ")))});
        }
    }
    return text;
}

} // namespace Candor
