// SPDX-License-Identifier: MIT
#pragma once

#include "database/openerror.h"
#include "database/projectdatabase.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "project/projectgenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace CandorTest {

// The demo project in a file of its own for the running test function (named after it, made
// afresh), with an empty undo stack: what each view test starts from. Null with *error set
// when it cannot be made.
inline std::unique_ptr<Candor::Project> freshDemoProject(const QTemporaryDir &dir, QString *error)
{
    const QString path =
        dir.filePath(QStringLiteral("%1.candor").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    Candor::OpenOptions options;
    options.createIfMissing = true;
    Candor::OpenError openError;
    std::unique_ptr<Candor::Project> project = Candor::Project::open(path, options, &openError);
    if (!project) {
        *error = openError.message;
        return nullptr;
    }
    if (const Candor::WriteResult populated = Candor::DemoProject::populate(*project); !populated) {
        *error = populated.error();
        return nullptr;
    }
    project->undoStack()->clear();
    return project;
}

// A generated project of `tasks` tasks (seed 7) in a file of its own in dir; null when it
// cannot be made.
inline std::unique_ptr<Candor::Project> generatedProject(const QTemporaryDir &dir, int tasks)
{
    Candor::OpenOptions options;
    options.createIfMissing = true;
    Candor::OpenError error;
    auto database = Candor::ProjectDatabase::open(
        dir.filePath(QStringLiteral("g%1.candor").arg(tasks)), options, &error);
    if (!database || !Candor::ProjectGenerator::generate(*database, tasks, 7))
        return nullptr;
    return Candor::Project::load(std::move(database), &error);
}

} // namespace CandorTest
