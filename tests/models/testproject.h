// SPDX-License-Identifier: MIT
// Small helpers shared by the candor_models tests: projects in memory or in a file, lookups by key.
#pragma once

#include "core/task.h"
#include "database/projectdatabase.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

#include <memory>

namespace CandorTest {

// An empty project in a private in-memory database.
inline std::unique_ptr<Candor::Project> emptyProject()
{
    Candor::OpenError error;
    auto project = Candor::Project::load(Candor::ProjectDatabase::openInMemory(), &error);
    if (!project)
        qWarning("Cannot load an in-memory project: %s", qPrintable(error.message));
    return project;
}

// The demo project (5 components, 3 milestones, 25 tasks) in memory.
inline std::unique_ptr<Candor::Project> demoProject()
{
    auto project = emptyProject();
    if (project) {
        if (const Candor::WriteResult result = Candor::DemoProject::populate(*project); !result) {
            qWarning("Cannot populate the demo project: %s", qPrintable(result.error()));
            return nullptr;
        }
    }
    return project;
}

// Creates a new project file at path and fills it with the demo project.
inline std::unique_ptr<Candor::Project> createDemoFile(const QString &path)
{
    Candor::OpenOptions options;
    options.createIfMissing = true;
    Candor::OpenError error;
    auto project = Candor::Project::open(path, options, &error);
    if (!project) {
        qWarning("Cannot create %s: %s", qPrintable(path), qPrintable(error.message));
        return nullptr;
    }
    if (const Candor::WriteResult result = Candor::DemoProject::populate(*project); !result) {
        qWarning("Cannot populate %s: %s", qPrintable(path), qPrintable(result.error()));
        return nullptr;
    }
    return project;
}

// A second, read-only view of a project file that another Project may hold open: what it shows
// is what has been committed to the file.
inline std::unique_ptr<Candor::Project> readBack(const QString &path)
{
    Candor::OpenOptions options;
    options.readOnly = true;
    options.takeLock = false;
    Candor::OpenError error;
    auto project = Candor::Project::open(path, options, &error);
    if (!project)
        qWarning("Cannot read back %s: %s", qPrintable(path), qPrintable(error.message));
    return project;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

inline qint64 idOf(const Candor::Project &project, const QString &key)
{
    return project.tasks()->idForKey(key);
}

inline qint64 idOf(const Candor::Project &project, const char *key)
{
    return idOf(project, QString::fromUtf8(key));
}

inline const Candor::Task *taskOf(const Candor::Project &project, const char *key)
{
    return project.tasks()->task(idOf(project, key));
}

// The demo project with one task won't do (the demo itself has none), or null.
inline std::unique_ptr<Candor::Project> demoWithCancelled(const char *key)
{
    auto project = demoProject();
    if (project && !project
                        ->setTaskField({idOf(*project, key)}, Candor::TaskField::Status,
                                       {int(Candor::Status::Cancelled)})
                        .ok())
        return nullptr;
    return project;
}

inline qint64 componentId(const Candor::Project &project, const QString &name)
{
    return project.components()->idForName(name);
}

inline qint64 milestoneId(const Candor::Project &project, const QString &name)
{
    for (const Candor::Milestone &milestone : project.milestones()->milestones()) {
        if (milestone.name == name)
            return milestone.id;
    }
    return 0;
}

// One number from the project's own database connection, e.g. "SELECT count(*) FROM task".
inline qint64 scalar(const Candor::Project &project, const QString &sql)
{
    QSqlQuery query(project.database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

inline QStringList keysOf(const Candor::Project &project, const QList<qint64> &ids)
{
    QStringList keys;
    for (qint64 id : ids)
        keys << project.tasks()->keyOf(id);
    keys.sort();
    return keys;
}

} // namespace CandorTest
