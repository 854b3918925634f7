// SPDX-License-Identifier: MIT
#pragma once

#include "core/writeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Candor {

class Project;

// One day of the whole project's completion history.
struct SnapshotPoint
{
    QDate date;
    double claimed = 0;              // percent
    double verified = 0;             // percent
    std::optional<double> remaining; // days of estimate left; unset in snapshots before v3
};

// The completion history in the `snapshot` table: one row per component and day, and one for
// the whole project (component_id NULL), with claimed and verified percent and the estimate
// left. A snapshot is derived data, not an edit: it is written in its own transaction, outside
// the undo stack and the history, and taking one again on the same day replaces that day.
class SnapshotStore final
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)
public:
    explicit SnapshotStore(Project &project)
        : m_project(project)
    {}

    WriteResult take(const QDate &date);
    QDate lastDate() const;               // invalid when none was taken
    QList<SnapshotPoint> history() const; // the whole project's, oldest first

private:
    Project &m_project;
};

} // namespace Candor
