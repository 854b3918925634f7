// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "database/openerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>

namespace Candor {

class ProjectDatabase;

// Everything a project shows, as read from its file in one go (or its first page of tasks).
struct ProjectContent
{
    QString name;
    QList<Component> components;
    QList<Milestone> milestones;
    QList<Task> tasks;
    QList<QPair<qint64, qint64>> edges;
    QHash<qint64, QList<qint64>> gates; // task → milestones
    int taskCount = 0;                  // in the file
    qint64 lastId = 0;                  // highest task id in the file
};

// Reads a project file into a ProjectContent: the one place that reads what the models hold.
class ProjectLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLoader)
public:
    // firstPage > 0 reads only that many tasks (the rest comes from TaskLoader).
    static bool read(ProjectDatabase &database, ProjectContent *content, OpenError *error,
                     int firstPage = 0);
};

} // namespace Candor
