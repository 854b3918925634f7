// SPDX-License-Identifier: MIT
#include "markdowntrackerreader.h"

#include "completionclaim.h"
#include "dependencytitles.h"
#include "inlinemarkdown.h"
#include "trackerparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Candor {

namespace {

// Folds a later mention of the same task into the first: missing fields are filled, a failed
// verification always wins (evidence of failure outweighs a claim), conflicts are noted.
void merge(ImportedTask &into, const ImportedTask &from, QStringList &conflicts)
{
    if (!from.status) {
    } else if (!into.status) {
        into.status = from.status;
        into.statusText = from.statusText;
    } else if (*into.status != *from.status) {
        conflicts.append(QStringLiteral("%1: \"%2\" (line %3) vs \"%4\" (line %5), first kept")
                             .arg(into.key.isEmpty() ? into.title : into.key, into.statusText)
                             .arg(into.line)
                             .arg(from.statusText)
                             .arg(from.line));
    }
    if (from.verification == Verification::Failed || (!into.verification && from.verification))
        into.verification = from.verification;
    if (!into.priority)
        into.priority = from.priority;
    if (!into.estimate)
        into.estimate = from.estimate;
    if (!into.progress)
        into.progress = from.progress;
    if (into.phase.isEmpty())
        into.phase = from.phase;
    if (into.assignee.isEmpty())
        into.assignee = from.assignee;
    if (into.evidence.isEmpty())
        into.evidence = from.evidence;
    if (!into.due.isValid())
        into.due = from.due;
    if (into.component.isEmpty())
        into.component = from.component;
    if (!from.description.isEmpty() && into.description.size() < 4000 &&
        !into.description.contains(from.description))
        into.description +=
            (into.description.isEmpty() ? QString() : QStringLiteral("\n")) + from.description;
    for (const QString &d : from.dependsOn) {
        if (!into.dependsOn.contains(d))
            into.dependsOn.append(d);
    }
    for (const ChecklistItem &item : from.checklist) {
        const bool known =
            std::any_of(into.checklist.cbegin(), into.checklist.cend(),
                        [&item](const ChecklistItem &i) { return i.text == item.text; });
        if (!known && into.checklist.size() < 500)
            into.checklist.append(item);
    }
    for (const QString &m : from.milestones) {
        if (!into.milestones.contains(m))
            into.milestones.append(m);
    }
}

// Merges repeated mentions in place (a second list of 100k tasks would double the reader's
// memory) and fills \a byKey with the case-folded key of every task that has one.
void deduplicate(QList<ImportedTask> &tasks, ImportBatch &batch, QHash<QString, int> &byKey)
{
    QHash<QString, int> byTitle;
    QStringList conflicts;
    int merged = 0;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        ImportedTask &task = tasks[i];
        const QString key = task.key.toCaseFolded();
        const QString title =
            key.isEmpty() ? task.component.toCaseFolded() + u'\u0001' + task.title.toCaseFolded()
                          : QString();
        const int at = key.isEmpty() ? byTitle.value(title, -1) : byKey.value(key, -1);
        // The same title on another day is another task (a weekly routine), not a repeat.
        const bool otherDay = at >= 0 && key.isEmpty() && task.due.isValid() &&
                              tasks.at(at).due.isValid() && task.due != tasks.at(at).due;
        if (at >= 0 && !otherDay && (key.isEmpty() ? tasks.at(at).key.isEmpty() : true)) {
            merge(tasks[at], task, conflicts);
            ++merged;
            continue;
        }
        if (kept != i)
            tasks[kept] = std::move(task);
        if (!key.isEmpty())
            byKey.insert(key, int(kept));
        else
            byTitle.insert(title, int(kept));
        ++kept;
    }
    tasks.resize(kept);
    if (merged > 0)
        batch.notes.append(
            MarkdownTrackerReader::tr("%n duplicate item(s) merged", nullptr, merged));
    for (qsizetype i = 0; i < conflicts.size() && i < 50; ++i)
        batch.notes.append(
            MarkdownTrackerReader::tr("Conflicting status for %1").arg(conflicts.at(i)));
}

void addDependency(ImportedTask &task, const QString &key)
{
    if (key.compare(task.key, Qt::CaseInsensitive) != 0 && !task.dependsOn.contains(key))
        task.dependsOn.append(key);
}

// "A → B → C" on a line; numbered steps joined by "↓" lines in a diagram.
void arrowDependencies(const QList<QStringList> &blocks, QList<ImportedTask> &tasks,
                       const QHash<QString, int> &index)
{
    static const QRegularExpression downOnly(QStringLiteral("^[\\s↓▼v|│]*[↓▼][\\s↓▼v|│]*$"));
    for (const QStringList &block : blocks) {
        QList<QStringList> stages{{}};
        const auto chain = [&]() {
            for (qsizetype s = 1; s < stages.size(); ++s) {
                for (const QString &k : stages.at(s)) {
                    for (const QString &before : stages.at(s - 1))
                        addDependency(tasks[index.value(k.toCaseFolded())], before);
                }
            }
            stages = {{}};
        };
        for (const QString &line : block) {
            // A blank line ends a diagram.
            if (line.trimmed().isEmpty()) {
                chain();
                continue;
            }
            if (downOnly.match(line).hasMatch()) {
                if (!stages.constLast().isEmpty())
                    stages.append(QStringList());
                continue;
            }
            QStringList known;
            for (const QString &k : InlineMarkdown::keysIn(line)) {
                if (index.contains(k.toCaseFolded()))
                    known.append(k);
            }
            if (known.size() >= 2 && (line.contains(u'→') || line.contains(QLatin1String("->")))) {
                for (qsizetype i = 1; i < known.size(); ++i)
                    addDependency(tasks[index.value(known.at(i).toCaseFolded())], known.at(i - 1));
            }
            if (!known.isEmpty())
                stages.last() += known.first();
        }
        chain();
    }
}

} // namespace

ImportBatch MarkdownTrackerReader::read(const QString &text, const QString &fileName)
{
    TrackerParser parser(fileName);
    parser.parse(text);
    ImportBatch batch = std::move(parser.batch());
    if (parser.usedFallback())
        batch.notes.append(
            tr("No task table, checklist or status marker found: list items read as tasks"));
    QHash<QString, int> index;
    deduplicate(batch.tasks, batch, index);
    arrowDependencies(parser.arrowBlocks(), batch.tasks, index);
    DependencyTitles::resolve(batch.tasks, index);
    // Ids a document gives items without keys (mermaid's "a1"); the import resolves them.
    QSet<QString> externalIds;
    for (const ImportedTask &task : std::as_const(batch.tasks)) {
        if (!task.externalId.isEmpty())
            externalIds.insert(task.externalId);
    }
    for (ImportedTask &task : batch.tasks) {
        QStringList kept;
        for (const QString &d : std::as_const(task.dependsOn)) {
            const QString clean = InlineMarkdown::plain(d);
            if ((index.contains(clean.toCaseFolded()) || InlineMarkdown::isKey(clean) ||
                 externalIds.contains(clean)) &&
                clean.compare(task.key, Qt::CaseInsensitive) != 0 && !kept.contains(clean))
                kept.append(clean);
        }
        task.dependsOn = kept;
    }
    for (ImportedMilestone &milestone : batch.milestones) {
        QStringList gating;
        for (const QString &k : std::as_const(milestone.gatingKeys)) {
            const int at = index.value(k.toCaseFolded(), -1);
            if (at < 0)
                continue;
            gating.append(batch.tasks.at(at).key);
            if (!batch.tasks[at].milestones.contains(milestone.name))
                batch.tasks[at].milestones.append(milestone.name);
        }
        milestone.gatingKeys = gating;
    }

    // Components: every name tasks use, the stated completion the document claims, and the
    // key prefix most of their tasks share.
    QList<ImportedComponent> components;
    QHash<QString, int> byName;
    // Tasks come in runs of the same component: the last answer saves most look-ups.
    QString lastName;
    int lastAt = -1;
    auto componentAt = [&](const QString &name) {
        if (lastAt >= 0 && name == lastName)
            return lastAt;
        const QString folded = name.toCaseFolded();
        if (const auto it = byName.constFind(folded); it != byName.cend()) {
            lastAt = it.value();
        } else {
            components.append({name, QString(), std::nullopt});
            lastAt = int(components.size() - 1);
            byName.insert(folded, lastAt);
        }
        lastName = name;
        return lastAt;
    };
    for (const ImportedComponent &claim : std::as_const(batch.components)) {
        // "Overall: 45%" is the project's figure, not a component's (the first one stated).
        if (claim.statedCompletion && CompletionClaim::isOverall(claim.name)) {
            if (!batch.statedOverall)
                batch.statedOverall = claim.statedCompletion;
            continue;
        }
        components[componentAt(claim.name)].statedCompletion = claim.statedCompletion;
    }
    QHash<int, QHash<QString, int>> prefixes;
    for (const ImportedTask &task : std::as_const(batch.tasks)) {
        if (task.component.isEmpty())
            continue;
        const int at = componentAt(task.component);
        const QString prefix = InlineMarkdown::prefixOf(task.key);
        if (!prefix.isEmpty())
            ++prefixes[at][prefix];
    }
    for (auto it = prefixes.cbegin(); it != prefixes.cend(); ++it) {
        int best = 0;
        for (auto p = it.value().cbegin(); p != it.value().cend(); ++p) {
            if (p.value() > best) {
                best = p.value();
                components[it.key()].prefix = p.key();
            }
        }
    }
    batch.components = components;
    for (const QString &note : parser.legendNotes())
        batch.notes.append(tr("Legend: %1").arg(note));
    return batch;
}

} // namespace Candor
