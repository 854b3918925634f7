// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <optional>

namespace Candor {

// Durations as trackers write them, read as days in every language the readers know; Markdown,
// CSV and Taskwarrior all ask here, so that "4h" is half a day whichever format it came in.
class DurationVocabulary final
{
public:
    // "3", "2,5", "1-2" (the mean), "3d", "2 days", "3 jours", "4h" and "2 jam" (hours / 8),
    // "1w" and "2 semanas" (weeks × 5), sizes XS to XXL. A bare number is hours when \a hours is
    // true. Expects plain text (no Markdown emphasis); a negative figure is no duration.
    static std::optional<double> days(QStringView text, bool hours = false);
};

} // namespace Candor
