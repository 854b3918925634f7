// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Candor {

// Workflow status: what someone says about a task.
enum class Status : quint8 { Todo, InProgress, Blocked, Review, Done };
// P0 is the most urgent.
enum class Priority : quint8 { P0, P1, P2, P3 };
// What the evidence shows, kept apart from the claim (Status).
enum class Verification : quint8 { Unverified, Verified, Failed };

inline constexpr int StatusCount = 5;
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
    static QStringList priorityLabels();
    static QStringList verificationLabels();
};

} // namespace Candor
