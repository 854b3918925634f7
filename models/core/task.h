// SPDX-License-Identifier: MIT
#pragma once

#include "taskenums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Candor {

// One row of the task table, as held in memory by TaskModel.
struct Task
{
    qint64 id = 0;
    QString key;
    QString title;
    QString description;
    QString assignee;
    QString phase;
    QString evidence;
    qint64 componentId = 0; // 0: no component
    Status status = Status::Todo;
    Priority priority = Priority::P2;
    Verification verification = Verification::Unverified;
    int progress = 0;               // 0..100, for partial work
    std::optional<double> estimate; // days
    std::optional<double> optimistic;
    std::optional<double> likely;
    std::optional<double> pessimistic;
    QDate verifiedOn;
    double rank = 0;    // order within its Kanban column
    qint64 created = 0; // ms since the epoch, UTC
    qint64 updated = 0;
    // Key, title, description, assignee, phase and evidence, case-folded once, so that the text
    // filter scans 100k tasks with one plain (fast) match each; from the first text filter on,
    // followed by the same for what the task links to (its component's and milestones' names,
    // its checklist items: SearchIndex), which takes the last relatedSearchLength characters.
    // One string, not two, so that a keystroke reads one block per task. Kept current by
    // TaskModel; see TaskFilter::searchText.
    QString searchText;
    qsizetype relatedSearchLength = 0;
};

struct ChecklistItem
{
    qint64 id = 0;
    qint64 taskId = 0;
    QString text;
    bool checked = false;
    int position = 0;
};

// Everything a deleted task takes with it, so that undo can put it back.
struct TaskRecord
{
    Task task;
    QList<qint64> dependsOn;
    QList<qint64> dependents;
    QList<qint64> milestones;
    QList<ChecklistItem> checklist;
};

struct Component
{
    qint64 id = 0;
    QString name;
    QString prefix; // key prefix for new tasks, e.g. "SEC"
    QString colour; // #rrggbb
    int sortOrder = 0;
    std::optional<int> statedCompletion; // percent a tracker claims for it; unset: never said
};

struct Milestone
{
    qint64 id = 0;
    QString name;
    QString description;
    QDate targetDate;
    QDate doneDate;
    int sortOrder = 0;
};

struct TaskEvent
{
    qint64 id = 0;
    qint64 time = 0; // ms since the epoch, UTC
    qint64 taskId = 0;
    QString taskKey;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace Candor
