// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Candor {

// What a reader understood of one line (or range) it could not fully use.
struct ImportWarning
{
    QString file;
    int line = 0; // 1-based; 0 when not tied to a line
    QString message;
};

// Which construct of a document an item was read from, for the preview ("why is this a task").
enum class ImportConstruct : quint8 {
    Other,
    TableRow,
    Checkbox,
    StatusItem, // a bullet with a status word or symbol
    ListItem,   // a plain bullet, read when a document has nothing else
    KeyValue,   // a heading or bold item with "Status:" lines under it
    Heading,    // "### Phase 2 ✅"
    MermaidGantt,
    Graph,
};

// What a reader saw and left out as prose (criteria, metrics, notes, ...), with why.
struct ImportSkipped
{
    int line = 0;
    QString reason;
    QString text;
};

// One task as an importer read it: keys and names, not ids (they are resolved against the
// project when the batch is applied). Unset optionals mean "the file did not say".
struct ImportedTask
{
    QString key; // empty: the importer generates one from the component's prefix
    QString title;
    // The file named no title and the key stands in: a new task is titled so, an existing one
    // keeps its own (a graph's node without a label).
    bool titleFromKey = false;
    QString description;
    QString component; // name
    QString assignee;
    QString phase;
    std::optional<Status> status;
    std::optional<Priority> priority;
    std::optional<Verification> verification;
    QString evidence;
    QString statusText;             // the words the file used, kept when no mapping was known
    std::optional<double> estimate; // days
    std::optional<int> progress;    // 0..100
    QDate due;
    QStringList dependsOn;  // keys
    QStringList milestones; // names
    QStringList tags;
    QList<ChecklistItem> checklist; // text and checked; ids and positions are assigned later
    QString externalId;             // e.g. a Taskwarrior UUID, to resolve its dependencies
    int line = 0;                   // where it was read, for the preview
    ImportConstruct construct = ImportConstruct::Other;
};

struct ImportedComponent
{
    QString name;
    QString prefix;
    std::optional<int> statedCompletion; // percent the document claims, e.g. "Security: 10%"
};

struct ImportedMilestone
{
    QString name;
    QDate targetDate;
    QString description;
    QStringList gatingKeys; // tasks it waits for
};

// Everything one or more files yielded, ready for a preview and for merging into a project.
struct ImportBatch
{
    QString source; // file name(s), for messages
    QList<ImportedTask> tasks;
    QList<ImportedComponent> components;
    QList<ImportedMilestone> milestones;
    QList<ImportWarning> warnings;
    QStringList notes; // e.g. "2 duplicate items merged", the status mapping used
    // The whole project's completion the document states ("Overall: 45%"), beside the
    // per-component ones; the import sets the project's stated completion from it.
    std::optional<int> statedOverall;
    QList<ImportSkipped> skipped; // the first ones; skippedCount counts all
    int skippedCount = 0;
};

} // namespace Candor

// Every member relocates by a plain move of its bytes; a list of 100k imported tasks then grows
// by realloc() in place instead of holding an old and a new array at once.
Q_DECLARE_TYPEINFO(Candor::ImportedTask, Q_RELOCATABLE_TYPE);
