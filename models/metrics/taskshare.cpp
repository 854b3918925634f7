// SPDX-License-Identifier: MIT
#include "taskshare.h"

#include <array>

namespace Candor {

bool TaskShare::isCancelled(Status status)
{
    // Decided once per status: token() builds a string, and this runs for every task.
    static const std::array<bool, StatusCount> cancelled = [] {
        std::array<bool, StatusCount> result{};
        for (int i = 0; i < StatusCount; ++i)
            result[std::size_t(i)] = TaskEnums::token(Status(i)) == QLatin1String("cancelled");
        return result;
    }();
    return cancelled[std::size_t(status)];
}

TaskShare TaskShare::of(const Task &task)
{
    TaskShare share;
    if (isCancelled(task.status))
        return share;
    const double estimate = task.estimate.value_or(1.0);
    share.weight = estimate > 0 ? estimate : 1.0;
    share.claimed = share.weight * (task.status == Status::Done ? 1.0 : task.progress / 100.0);
    share.verified = task.verification == Verification::Verified ? share.weight : 0.0;
    return share;
}

} // namespace Candor
