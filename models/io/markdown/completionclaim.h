// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QStringView>

#include <optional>

namespace Candor {

// A line that states how complete a component is: "Security: 75% complete",
// "- API: **90%** done", "Security: █░░░░░░░░░ 10%". The figure is a claim, kept apart from
// what Candor computes.
class CompletionClaim final
{
public:
    // The component and its stated percent; none when the line states no completion.
    static std::optional<ImportedComponent> read(QStringView line);
    // True when a claim's name is the whole project's ("Overall", "Overall progress", "Project
    // completion", "Gesamtfortschritt", "总体进度", ...), not a component's.
    static bool isOverall(QStringView name);
};

} // namespace Candor
