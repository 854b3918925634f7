// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Candor {

class Project;

// The whole project as JSON (docs/export-json.md): tasks with their dependencies, milestones and
// checklists by key and name, plus components (with completion) and milestones.
class JsonExporter final
{
public:
    static QJsonObject toJson(const Project &project);
    static QByteArray toBytes(const Project &project);
};

} // namespace Candor
