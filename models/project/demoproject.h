// SPDX-License-Identifier: MIT
#pragma once

#include "core/writeresult.h"

#include <QCoreApplication>

namespace Candor {

class Project;

// The small project a first-time user sees: five components, ~25 tasks with dependencies, three
// milestones, and the usual gap between what is claimed done and what is verified.
class DemoProject final
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
public:
    static WriteResult populate(Project &project);
};

} // namespace Candor
