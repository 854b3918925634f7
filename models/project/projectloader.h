// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "database/openerror.h"
#include "graph/dependencygraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace Candor {

class ProjectDatabase;

// Everything a project shows, as read from its file in one go (or its first page of tasks).
// What links tasks: the dependency graph and the milestones each task gates (ascending).
struct ProjectLinks
{
    DependencyGraph dependencies;
    QHash<qint64, QList<qint64>> gates; // task → milestones
};

struct ProjectContent
{
    QString name;
    QList<Component> components;
    QList<Milestone> milestones;
    QList<Task> tasks;
    std::optional<ProjectLinks> links; // none when a first page defers them to TaskLoader
    int taskCount = 0;                 // in the file
    qint64 lastId = 0;                 // highest task id in the file
};

// Reads a project file into a ProjectContent: the one place that reads what the models hold.
class ProjectLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLoader)
public:
    // firstPage > 0 reads only that many tasks, and no links, when the project has more: the
    // rest comes from TaskLoader, so that the first paint reads only what it shows.
    static bool read(ProjectDatabase &database, ProjectContent *content, OpenError *error,
                     int firstPage = 0);
    // The dependencies and the milestone gates; false with *error set when a query failed.
    static bool readLinks(const QSqlDatabase &db, ProjectLinks *links, QSqlError *error);
};

} // namespace Candor
