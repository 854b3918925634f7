// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

namespace Candor {

class Project;

// Tasks as Taskwarrior JSON: what `task export` writes and `task import` reads. What Taskwarrior
// has no field for (key, exact status and priority, estimate, verification...) travels in
// `candor_*` UDAs, which Taskwarrior keeps, so a round trip through it loses nothing.
class TaskwarriorFormat final
{
    Q_DECLARE_TR_FUNCTIONS(TaskwarriorFormat)
public:
    static ImportBatch read(const QByteArray &bytes, const QString &fileName);
    static QByteArray write(const Project &project);
    // The same project name and key give the same UUID, so a re-export updates, not duplicates.
    static QUuid uuidFor(const QString &projectName, const QString &key);
};

} // namespace Candor
