// SPDX-License-Identifier: MIT
// TaskModel's upkeep of the text the filter searches: each task's own fields, and what it links
// to (component, milestones, checklist), kept current once the first search has asked for it.
#include "componentmodel.h"
#include "project/project.h"
#include "taskfilter.h"
#include "taskmodel.h"

namespace Candor {

void TaskModel::prepareSearchText()
{
    for (Task &task : m_tasks) {
        if (task.searchText.isEmpty())
            task.searchText = TaskFilter::searchText(task);
    }
    if (m_search.isReady())
        return;
    // Read once, then followed: nobody pays for this who never searches.
    m_search.read();
    fillRelatedSearchText();
    connect(m_project, &Project::checklistChanged, this, &TaskModel::followChecklist);
    connect(m_project, &Project::milestonesChanged, this, &TaskModel::refreshRelatedSearchText);
    connect(m_project, &Project::linksLoaded, this, &TaskModel::refreshRelatedSearchText);
    const ComponentModel *components = m_project->components();
    connect(components, &QAbstractItemModel::dataChanged, this,
            &TaskModel::refreshRelatedSearchText);
    connect(components, &QAbstractItemModel::modelReset, this,
            &TaskModel::refreshRelatedSearchText);
}

void TaskModel::fillRelatedSearchText()
{
    m_search.prepareNames();
    for (Task &task : m_tasks)
        TaskFilter::setRelatedSearchText(task, m_search.relatedText(task));
}

void TaskModel::refreshRelatedSearchText()
{
    fillRelatedSearchText();
    emit relatedSearchTextChanged();
}

void TaskModel::followChecklist(qint64 taskId)
{
    const int row = rowOf(taskId);
    m_search.refreshChecklist(taskId);
    if (row < 0)
        return;
    Task &task = m_tasks[row];
    const QString before = TaskFilter::relatedSearchText(task);
    TaskFilter::setRelatedSearchText(task, m_search.relatedText(task));
    if (TaskFilter::relatedSearchText(task) == before)
        return;
    // Its row may now pass or fail the text filter; the proxies look again on dataChanged.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Candor
