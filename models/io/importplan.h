// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfield.h"
#include "importbatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace Candor {

class Project;

// A change to an existing task that an import would make.
struct PlannedUpdate
{
    qint64 taskId = 0;
    QString key;
    QString component;
    QList<std::pair<TaskField, QVariant>> changes;
};

// What importing a batch into a project would do, decided before anything is written, so that
// the preview shows exactly what Import does. Tasks match by key (case-insensitively), tasks
// without a key by title; tasks of the project that the files do not mention are kept.
struct ImportPlan
{
    QString source;
    QList<Component> newComponents;
    QList<Milestone> newMilestones;
    // Existing components whose stated completion the files give anew: (id, percent). New
    // components carry theirs in newComponents.
    QList<std::pair<qint64, int>> statedCompletions;
    // The project's stated completion, when the files state another than the project has.
    std::optional<int> statedOverall;
    QList<ImportedTask> created; // keys assigned
    QList<PlannedUpdate> updated;
    QStringList unchanged;                           // keys
    QStringList missing;                             // keys of the project not in the files (kept)
    QList<std::pair<QString, QString>> dependencies; // (key, depends-on key) to add
    QList<std::pair<QString, QString>> gates; // (milestone name, key) to add to existing tasks
    QHash<QString, int> createdPerComponent;
    QHash<QString, int> updatedPerComponent;
    QList<ImportWarning> warnings;
    QStringList notes;
    QList<ImportSkipped> skipped; // what the reader left out as prose, with why
    int skippedCount = 0;

    bool changesNothing() const;
    QString summary() const; // one line, e.g. "12 created, 3 updated, 5 unchanged, 2 warnings"
};

class ImportPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    static ImportPlan plan(const Project &project, const ImportBatch &batch);
    // A key prefix for a component name: "Security" → "SEC", "Data pipeline" → "DP".
    static QString prefixFor(const QString &componentName);
    // What a construct is called in the preview: "table row", "checkbox", "mermaid gantt", ...
    static QString constructName(ImportConstruct construct);
};

} // namespace Candor
