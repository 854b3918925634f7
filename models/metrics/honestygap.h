// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Candor {

class Project;

// The gap between what is claimed, what is verified and what a document stated: the rules the
// dashboard and the JSON export share, and the export's `honesty_gap` object.
class HonestyGap final
{
public:
    // Where an import keeps the completion a document stated for the whole project (a number
    // 0-100 in the project settings); absent when no document said.
    static inline const QString statedSettingKey = QStringLiteral("metrics.statedCompletion");

    // Done, and no evidence says so.
    static bool isClaimedOnly(Status status, Verification verification)
    {
        return status == Status::Done && verification != Verification::Verified;
    }
    static bool isFailed(Verification verification) { return verification == Verification::Failed; }
    // Half a point of slack, so that a stated "45%" is not overstated against 44.6% claimed.
    static bool overstates(int statedPercent, double claimedPercent)
    {
        return statedPercent > claimedPercent + 0.5;
    }
    static std::optional<int> statedPercent(const Project &project);

    // {"claimed_only": [keys], "failed": [keys], "overstated_components": [{"name",
    // "stated_percent", "claimed_percent", "verified_percent"}]}, keys in key order.
    static QJsonObject toJson(const Project &project);
    // The project's stated percent, or null.
    static QJsonValue statedJson(const Project &project);
};

} // namespace Candor
