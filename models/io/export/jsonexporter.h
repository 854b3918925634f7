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
    // A modest number of runs with a fixed seed: the same project and day give the same file,
    // and an export of 1,000 tasks stays well under a second (docs/export-json.md).
    int forecastRuns = 2000;
    quint64 forecastSeed = 1;
};

// The whole project as JSON (docs/export-json.md): tasks with their dependencies, milestones and
// checklists by key and name, plus components (with completion) and milestones; each task with
// its place in the critical path, each milestone with its forecast.
class JsonExporter final
{
public:
    static QJsonObject toJson(const Project &project, const JsonExportOptions &options = {});
    static QByteArray toBytes(const Project &project, const JsonExportOptions &options = {});
};

} // namespace Candor
