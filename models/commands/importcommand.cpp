// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "metrics/honestygap.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QFileInfo>
#include <QHash>

namespace Candor {

ImportCommand::ImportCommand(Project *project, ImportPlan plan, QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    setText(tr("Import %1 (%2 new, %3 updated)")
                .arg(QFileInfo(plan.source).fileName().isEmpty()
                         ? plan.source
                         : QFileInfo(plan.source).fileName())
                .arg(plan.created.size())
                .arg(plan.updated.size()));
    build(plan);
}

QString ImportCommand::failureMessage(const QString &error) const
{
    return tr("The import was not saved; the project is as it was before. %1").arg(error);
}

void ImportCommand::build(const ImportPlan &plan)
{
    Project &project = *this->project();
    ChangeSet &changes = this->changes();
    // New components and milestones get their ids here, so that the tasks of the same change set
    // can name them (the file keeps ids that are given).
    QHash<QString, qint64> componentIds;
    for (const Component &component : project.components()->components())
        componentIds.insert(component.name.toCaseFolded(), component.id);
    qint64 nextComponent = 0;
    for (const Component &component : project.components()->components())
        nextComponent = std::max(nextComponent, component.id);
    for (Component component : plan.newComponents) {
        component.id = ++nextComponent;
        componentIds.insert(component.name.trimmed().toCaseFolded(), component.id);
        changes.add(Change::AddComponent{component});
    }
    QHash<QString, qint64> milestoneIds;
    qint64 nextMilestone = 0;
    for (const Milestone &milestone : project.milestones()->milestones()) {
        milestoneIds.insert(milestone.name.trimmed().toCaseFolded(), milestone.id);
        nextMilestone = std::max(nextMilestone, milestone.id);
    }
    for (Milestone milestone : plan.newMilestones) {
        milestone.id = ++nextMilestone;
        milestoneIds.insert(milestone.name.trimmed().toCaseFolded(), milestone.id);
        changes.add(Change::AddMilestone{milestone, {}});
    }
    const auto componentId = [&](const QString &name) {
        return componentIds.value(name.trimmed().toCaseFolded(), 0);
    };
    const auto milestoneId = [&](const QString &name) {
        return milestoneIds.value(name.trimmed().toCaseFolded(), 0);
    };
    if (plan.statedOverall)
        changes.add(
            Change::SetSetting{HonestyGap::statedSettingKey, QJsonValue(*plan.statedOverall)});
    for (const auto &[id, percent] : plan.statedCompletions) {
        if (const Component *component = project.components()->component(id)) {
            Component changed = *component;
            changed.statedCompletion = percent;
            changes.add(Change::UpdateComponent{changed});
        }
    }

    // New tasks in one insert; their dependencies once every task has an id.
    QList<TaskRecord> records;
    records.reserve(plan.created.size());
    double rank = 0;
    for (const Task &task : project.tasks()->tasks())
        rank = std::max(rank, task.rank);
    for (const ImportedTask &imported : std::as_const(plan.created)) {
        TaskRecord record;
        Task &task = record.task;
        task.key = imported.key;
        task.title = imported.title.trimmed();
        task.description = imported.description;
        task.componentId = componentId(imported.component);
        task.assignee = imported.assignee;
        task.phase = imported.phase;
        task.status = imported.status.value_or(Status::Todo);
        task.priority = imported.priority.value_or(Priority::P2);
        task.verification = imported.verification.value_or(Verification::Unverified);
        task.evidence = imported.evidence;
        if (imported.estimate && *imported.estimate > 0 && *imported.estimate <= 1000)
            task.estimate = imported.estimate;
        task.progress =
            std::clamp(imported.progress.value_or(task.status == Status::Done ? 100 : 0), 0, 100);
        task.rank = rank += 1024;
        for (const QString &name : imported.milestones) {
            if (const qint64 id = milestoneId(name); id != 0 && !record.milestones.contains(id))
                record.milestones.append(id);
        }
        int position = 0;
        for (ChecklistItem item : imported.checklist) {
            item.id = 0;
            item.position = position++;
            if (!item.text.trimmed().isEmpty())
                record.checklist.append(item);
        }
        records.append(record);
    }
    if (!records.isEmpty())
        changes.insertTasks(std::move(records));

    // Field updates, one command per field over every task it touches.
    QHash<int, std::pair<QList<qint64>, QVariantList>> byField;
    for (const PlannedUpdate &update : std::as_const(plan.updated)) {
        for (const auto &[field, value] : update.changes) {
            QVariant resolved = value;
            if (field == TaskField::Component)
                resolved = componentId(value.toString());
            auto &[ids, values] = byField[int(field)];
            ids.append(update.taskId);
            values.append(resolved);
        }
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        changes.setField(static_cast<TaskField>(it.key()), it.value().first, it.value().second);

    // Milestone gates on existing tasks: the task's milestones plus the new ones.
    QHash<qint64, QList<qint64>> gates;
    for (const auto &[name, key] : std::as_const(plan.gates)) {
        const qint64 task = project.tasks()->idForKey(key);
        const qint64 milestone = milestoneId(name);
        if (task == 0 || milestone == 0)
            continue;
        if (!gates.contains(task))
            gates.insert(task, project.milestonesOf(task));
        if (!gates[task].contains(milestone))
            gates[task].append(milestone);
    }
    if (!gates.isEmpty()) {
        QList<qint64> ids;
        QVariantList values;
        for (auto it = gates.cbegin(); it != gates.cend(); ++it) {
            ids.append(it.key());
            values.append(QVariant::fromValue(it.value()));
        }
        changes.setField(TaskField::Milestones, ids, values);
    }

    // Edges by key: the new tasks get their ids only when the change set is written.
    if (!plan.dependencies.isEmpty()) {
        Change::LinkKeys link;
        for (const auto &[key, dependsOn] : plan.dependencies)
            link.keys.append({key, dependsOn});
        changes.add(std::move(link));
    }
}

} // namespace Candor
