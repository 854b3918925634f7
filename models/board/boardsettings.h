// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QJsonValue>

#include <optional>

namespace Candor {

class ProjectSettings;

// The board's settings as kept in the project file: a WIP limit per column and what a move
// into Done does while the task still waits on unfinished dependencies.
namespace BoardSettings {

enum class DonePolicy { Ask, Refuse };

QString wipLimitsKey();  // "board.wipLimits": {"in_progress": 3, …}
QString donePolicyKey(); // "board.doneWithOpenDependencies": "ask" | "refuse"

std::optional<int> wipLimit(const ProjectSettings &settings, Status column);
// The value of wipLimitsKey() with one column's limit set (or removed, without a limit).
QJsonValue withWipLimit(const ProjectSettings &settings, Status column, std::optional<int> limit);

DonePolicy donePolicy(const ProjectSettings &settings);
QJsonValue donePolicyValue(DonePolicy policy);

} // namespace BoardSettings

} // namespace Candor
