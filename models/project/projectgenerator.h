// SPDX-License-Identifier: MIT
#pragma once

#include "core/writeresult.h"

#include <QCoreApplication>

namespace Candor {

class ProjectDatabase;

// Fills an empty project with a synthetic but realistic one: components with key prefixes,
// a spread of statuses, priorities and verification, ~1.5 dependencies per task as a DAG,
// checklists and milestones. The same seed gives the same project.
class ProjectGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectGenerator)
public:
    static WriteResult generate(ProjectDatabase &database, int taskCount, quint32 seed);
};

} // namespace Candor
