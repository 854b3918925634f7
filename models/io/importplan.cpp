// SPDX-License-Identifier: MIT
#include "importplan.h"

#include "graph/cyclebreaker.h"
#include "metrics/honestygap.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QRegularExpression>
#include <QSet>

namespace Candor {

namespace {

const char *const palette[] = {"#c62828", "#6a1b9a", "#1565c0", "#ef6c00", "#2e7d32",
                               "#00838f", "#ad1457", "#5d4037", "#4527a0", "#558b2f"};

QString folded(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// The key prefix the file itself uses most for each component, e.g. "SEC" from SEC-001, SEC-002;
// one pass over the tasks for all components.
QHash<QString, QString> prefixesUsedIn(const QList<ImportedTask> &tasks)
{
    static const QRegularExpression keyPattern(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9]*)-\d+$)"));
    QHash<QString, QHash<QString, int>> counts; // folded component -> prefix -> uses
    for (const ImportedTask &task : tasks) {
        const QRegularExpressionMatch match = keyPattern.match(task.key);
        if (match.hasMatch())
            ++counts[folded(task.component)][match.captured(1).toUpper()];
    }
    QHash<QString, QString> best;
    for (auto component = counts.cbegin(); component != counts.cend(); ++component) {
        int bestCount = 0;
        for (auto it = component->cbegin(); it != component->cend(); ++it) {
            if (it.value() > bestCount) {
                best[component.key()] = it.key();
                bestCount = it.value();
            }
        }
    }
    return best;
}

} // namespace

bool ImportPlan::changesNothing() const
{
    return newComponents.isEmpty() && newMilestones.isEmpty() && created.isEmpty() &&
           updated.isEmpty() && dependencies.isEmpty() && gates.isEmpty() &&
           statedCompletions.isEmpty() && !statedOverall;
}

QString ImportPlan::summary() const
{
    return ImportPlanner::tr("%1 created, %2 updated, %3 unchanged, %4 kept (not in the file), "
                             "%5 warnings")
        .arg(created.size())
        .arg(updated.size())
        .arg(unchanged.size())
        .arg(missing.size())
        .arg(warnings.size());
}

QString ImportPlanner::constructName(ImportConstruct construct)
{
    switch (construct) {
    case ImportConstruct::Other:
        return tr("row");
    case ImportConstruct::TableRow:
        return tr("table row");
    case ImportConstruct::Checkbox:
        return tr("checkbox");
    case ImportConstruct::StatusItem:
        return tr("status marker");
    case ImportConstruct::ListItem:
        return tr("list item");
    case ImportConstruct::KeyValue:
        return tr("key-value block");
    case ImportConstruct::Heading:
        return tr("heading");
    case ImportConstruct::MermaidGantt:
        return tr("mermaid gantt");
    case ImportConstruct::Graph:
        return tr("graph node");
    }
    return {};
}

QString ImportPlanner::prefixFor(const QString &componentName)
{
    QStringList words;
    for (const QString &word :
         componentName.split(QRegularExpression(QStringLiteral(R"(\W+)")), Qt::SkipEmptyParts)) {
        QString letters;
        for (QChar c : word) {
            if (c.isLetter() && c.unicode() < 128)
                letters += c.toUpper();
        }
        if (!letters.isEmpty())
            words << letters;
    }
    if (words.isEmpty())
        return QStringLiteral("TASK");
    if (words.size() == 1)
        return words.first().left(words.first().size() <= 4 ? 4 : 3);
    QString initials;
    for (const QString &word : std::as_const(words))
        initials += word.front();
    return initials.left(4);
}

ImportPlan ImportPlanner::plan(const Project &project, const ImportBatch &batch)
{
    ImportPlan plan;
    plan.source = batch.source;
    plan.warnings = batch.warnings;
    plan.skipped = batch.skipped;
    plan.skippedCount = batch.skippedCount;
    plan.notes = batch.notes;
    const TaskModel &tasks = *project.tasks();
    const ComponentModel &components = *project.components();

    // Components: existing ones by name, the rest created with the prefix the file uses.
    const QHash<QString, QString> filePrefixes = prefixesUsedIn(batch.tasks);
    QHash<QString, QString> prefixByComponent; // folded name -> prefix
    QSet<QString> knownComponents;
    for (const Component &component : components.components()) {
        knownComponents.insert(folded(component.name));
        prefixByComponent.insert(folded(component.name), component.prefix);
    }
    const auto ensureComponent = [&](const QString &name) {
        if (name.trimmed().isEmpty() || knownComponents.contains(folded(name)))
            return;
        Component component;
        component.name = name.trimmed();
        component.prefix = filePrefixes.value(folded(name));
        if (component.prefix.isEmpty())
            component.prefix = prefixFor(name);
        component.colour = QString::fromLatin1(
            palette[(components.rowCount() + plan.newComponents.size()) % std::size(palette)]);
        component.sortOrder = int(components.rowCount() + plan.newComponents.size());
        plan.newComponents.append(component);
        knownComponents.insert(folded(name));
        prefixByComponent.insert(folded(name), component.prefix);
    };
    for (const ImportedComponent &component : batch.components)
        ensureComponent(component.name);
    for (const ImportedTask &task : batch.tasks)
        ensureComponent(task.component);

    // Stated completion: the last figure the files give for a component is set on a new one and
    // updated on an existing one; a file that states nothing leaves the figure as it is.
    QHash<QString, int> stated; // folded name -> percent
    for (const ImportedComponent &component : batch.components) {
        if (component.statedCompletion && !component.name.trimmed().isEmpty())
            stated.insert(folded(component.name), std::clamp(*component.statedCompletion, 0, 100));
    }
    if (batch.statedOverall) {
        const int overall = std::clamp(*batch.statedOverall, 0, 100);
        if (HonestyGap::statedPercent(project) != overall) {
            plan.statedOverall = overall;
            plan.notes.append(tr("Stated completion of the project: %1%").arg(overall));
        }
    }
    for (Component &component : plan.newComponents) {
        if (const auto it = stated.constFind(folded(component.name)); it != stated.cend())
            component.statedCompletion = it.value();
    }
    for (const Component &component : components.components()) {
        const auto it = stated.constFind(folded(component.name));
        if (it == stated.cend() || component.statedCompletion == it.value())
            continue;
        plan.statedCompletions.append({component.id, it.value()});
        plan.notes.append(
            component.statedCompletion
                ? tr("Stated completion of %1: %2% (was %3%)")
                      .arg(component.name)
                      .arg(it.value())
                      .arg(*component.statedCompletion)
                : tr("Stated completion of %1: %2%").arg(component.name).arg(it.value()));
    }

    // Milestones by name.
    QSet<QString> knownMilestones;
    for (const Milestone &milestone : project.milestones()->milestones())
        knownMilestones.insert(folded(milestone.name));
    const auto ensureMilestone = [&](const QString &name, const QDate &target,
                                     const QString &description) {
        if (name.trimmed().isEmpty() || knownMilestones.contains(folded(name)))
            return;
        Milestone milestone;
        milestone.name = name.trimmed();
        milestone.targetDate = target;
        milestone.description = description;
        milestone.sortOrder = int(project.milestones()->rowCount() + plan.newMilestones.size());
        plan.newMilestones.append(milestone);
        knownMilestones.insert(folded(name));
    };
    QHash<QString, QStringList> milestonesByKey; // folded key -> milestone names
    for (const ImportedMilestone &milestone : batch.milestones) {
        ensureMilestone(milestone.name, milestone.targetDate, milestone.description);
        for (const QString &key : milestone.gatingKeys)
            milestonesByKey[folded(key)].append(milestone.name);
    }
    for (const ImportedTask &task : batch.tasks) {
        for (const QString &name : task.milestones)
            ensureMilestone(name, {}, {});
    }

    // Tasks: merge duplicates of the batch by key, then match against the project.
    // Several tasks may share a title (a weekly "Review" item): the file's repeats match the
    // project's in order, one to one, so that importing the same file again changes nothing.
    QHash<QString, QList<qint64>> existingByTitle;
    for (const Task &task : tasks.tasks())
        existingByTitle[folded(task.title)].append(task.id);
    QSet<QString> usedKeys;
    for (const Task &task : tasks.tasks())
        usedKeys.insert(folded(task.key));
    QHash<QString, int> nextNumber; // prefix -> next free number
    const auto newKey = [&](const QString &component) {
        const QString prefix = prefixByComponent.value(folded(component), QStringLiteral("TASK"));
        int &number = nextNumber[prefix];
        for (;;) {
            QString key =
                QStringLiteral("%1-%2").arg(prefix).arg(++number, 3, 10, QLatin1Char('0'));
            if (!usedKeys.contains(folded(key)))
                return key;
        }
    };

    QSet<qint64> seenExisting;
    QSet<QString> batchKeys;
    QHash<QString, QString> keyByExternalId;
    QList<ImportedTask> resolved;
    for (ImportedTask task : batch.tasks) {
        if (task.title.trimmed().isEmpty()) {
            plan.warnings.append(
                {batch.source, task.line, tr("A task without a title was skipped.")});
            continue;
        }
        const Task *existing = nullptr;
        QString replacedKey;
        if (!task.key.isEmpty()) {
            if (!project.validate(TaskField::Key, task.key, -1).isEmpty() &&
                tasks.idForKey(task.key) == 0) {
                plan.warnings.append(
                    {batch.source, task.line,
                     tr("“%1” is not a usable key; a new one was given.").arg(task.key)});
                // Other items still name it ("Depends on #603", or a reader's key for a
                // Taskwarrior UUID), and a second import matches the task by its title.
                if (task.externalId.isEmpty())
                    task.externalId = task.key;
                else
                    replacedKey = task.key;
                task.key.clear();
            } else {
                existing = tasks.task(tasks.idForKey(task.key));
            }
        }
        if (!task.key.isEmpty()) {
        } else if (QList<qint64> &same = existingByTitle[folded(task.title)]; !same.isEmpty()) {
            existing = tasks.task(same.takeFirst());
            task.key = existing->key;
        }
        if (!task.key.isEmpty() && batchKeys.contains(folded(task.key))) {
            plan.notes.append(
                tr("%1 appears more than once; the first one was used.").arg(task.key));
            continue;
        }
        if (task.key.isEmpty())
            task.key = newKey(task.component);
        batchKeys.insert(folded(task.key));
        usedKeys.insert(folded(task.key));
        if (!task.externalId.isEmpty())
            keyByExternalId.insert(task.externalId, task.key);
        if (!replacedKey.isEmpty())
            keyByExternalId.insert(replacedKey, task.key);
        const QString component = task.component.trimmed();

        if (!existing) {
            plan.created.append(task);
            ++plan.createdPerComponent[component];
            resolved.append(task);
            continue;
        }
        seenExisting.insert(existing->id);
        PlannedUpdate update;
        update.taskId = existing->id;
        update.key = existing->key;
        update.component = component.isEmpty() ? components.name(existing->componentId) : component;
        const auto change = [&](TaskField field, const QVariant &value) {
            if (tasks.fieldValue(*existing, field) != value)
                update.changes.append({field, value});
        };
        if (!task.titleFromKey && task.title.trimmed() != existing->title)
            update.changes.append({TaskField::Title, task.title.trimmed()});
        if (!task.description.isEmpty())
            change(TaskField::Description, task.description);
        if (task.status)
            change(TaskField::Status, int(*task.status));
        if (task.priority)
            change(TaskField::Priority, int(*task.priority));
        if (task.verification)
            change(TaskField::Verification, int(*task.verification));
        if (!task.evidence.isEmpty())
            change(TaskField::Evidence, task.evidence);
        if (task.estimate && *task.estimate > 0)
            change(TaskField::Estimate, *task.estimate);
        if (task.progress)
            change(TaskField::Progress, *task.progress);
        if (!task.assignee.isEmpty())
            change(TaskField::Assignee, task.assignee);
        if (!task.phase.isEmpty())
            change(TaskField::Phase, task.phase);
        if (!component.isEmpty() &&
            folded(component) != folded(components.name(existing->componentId)))
            update.changes.append({TaskField::Component, component}); // resolved to an id on apply
        if (update.changes.isEmpty())
            plan.unchanged.append(existing->key);
        else {
            plan.updated.append(update);
            ++plan.updatedPerComponent[update.component];
        }
        resolved.append(task);
    }

    // Dependencies between keys the project or the files know; milestone gates.
    const DependencyGraph &graph = project.dependencies();
    QHash<QString, qint64> pseudoIds; // new tasks get negative ids for the cycle check
    const auto idOf = [&](const QString &key) -> qint64 {
        if (const qint64 id = tasks.idForKey(key); id != 0)
            return id;
        return pseudoIds.value(folded(key), 0);
    };
    qint64 pseudo = 0;
    QHash<QString, qsizetype> createdIndex; // folded key -> position in plan.created
    for (qsizetype i = 0; i < plan.created.size(); ++i) {
        pseudoIds.insert(folded(plan.created.at(i).key), --pseudo);
        createdIndex.insert(folded(plan.created.at(i).key), i);
    }
    struct Candidate
    {
        qint64 from;
        qint64 to;
        QString key;
        QString dependsOn;
        int line;
    };
    QList<Candidate> candidates;
    QSet<QPair<qint64, qint64>> candidateSet;
    for (const ImportedTask &task : std::as_const(resolved)) {
        for (QString dependency : task.dependsOn) {
            dependency = keyByExternalId.value(dependency, dependency);
            const qint64 from = idOf(task.key);
            const qint64 to = idOf(dependency);
            if (to == 0) {
                plan.warnings.append({batch.source, task.line,
                                      tr("%1 depends on %2, which is neither in the file nor in "
                                         "the project.")
                                          .arg(task.key, dependency)});
                continue;
            }
            if (from == to) {
                plan.warnings.append(
                    {batch.source, task.line,
                     tr("%1 depends on itself; that dependency was left out.").arg(task.key)});
                continue;
            }
            if (graph.contains(from, to) || candidateSet.contains({from, to}))
                continue;
            candidateSet.insert({from, to});
            const QString target = tasks.keyOf(to).isEmpty() ? dependency : tasks.keyOf(to);
            candidates.append({from, to, task.key, target, task.line});
        }
        QStringList wanted = task.milestones;
        wanted += milestonesByKey.value(folded(task.key));
        if (const qint64 id = tasks.idForKey(task.key); id != 0) {
            QStringList have;
            for (qint64 milestone : project.milestonesOf(id))
                have << folded(project.milestones()->name(milestone));
            for (const QString &name : std::as_const(wanted)) {
                if (!have.contains(folded(name))) {
                    plan.gates.append({name, task.key});
                    have << folded(name);
                }
            }
        } else if (const qsizetype at = createdIndex.value(folded(task.key), -1); at >= 0) {
            ImportedTask &created = plan.created[at];
            for (const QString &name : std::as_const(wanted)) {
                if (!created.milestones.contains(name, Qt::CaseInsensitive))
                    created.milestones.append(name);
            }
        }
    }
    // The cycles are found once over the project's edges and the added ones together; each edge
    // that would close one is left out, named, and the rest are added (issue 15).
    QList<CycleBreaker::Edge> edges;
    edges.reserve(candidates.size());
    for (const Candidate &candidate : std::as_const(candidates))
        edges.append({candidate.from, candidate.to});
    const QList<qsizetype> leftOut = CycleBreaker::leftOut(graph, edges);
    for (qsizetype i = 0, next = 0; i < candidates.size(); ++i) {
        const Candidate &candidate = candidates.at(i);
        if (next < leftOut.size() && leftOut.at(next) == i) {
            ++next;
            plan.warnings.append({batch.source, candidate.line,
                                  tr("%1 → %2 would close a dependency cycle; left out.")
                                      .arg(candidate.key, candidate.dependsOn)});
            continue;
        }
        plan.dependencies.append({candidate.key, candidate.dependsOn});
    }

    for (const Task &task : tasks.tasks()) {
        if (!seenExisting.contains(task.id))
            plan.missing.append(task.key);
    }
    return plan;
}

} // namespace Candor
