// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QList>
#include <QString>

namespace Candor {

// What validation needs to know of a project: the models as they are, or the project as a change
// set being written has left it so far (UnitOfWork).
class ProjectState
{
public:
    virtual ~ProjectState() = default;
    virtual const Task *task(qint64 id) const = 0;
    virtual qint64 idForKey(const QString &key) const = 0; // case-insensitive; 0 if none
    virtual const Component *component(qint64 id) const = 0;
    virtual const Milestone *milestone(qint64 id) const = 0;
    virtual QList<qint64> milestonesOf(qint64 taskId) const = 0;

protected:
    ProjectState() = default;
    ProjectState(const ProjectState &) = default;
    ProjectState &operator=(const ProjectState &) = default;
};

} // namespace Candor
