// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QStringView>

#include <optional>

namespace Candor {

// The words trackers use for priority, in every language the readers know; Markdown, CSV and
// Taskwarrior all ask here, so that "High" is P1 whichever format it came in.
class PriorityVocabulary final
{
public:
    // "P1", "1", "High", "Must", "critique"; colours (🔴🟠🟡🟢) only when \a colours is
    // true.
    static std::optional<Priority> priority(QStringView text, bool colours = true);
    // A heading's priority: "P0 - BLOCKERS", "HIGH PRIORITY", "Week 1: Critical", "Must Have".
    static std::optional<Priority> headingPriority(QStringView heading);
};

} // namespace Candor
