// SPDX-License-Identifier: MIT
#pragma once

#include "schedule.h"

namespace Candor {

struct ScheduleSnapshot;

// The critical path method (CPM) on remaining work: a forward pass gives each task its earliest
// start and finish, a backward pass from the project's finish its latest ones; the difference
// is its slack, and the unfinished tasks without slack make the critical chains. Both passes
// run over flat arrays in topological order, O(V + E): 100k tasks in a few milliseconds.
class CriticalPath final
{
public:
    // How many distinct critical chains a schedule lists at most: where chains fork and merge
    // the number of longest paths can grow exponentially, and a reader wants the first few.
    static constexpr int maxChains = 8;

    static Schedule compute(const ScheduleSnapshot &snapshot);
};

} // namespace Candor
