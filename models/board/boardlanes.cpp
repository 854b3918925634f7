// SPDX-License-Identifier: MIT
#include "boardlanes.h"

#include "tasks/componentmodel.h"

namespace Candor {

void BoardLanes::reset(Swimlanes kind, const ComponentModel &components)
{
    m_kind = kind;
    m_values.clear();
    m_laneOfComponent.clear();
    switch (kind) {
    case Swimlanes::None:
        m_values.append(QVariant());
        break;
    case Swimlanes::Priority:
        for (int priority = 0; priority < PriorityCount; ++priority)
            m_values.append(priority);
        break;
    case Swimlanes::Component:
        for (const Component &component : components.components()) {
            m_laneOfComponent.insert(component.id, int(m_values.size()));
            m_values.append(component.id);
        }
        m_laneOfComponent.insert(0, int(m_values.size()));
        m_values.append(qint64(0)); // no component, last
        break;
    }
}

int BoardLanes::laneOf(const Task &task) const
{
    switch (m_kind) {
    case Swimlanes::None:
        return 0;
    case Swimlanes::Priority:
        return int(task.priority);
    case Swimlanes::Component:
        return m_laneOfComponent.value(task.componentId, count() - 1);
    }
    return 0;
}

QString BoardLanes::title(int lane, const ComponentModel &components) const
{
    const QVariant laneValue = value(lane);
    switch (m_kind) {
    case Swimlanes::None:
        return tr("All tasks");
    case Swimlanes::Priority:
        return TaskEnums::label(static_cast<Priority>(laneValue.toInt()));
    case Swimlanes::Component:
        return laneValue.toLongLong() == 0 ? tr("No component")
                                           : components.name(laneValue.toLongLong());
    }
    return {};
}

} // namespace Candor
