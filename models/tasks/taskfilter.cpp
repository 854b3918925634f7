// SPDX-License-Identifier: MIT
#include "taskfilter.h"

namespace Candor {

void TaskFilter::setText(const QString &text) {
    m_text = text.trimmed();
    // One matcher, built once per change, keeps the scan of 100k rows within a frame or two.
    m_matcher = QStringMatcher(m_text, Qt::CaseInsensitive);
}

bool TaskFilter::isEmpty() const {
    return m_text.isEmpty() && statuses.isEmpty() && priorities.isEmpty() && components.isEmpty();
}

bool TaskFilter::matches(const Task &task) const {
    if (!statuses.isEmpty() && !statuses.contains(task.status))
        return false;
    if (!priorities.isEmpty() && !priorities.contains(task.priority))
        return false;
    if (!components.isEmpty() && !components.contains(task.componentId))
        return false;
    if (m_text.isEmpty())
        return true;
    return m_matcher.indexIn(task.key) >= 0 || m_matcher.indexIn(task.title) >= 0 ||
           m_matcher.indexIn(task.description) >= 0;
}

bool TaskFilter::operator==(const TaskFilter &other) const {
    return m_text == other.m_text && statuses == other.statuses && priorities == other.priorities &&
           components == other.components;
}

} // namespace Candor
