// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <optional>

namespace Candor {

// Ranks order cards within a board column. They are doubles with gaps, so that a card dropped
// between two others takes a rank between theirs and nothing else is renumbered; only when a
// gap has been halved too often is the column renumbered (rarely, in the same transaction).
namespace CardRanks {

inline constexpr double step = 1024.0;

// Ranks for `count` cards placed in order between `before` and `after` (either may be absent:
// the start or end of the column). Nothing when the gap is too small to split: renumber.
std::optional<QList<double>> between(std::optional<double> before, std::optional<double> after,
                                     int count);

// Fresh ranks for `count` cards in order: step, 2 step, …
QList<double> renumbered(int count);

} // namespace CardRanks

} // namespace Candor
