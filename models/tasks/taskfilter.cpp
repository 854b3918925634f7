// SPDX-License-Identifier: MIT
#include "taskfilter.h"

namespace Candor {

void TaskFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    // Tasks keep a case-folded copy of their text, so a case-sensitive match of the folded
    // needle is a case-insensitive search, without folding 100k descriptions on every key press.
    m_matcher = QStringMatcher(m_text.toCaseFolded(), Qt::CaseSensitive);
}

bool TaskFilter::isEmpty() const
{
    return m_text.isEmpty() && statuses.isEmpty() && priorities.isEmpty() && components.isEmpty() &&
           tasks.isEmpty();
}

bool TaskFilter::matches(const Task &task) const
{
    if (!statuses.isEmpty() && !statuses.contains(task.status))
        return false;
    if (!priorities.isEmpty() && !priorities.contains(task.priority))
        return false;
    if (!components.isEmpty() && !components.contains(task.componentId))
        return false;
    if (!tasks.isEmpty() && !tasks.contains(task.id))
        return false;
    if (m_text.isEmpty())
        return true;
    if (!task.searchText.isEmpty())
        return m_matcher.indexIn(task.searchText) >= 0;
    return m_matcher.indexIn(searchText(task)) >= 0;
}

QString TaskFilter::searchText(const Task &task)
{
    // A separator no one types keeps a match from spanning two fields.
    const QChar separator(0x1f);
    return (task.key + separator + task.title + separator + task.description + separator +
            task.assignee + separator + task.phase + separator + task.evidence)
        .toCaseFolded();
}

void TaskFilter::setOwnSearchText(Task &task)
{
    const QString related = relatedSearchText(task);
    task.searchText = searchText(task);
    task.searchText += related;
}

void TaskFilter::setRelatedSearchText(Task &task, const QString &related)
{
    task.searchText.chop(task.relatedSearchLength);
    if (task.searchText.isEmpty())
        task.searchText = searchText(task);
    task.relatedSearchLength = related.isEmpty() ? 0 : related.size() + 1;
    if (!related.isEmpty()) {
        task.searchText += QChar(0x1f);
        task.searchText += related;
    }
}

QString TaskFilter::relatedSearchText(const Task &task)
{
    return task.searchText.right(task.relatedSearchLength);
}

bool TaskFilter::operator==(const TaskFilter &other) const
{
    return m_text == other.m_text && statuses == other.statuses && priorities == other.priorities &&
           components == other.components && tasks == other.tasks;
}

} // namespace Candor
