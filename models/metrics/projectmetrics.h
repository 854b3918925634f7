// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>

namespace Candor {

class Project;

// Counts and completion of a project, derived from its tasks (never stored by hand).
// Claimed completion weighs each task's progress by its estimate (done counts as 100%);
// verified completion counts only verified tasks as done. Cancelled tasks are counted among the
// tasks but weigh nothing in either completion (TaskShare).
struct CompletionFigures
{
    int tasks = 0;
    int done = 0;
    int cancelled = 0;
    int verified = 0;
    int blocked = 0;       // status blocked, or waiting on an unfinished dependency
    int statusBlocked = 0; // unfinished with the status Blocked (the board's Blocked column)
    int waiting = 0;       // unfinished and depending on a task not done, whatever their status
    double claimedPercent = 0;
    double verifiedPercent = 0;
};

class ProjectMetrics final
{
public:
    static CompletionFigures overall(const Project &project);
    // Per component id (0: tasks without a component).
    static QHash<qint64, CompletionFigures> byComponent(const Project &project);
};

} // namespace Candor
