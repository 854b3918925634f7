// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace Candor {

// Custom item data roles, in one place for every model.
enum Role : int {
    TaskIdRole = Qt::UserRole + 1, // qint64 id of the task shown in a row
    SortRole,                      // raw typed value used for sorting
    ColourRole,                    // QColor of the task's component
    MilestoneIdsRole,              // QList<qint64> of a task's milestones
    ItemIdRole,                    // qint64 id of a component, milestone or checklist item
};

} // namespace Candor
