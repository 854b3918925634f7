// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Candor {

// Workflow status: what someone says about a task. Cancelled ("Won't do") comes last so that
// the order of the others, which the board's columns and every table follow, is unchanged.
enum class Status : quint8 { Todo, InProgress, Blocked, Review, Done, Cancelled };
// P0 is the most urgent.
enum class Priority : quint8 { P0, P1, P2, P3 };
// What the evidence shows, kept apart from the claim (Status).
enum class Verification : quint8 { Unverified, Verified, Failed };

inline constexpr int StatusCount = 6;
inline constexpr int PriorityCount = 4;
inline constexpr int VerificationCount = 3;

// Database tokens and translated labels for the task enums.
class TaskEnums final
{
    Q_DECLARE_TR_FUNCTIONS(TaskEnums)
public:
    static QString token(Status status);
    static QString token(Priority priority);
    static QString token(Verification verification);

    static std::optional<Status> statusFromToken(QStringView token);
    static std::optional<Priority> priorityFromToken(QStringView token);
    static std::optional<Verification> verificationFromToken(QStringView token);

    static QString label(Status status);
    static QString label(Priority priority);
    static QString label(Verification verification);

    static QStringList statusLabels();
    // The verdict a task's evidence gives its claim, named as everywhere (docs/vocabulary.md):
    // "Verified", "Failed", or "Not verified" for a task marked done without evidence; empty for
    // an unfinished task nobody has verified yet (no claim to judge).
    static QString verdict(Status status, Verification verification);

    // Done or cancelled: nothing is left to do, so the task blocks nothing, costs the schedule
    // nothing and counts as closed in every "open" filter.
    static constexpr bool isFinished(Status status)
    {
        return status == Status::Done || status == Status::Cancelled;
    }
    static QStringList priorityLabels();
    static QStringList verificationLabels();
};

} // namespace Candor
