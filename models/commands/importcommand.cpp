// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "addcomponentcommand.h"
#include "addmilestonecommand.h"
#include "addtaskscommand.h"
#include "database/projectdatabase.h"
#include "database/transaction.h"
#include "dependencycommands.h"
#include "project/project.h"
#include "setstatedcompletioncommand.h"
#include "settaskfieldcommand.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QFileInfo>
#include <QSet>

namespace Candor {

namespace {

qint64 milestoneId(const Project &project, const QString &name)
{
    for (const Milestone &milestone : project.milestones()->milestones()) {
        if (milestone.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return milestone.id;
    }
    return 0;
}

} // namespace

ImportCommand::ImportCommand(Project *project, ImportPlan plan, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_plan(std::move(plan))
{
    setText(tr("Import %1 (%2 new, %3 updated)")
                .arg(QFileInfo(m_plan.source).fileName().isEmpty()
                         ? m_plan.source
                         : QFileInfo(m_plan.source).fileName())
                .arg(m_plan.created.size())
                .arg(m_plan.updated.size()));
}

ImportCommand::~ImportCommand() = default;

bool ImportCommand::step(QUndoCommand *command)
{
    m_steps.emplace_back(command);
    command->redo();
    return !command->isObsolete();
}

bool ImportCommand::buildAndRun()
{
    Project &project = *m_project;
    for (const Component &component : std::as_const(m_plan.newComponents)) {
        if (!step(new AddComponentCommand(&project, component)))
            return false;
    }
    for (const Milestone &milestone : std::as_const(m_plan.newMilestones)) {
        if (!step(new AddMilestoneCommand(&project, milestone)))
            return false;
    }
    for (const auto &[componentId, percent] : std::as_const(m_plan.statedCompletions)) {
        if (!step(new SetStatedCompletionCommand(&project, componentId, percent)))
            return false;
    }

    // New tasks in one insert; their dependencies once every task has an id.
    QList<TaskRecord> records;
    records.reserve(m_plan.created.size());
    double rank = 0;
    for (const Task &task : project.tasks()->tasks())
        rank = std::max(rank, task.rank);
    for (const ImportedTask &imported : std::as_const(m_plan.created)) {
        TaskRecord record;
        Task &task = record.task;
        task.key = imported.key;
        task.title = imported.title.trimmed();
        task.description = imported.description;
        task.componentId = project.components()->idForName(imported.component);
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
            if (const qint64 id = milestoneId(project, name);
                id != 0 && !record.milestones.contains(id))
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
    if (!records.isEmpty() && !step(new AddTasksCommand(&project, records)))
        return false;

    // Field updates, one command per field over every task it touches.
    QHash<int, std::pair<QList<qint64>, QVariantList>> byField;
    for (const PlannedUpdate &update : std::as_const(m_plan.updated)) {
        for (const auto &[field, value] : update.changes) {
            QVariant resolved = value;
            if (field == TaskField::Component)
                resolved = project.components()->idForName(value.toString());
            auto &[ids, values] = byField[int(field)];
            ids.append(update.taskId);
            values.append(resolved);
        }
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        if (!step(new SetTaskFieldCommand(&project, static_cast<TaskField>(it.key()),
                                          it.value().first, it.value().second)))
            return false;
    }

    // Milestone gates on existing tasks: the task's milestones plus the new ones.
    QHash<qint64, QList<qint64>> gates;
    for (const auto &[name, key] : std::as_const(m_plan.gates)) {
        const qint64 task = project.tasks()->idForKey(key);
        const qint64 milestone = milestoneId(project, name);
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
        if (!step(new SetTaskFieldCommand(&project, TaskField::Milestones, ids, values)))
            return false;
    }

    QList<QPair<qint64, qint64>> edges;
    for (const auto &[key, dependsOn] : std::as_const(m_plan.dependencies)) {
        const qint64 from = project.tasks()->idForKey(key);
        const qint64 to = project.tasks()->idForKey(dependsOn);
        if (from != 0 && to != 0 && from != to && !project.dependencies().contains(from, to))
            edges.append({from, to});
    }
    if (!edges.isEmpty() &&
        !step(new DependencyCommand(&project, DependencyCommand::Kind::Add, edges)))
        return false;
    return true;
}

bool ImportCommand::run(bool forward)
{
    bool committed = false;
    {
        Transaction transaction(m_project->database().connection());
        bool ok = transaction.isActive();
        if (ok && !m_built) {
            m_built = true;
            ok = buildAndRun();
        } else if (ok && forward) {
            for (auto &command : m_steps) {
                command->redo();
                if (command->isObsolete()) {
                    ok = false;
                    break;
                }
            }
        } else if (ok) {
            for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
                (*it)->undo();
                if ((*it)->isObsolete()) {
                    ok = false;
                    break;
                }
            }
        }
        committed = ok && transaction.commit();
    } // a transaction not committed rolls the file back here
    if (committed)
        return true;
    // Bring the models back in line with the file, which is as it was before.
    QString error;
    m_project->reload(&error);
    m_project->reportWriteFailure(
        error.isEmpty() ? tr("The import was not saved; the project is as it was before.") : error);
    setObsolete(true);
    return false;
}

void ImportCommand::redo()
{
    run(true);
}

void ImportCommand::undo()
{
    run(false);
}

} // namespace Candor
