// SPDX-License-Identifier: MIT
#include "taskvalidator.h"

#include "core/taskenums.h"
#include "projectstate.h"

#include <QRegularExpression>

#include <cmath>

namespace Candor {

QVariant TaskValidator::normalised(TaskField field, const QVariant &value)
{
    switch (field) {
    case TaskField::Key:
    case TaskField::Title:
    case TaskField::Assignee:
    case TaskField::Phase:
        return value.toString().trimmed();
    case TaskField::Estimate:
    case TaskField::Optimistic:
    case TaskField::Likely:
    case TaskField::Pessimistic: {
        if (value.isNull() || value.toString().trimmed().isEmpty())
            return {};
        bool ok = false;
        const double days = value.toDouble(&ok);
        if (!ok)
            return value;                               // left for validate() to refuse
        return days == 0 ? QVariant() : QVariant(days); // 0 days means "no estimate"
    }
    case TaskField::Status:
    case TaskField::Priority:
    case TaskField::Verification:
    case TaskField::Progress: {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok ? QVariant(number) : value;
    }
    case TaskField::Component: {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        return ok ? QVariant(id) : value;
    }
    case TaskField::VerifiedOn:
        return value.toDate().isValid() ? QVariant(value.toDate()) : QVariant();
    default:
        return value;
    }
}

QString TaskValidator::validate(const ProjectState &state, TaskField field, const QVariant &value,
                                qint64 taskId)
{
    const auto inRange = [&value](int count) {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok && number >= 0 && number < count;
    };
    switch (field) {
    case TaskField::Key: {
        const QString key = value.toString().trimmed();
        if (key.isEmpty())
            return tr("A task needs a key, such as SEC-001.");
        if (key.size() > maxKeyLength)
            return tr("A key has at most %1 characters.").arg(maxKeyLength);
        static const QRegularExpression pattern(
            QStringLiteral(R"(^[\p{L}\p{N}][\p{L}\p{N}_.\-]*$)"));
        if (!pattern.match(key).hasMatch())
            return tr("A key holds letters, digits, “-”, “_” and “.”, and no spaces.");
        const qint64 other = state.idForKey(key);
        if (other != 0 && other != taskId) {
            const Task *existing = state.task(other);
            return tr("The key %1 is already used by “%2”.").arg(existing->key, existing->title);
        }
        return {};
    }
    case TaskField::Title: {
        const QString title = value.toString().trimmed();
        if (title.isEmpty())
            return tr("A task needs a title.");
        if (title.size() > maxTitleLength)
            return tr("A title has at most %1 characters.").arg(maxTitleLength);
        return {};
    }
    case TaskField::Status:
        return inRange(StatusCount) ? QString() : tr("Unknown status.");
    case TaskField::Priority:
        return inRange(PriorityCount) ? QString() : tr("Priority is one of P0, P1, P2 and P3.");
    case TaskField::Verification:
        return inRange(VerificationCount) ? QString() : tr("Unknown verification state.");
    case TaskField::Component: {
        const qint64 id = value.toLongLong();
        return id == 0 || state.component(id) ? QString() : tr("Unknown component.");
    }
    case TaskField::Estimate:
    case TaskField::Optimistic:
    case TaskField::Likely:
    case TaskField::Pessimistic: {
        if (value.isNull())
            return {};
        bool ok = false;
        const double days = value.toDouble(&ok);
        if (!ok || !std::isfinite(days) || days < 0 || days > maxEstimateDays)
            return tr("An estimate is a number of days from 0 to %1.").arg(maxEstimateDays);
        return {};
    }
    case TaskField::Progress: {
        bool ok = false;
        const int percent = value.toInt(&ok);
        return ok && percent >= 0 && percent <= 100 ? QString()
                                                    : tr("Progress is a percentage from 0 to 100.");
    }
    case TaskField::Milestones:
        for (qint64 id : value.value<QList<qint64>>()) {
            if (!state.milestone(id))
                return tr("Unknown milestone.");
        }
        return {};
    case TaskField::Rank:
        return std::isfinite(value.toDouble()) ? QString() : tr("Invalid rank.");
    case TaskField::VerifiedOn:
        return !value.isValid() || value.isNull() || value.toDate().isValid() ? QString()
                                                                              : tr("Invalid date.");
    case TaskField::Updated:
        return tr("The update time is set by Candor.");
    case TaskField::Assignee:
    case TaskField::Description:
    case TaskField::Evidence:
    case TaskField::Phase:
        return {};
    }
    return {};
}

} // namespace Candor
