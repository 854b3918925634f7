// SPDX-License-Identifier: MIT
#include "cardranks.h"

#include <cmath>

namespace Candor::CardRanks {

namespace {

// Below this a gap is not split any more: doubles near 1e6 still resolve 1e-10, so this leaves
// ample room, and it takes some 30 drops into the same gap to get here.
constexpr double smallestGap = 1e-6;
// Far from zero, doubles lose the resolution the gaps need.
constexpr double largestRank = 1e12;

bool usable(double rank)
{
    return std::isfinite(rank) && std::abs(rank) < largestRank;
}

} // namespace

std::optional<QList<double>> between(std::optional<double> before, std::optional<double> after,
                                     int count)
{
    QList<double> ranks;
    ranks.reserve(count);
    if (before && after) {
        const double gap = (*after - *before) / (count + 1);
        if (!usable(*before) || !usable(*after) || !(gap > smallestGap))
            return std::nullopt;
        for (int i = 0; i < count; ++i)
            ranks.append(*before + gap * (i + 1));
    } else if (before) {
        if (!usable(*before + step * count))
            return std::nullopt;
        for (int i = 0; i < count; ++i)
            ranks.append(*before + step * (i + 1));
    } else if (after) {
        if (!usable(*after - step * count))
            return std::nullopt;
        for (int i = 0; i < count; ++i)
            ranks.append(*after - step * (count - i));
    } else {
        ranks = renumbered(count);
    }
    // Where doubles are coarse (large ranks), a gap that passes the test above may still hold
    // no distinct values: a rank equal to a neighbour would leave the order to the task ids.
    for (qsizetype i = 0; i < ranks.size(); ++i) {
        const std::optional<double> previous = i > 0 ? std::optional(ranks.at(i - 1)) : before;
        if (previous && !(*previous < ranks.at(i)))
            return std::nullopt;
    }
    if (after && !ranks.isEmpty() && !(ranks.last() < *after))
        return std::nullopt;
    return ranks;
}

QList<double> renumbered(int count)
{
    QList<double> ranks;
    ranks.reserve(count);
    for (int i = 0; i < count; ++i)
        ranks.append(step * (i + 1));
    return ranks;
}

} // namespace Candor::CardRanks
