// SPDX-License-Identifier: MIT
#include "taskenums.h"

#include <array>

namespace Candor {

namespace {
const std::array<QStringView, StatusCount> statusTokens = {u"todo",   u"in_progress", u"blocked",
                                                           u"review", u"done",        u"cancelled"};
const std::array<QStringView, PriorityCount> priorityTokens = {u"P0", u"P1", u"P2", u"P3"};
const std::array<QStringView, VerificationCount> verificationTokens = {u"unverified", u"verified",
                                                                       u"failed"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromToken(const std::array<QStringView, N> &tokens, QStringView token)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (tokens[i].compare(token, Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}
} // namespace

QString TaskEnums::token(Status status)
{
    return statusTokens.at(static_cast<std::size_t>(status)).toString();
}

QString TaskEnums::token(Priority priority)
{
    return priorityTokens.at(static_cast<std::size_t>(priority)).toString();
}

QString TaskEnums::token(Verification verification)
{
    return verificationTokens.at(static_cast<std::size_t>(verification)).toString();
}

std::optional<Status> TaskEnums::statusFromToken(QStringView token)
{
    return fromToken<Status>(statusTokens, token);
}

std::optional<Priority> TaskEnums::priorityFromToken(QStringView token)
{
    return fromToken<Priority>(priorityTokens, token);
}

std::optional<Verification> TaskEnums::verificationFromToken(QStringView token)
{
    return fromToken<Verification>(verificationTokens, token);
}

QString TaskEnums::label(Status status)
{
    switch (status) {
    case Status::Todo:
        return tr("Todo");
    case Status::InProgress:
        return tr("In progress");
    case Status::Blocked:
        return tr("Blocked");
    case Status::Review:
        return tr("In review");
    case Status::Done:
        return tr("Done");
    case Status::Cancelled:
        // What Jira calls the resolution, and what a tracker's reader expects to see.
        return tr("Won't do");
    }
    return {};
}

QString TaskEnums::label(Priority priority)
{
    return token(priority);
}

QString TaskEnums::label(Verification verification)
{
    switch (verification) {
    case Verification::Unverified:
        // One name for the state in every view (docs/vocabulary.md); "claimed" names figures.
        return tr("Not verified");
    case Verification::Verified:
        return tr("Verified");
    case Verification::Failed:
        return tr("Failed");
    }
    return {};
}

QString TaskEnums::verdict(Status status, Verification verification)
{
    if (verification == Verification::Unverified && status != Status::Done)
        return {};
    return label(verification);
}

QStringList TaskEnums::statusLabels()
{
    QStringList labels;
    for (int i = 0; i < StatusCount; ++i)
        labels << label(static_cast<Status>(i));
    return labels;
}

QStringList TaskEnums::priorityLabels()
{
    QStringList labels;
    for (int i = 0; i < PriorityCount; ++i)
        labels << label(static_cast<Priority>(i));
    return labels;
}

QStringList TaskEnums::verificationLabels()
{
    QStringList labels;
    for (int i = 0; i < VerificationCount; ++i)
        labels << label(static_cast<Verification>(i));
    return labels;
}

} // namespace Candor
