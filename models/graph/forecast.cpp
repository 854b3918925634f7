// SPDX-License-Identifier: MIT
#include "forecast.h"

namespace Candor {

const MilestoneForecast *Forecast::milestone(qint64 id) const
{
    const int index = milestoneIndex.value(id, -1);
    return index < 0 ? nullptr : &milestones.at(index);
}

} // namespace Candor
