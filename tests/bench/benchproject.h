// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Candor {
class Project;
class ProjectWorkspace;
} // namespace Candor

namespace CandorBench {

// One generated project of the run's sizes, opened as the GUI opens it: the file's first
// page read, the workspace shown and its table painted, then the rest streamed in from the
// loader thread. The sections measure on it in turn.
struct BenchProject
{
    int taskCount = 0;
    QString folder; // where the run keeps its files
    QString path;   // the project file
    std::unique_ptr<Candor::Project> project;
    std::unique_ptr<Candor::ProjectWorkspace> workspace;
    // What opening it took (the table section reports them).
    double peakBeforeOpenMb = 0;   // peak resident memory before the open
    double openToFirstPaintMs = 0; // to a painted table
    double fullFetchMs = 0;        // to every task in the models

    BenchProject(int count, const QString &runFolder);
    ~BenchProject();
    // Writes the project file with the generator; generate_ms and file_mb go into figures, or
    // an error. False when it failed.
    bool generate(QJsonObject &figures) const;
    // Opens it as the GUI does and waits for the loader thread; false (with an error in
    // figures) when it failed.
    bool open(QJsonObject &figures);
};

} // namespace CandorBench
