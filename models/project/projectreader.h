// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Candor {

class ProjectDatabase;

// How many checklist items a task has and how many of them are checked ("3/5" on a card).
struct ChecklistCount
{
    int checked = 0;
    int total = 0;
};

// The read-only queries beyond the loader: what exporters and views read from the file on
// demand, each in one query over all tasks, so that no caller writes its own SELECT. Plain SQL,
// so that a PostgreSQL connection can answer it too. A failed query gives what it read so far
// and sets *ok to false.
class ProjectReader final
{
public:
    explicit ProjectReader(const QSqlDatabase &db);
    explicit ProjectReader(const ProjectDatabase &database);

    // Every task's checklist, in its order: task id → items.
    QHash<qint64, QList<ChecklistItem>> checklists(bool *ok = nullptr) const;
    // The checklists of these tasks only (tasks without one are left out).
    QHash<qint64, QList<ChecklistItem>> checklists(const QList<qint64> &taskIds,
                                                   bool *ok = nullptr) const;
    // Every task's checklist item texts, in their order (tasks without one are left out); with
    // task ids, those tasks' only. What the text filter searches, without the rest of the items.
    QHash<qint64, QStringList> checklistTexts(const QList<qint64> &taskIds = {},
                                              bool *ok = nullptr) const;
    // A task's history, newest first.
    QList<TaskEvent> history(qint64 taskId, int limit, bool *ok = nullptr) const;
    // Every task's events from time on (ms since the epoch) whose field is one of these, oldest
    // first: what a status report lists as "changed since".
    QList<TaskEvent> events(qint64 since, const QStringList &fields, bool *ok = nullptr) const;
    // Items and checked items per task, for tasks that have a checklist.
    QHash<qint64, ChecklistCount> checklistCounts(bool *ok = nullptr) const;
    // One task's count; a task without a checklist counts 0/0.
    ChecklistCount checklistCount(qint64 taskId, bool *ok = nullptr) const;
    // Milestone id → the ids of the tasks that gate it, ascending.
    QHash<qint64, QList<qint64>> milestoneGates(bool *ok = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace Candor
