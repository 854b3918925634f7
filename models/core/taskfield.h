// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Candor {

// Editable facts of a task. The first ones double as TaskModel's columns, in this order.
enum class TaskField : int {
    Key,
    Title,
    Status,
    Priority,
    Component,
    Assignee,
    Estimate,
    Progress,
    Verification,
    Milestones,
    Updated,
    // Not shown as table columns:
    Description,
    Evidence,
    Phase,
    Optimistic,
    Likely,
    Pessimistic,
    Rank,
    VerifiedOn,
};

inline constexpr int TaskColumnCount = static_cast<int>(TaskField::Updated) + 1;

inline constexpr int column(TaskField field)
{
    return static_cast<int>(field);
}

// The name of a field as stored in the event table and used in exports.
QString fieldName(TaskField field);
// The name of a field as a person reads it, in the user's language ("board position").
QString fieldLabel(TaskField field);
// The same for a field name of the event table: a fieldName or one of the history's own
// ("created", "depends_on", "checklist"). An unknown name comes back as it is.
QString fieldLabel(const QString &name);

} // namespace Candor
