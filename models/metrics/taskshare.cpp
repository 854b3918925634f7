// SPDX-License-Identifier: MIT
#include "taskshare.h"

namespace Candor {

TaskShare TaskShare::of(const Task &task)
{
    TaskShare share;
    if (task.status == Status::Cancelled)
        return share;
    const double estimate = task.estimate.value_or(1.0);
    share.weight = estimate > 0 ? estimate : 1.0;
    share.claimed = share.weight * (task.status == Status::Done ? 1.0 : task.progress / 100.0);
    share.verified = task.verification == Verification::Verified ? share.weight : 0.0;
    return share;
}

} // namespace Candor
