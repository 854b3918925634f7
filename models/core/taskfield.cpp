// SPDX-License-Identifier: MIT
#include "taskfield.h"

namespace Candor {

QString fieldName(TaskField field)
{
    switch (field) {
    case TaskField::Key:
        return QStringLiteral("key");
    case TaskField::Title:
        return QStringLiteral("title");
    case TaskField::Status:
        return QStringLiteral("status");
    case TaskField::Priority:
        return QStringLiteral("priority");
    case TaskField::Component:
        return QStringLiteral("component");
    case TaskField::Assignee:
        return QStringLiteral("assignee");
    case TaskField::Estimate:
        return QStringLiteral("estimate");
    case TaskField::Progress:
        return QStringLiteral("progress");
    case TaskField::Verification:
        return QStringLiteral("verification");
    case TaskField::Milestones:
        return QStringLiteral("milestones");
    case TaskField::Updated:
        return QStringLiteral("updated");
    case TaskField::Description:
        return QStringLiteral("description");
    case TaskField::Evidence:
        return QStringLiteral("evidence");
    case TaskField::Phase:
        return QStringLiteral("phase");
    case TaskField::Optimistic:
        return QStringLiteral("estimate_optimistic");
    case TaskField::Likely:
        return QStringLiteral("estimate_likely");
    case TaskField::Pessimistic:
        return QStringLiteral("estimate_pessimistic");
    case TaskField::Rank:
        return QStringLiteral("rank");
    case TaskField::VerifiedOn:
        return QStringLiteral("verified_on");
    }
    return {};
}

} // namespace Candor
