// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>

namespace Candor {

class ComponentModel;

enum class Swimlanes { None, Priority, Component };

// The board's lanes: one without swimlanes, else one per priority or per component (and "No
// component" last). Says which lane a task belongs in and what a lane stands for.
class BoardLanes final
{
    Q_DECLARE_TR_FUNCTIONS(BoardLanes)
public:
    Swimlanes kind() const { return m_kind; }
    // Lays the lanes out for `kind`; components are read only for Swimlanes::Component.
    void reset(Swimlanes kind, const ComponentModel &components);

    int count() const { return int(m_values.size()); }
    // A priority (int) or component id (qint64, 0 for none) per lane; invalid without lanes.
    QVariant value(int lane) const { return m_values.value(lane); }
    int laneOf(const Task &task) const;
    QString title(int lane, const ComponentModel &components) const;

private:
    Swimlanes m_kind = Swimlanes::None;
    QList<QVariant> m_values{QVariant()};
    QHash<qint64, int> m_laneOfComponent;
};

} // namespace Candor
