// SPDX-License-Identifier: MIT
#include "benchproject.h"

#include "database/migrations.h"
#include "database/projectdatabase.h"
#include "measures.h"
#include "project/project.h"
#include "project/projectgenerator.h"
#include "shell/projectworkspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

namespace CandorBench {

using namespace Candor;

BenchProject::BenchProject(int count, const QString &runFolder)
    : taskCount(count)
    , folder(runFolder)
    , path(QStringLiteral("%1/bench-%2.candor").arg(runFolder).arg(count))
{}

BenchProject::~BenchProject()
{
    workspace.reset(); // before the project it shows
}

bool BenchProject::generate(QJsonObject &figures) const
{
    QFile::remove(path);
    // Generating 100k tasks takes longer than most sections: CANDOR_BENCH_CACHE names a folder
    // where generated projects are kept and copied from on the next run (same count, seed and
    // schema: an older file would be upgraded on every open and measure that instead).
    const QString cacheFolder = qEnvironmentVariable("CANDOR_BENCH_CACHE");
    const QString cached = cacheFolder.isEmpty() ? QString()
                                                 : QStringLiteral("%1/bench-%2-seed42-v%3.candor")
                                                       .arg(cacheFolder)
                                                       .arg(taskCount)
                                                       .arg(Migrations::latestVersion);
    if (!cached.isEmpty() && QFile::copy(cached, path)) {
        figures.insert(QStringLiteral("file_mb"), double(QFile(path).size()) / (1024.0 * 1024.0));
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    auto database = ProjectDatabase::open(path, options, &error);
    if (!database || !ProjectGenerator::generate(*database, taskCount, 42)) {
        figures.insert(QStringLiteral("error"), QStringLiteral("generate failed"));
        return false;
    }
    database.reset();
    figures.insert(QStringLiteral("generate_ms"), milliseconds(timer));
    if (!cached.isEmpty())
        QFile::copy(path, cached);
    figures.insert(QStringLiteral("file_mb"), double(QFile(path).size()) / (1024.0 * 1024.0));
    return true;
}

bool BenchProject::open(QJsonObject &figures)
{
    peakBeforeOpenMb = peakMegabytes();
    QElapsedTimer timer;
    timer.start();
    OpenError error;
    project = Project::open(path, OpenOptions{}, &error, Project::LoadMode::Progressive);
    if (!project) {
        figures.insert(QStringLiteral("error"), error.message);
        return false;
    }
    workspace = std::make_unique<ProjectWorkspace>(project.get());
    workspace->resize(1400, 860);
    workspace->show();
    paintTable(*workspace);
    openToFirstPaintMs = milliseconds(timer);
    if (project->isLoading()) {
        QEventLoop loop;
        QObject::connect(project.get(), &Project::loadFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    paintTable(*workspace);
    fullFetchMs = milliseconds(timer);
    return true;
}

} // namespace CandorBench
