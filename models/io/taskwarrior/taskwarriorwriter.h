// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QUuid>

namespace Candor {

class Project;

// Writes a project as Taskwarrior JSON, for `task import`: one object per task, with the candor_*
// UDAs (TaskwarriorField) for what Taskwarrior has no field for, so that a round trip through it
// loses nothing.
class TaskwarriorWriter final
{
public:
    static QByteArray write(const Project &project);
    // The same project name and key give the same UUID, so a re-export updates, not duplicates.
    static QUuid uuidFor(const QString &projectName, const QString &key);
};

} // namespace Candor
