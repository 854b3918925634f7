// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

namespace Candor {

// What one task adds to a completion figure, in days of estimate (docs/schema.md, "Derived"):
// its weight (the estimate, 1 day when it has none or it is 0), the part of it claimed (done
// counts whole, otherwise its progress) and the part verified (verified counts whole). A
// cancelled task weighs nothing: it is neither work left nor work done.
struct TaskShare
{
    double weight = 0;
    double claimed = 0;
    double verified = 0;

    // The three parts a completion bar stacks, which add up to the weight: verified, claimed but
    // not verified, and what neither claim nor evidence covers.
    double claimedOnly() const { return claimed > verified ? claimed - verified : 0.0; }
    double remaining() const { return weight - (claimed > verified ? claimed : verified); }

    static TaskShare of(const Task &task);
};

} // namespace Candor
