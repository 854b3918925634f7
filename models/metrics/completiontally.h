// SPDX-License-Identifier: MIT
#pragma once

#include "taskshare.h"

namespace Candor {

// The sums behind one completion bar (a component, or the project), kept up to date by adding
// and taking away TaskShares, so that an edit costs one task, not a walk over all of them.
struct CompletionTally
{
    int tasks = 0;
    double weight = 0;
    double claimed = 0;
    double verified = 0;
    double claimedOnly = 0; // claimed, not verified
    double remaining = 0;   // neither claimed nor verified

    void add(const TaskShare &share, int sign = 1)
    {
        tasks += sign;
        weight += sign * share.weight;
        claimed += sign * share.claimed;
        verified += sign * share.verified;
        claimedOnly += sign * share.claimedOnly();
        remaining += sign * share.remaining();
        if (tasks == 0)
            *this = CompletionTally{}; // no rounding left over from adding and taking away
    }

    double percentOf(double days) const { return weight > 0 ? 100.0 * days / weight : 0.0; }
    double claimedPercent() const { return percentOf(claimed); }
    double verifiedPercent() const { return percentOf(verified); }
    double claimedOnlyPercent() const { return percentOf(claimedOnly); }
    double remainingPercent() const { return percentOf(remaining); }
};

} // namespace Candor
