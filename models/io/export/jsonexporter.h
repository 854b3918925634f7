// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

namespace Candor {

class Project;

struct JsonExportOptions
{
    // Day zero of the critical path and the forecast; null: today.
    QDate start;
    // Runs of the milestones' forecasts; 0: JsonExporter::automaticRuns. With the fixed seed,
    // the same project and day give the same file.
    int forecastRuns = 0;
    quint64 forecastSeed = 1;
};

// The whole project as JSON (docs/export-json.md): tasks with their dependencies, milestones and
// checklists by key and name, plus components (with completion) and milestones; each task with
// its place in the critical path, each milestone with its forecast.
class JsonExporter final
{
public:
    static constexpr int defaultRuns = 2000;
    static constexpr int fewestRuns = 200;
    static constexpr double drawBudget = 20e6;
    // The runs an export makes unless told: defaultRuns, or as many as keep the draws (runs ×
    // unfinished tasks) within drawBudget but at least fewestRuns, so that the forecast adds a
    // few seconds at most to the export of a large project (docs/scheduling.md).
    static int automaticRuns(qsizetype unfinishedTasks);

    static QJsonObject toJson(const Project &project, const JsonExportOptions &options = {});
    static QByteArray toBytes(const Project &project, const JsonExportOptions &options = {});
};

} // namespace Candor
