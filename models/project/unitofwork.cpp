// SPDX-License-Identifier: MIT
#include "unitofwork.h"

#include "core/taskvalues.h"
#include "database/projectdatabase.h"
#include "project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"

#include <QDateTime>
#include <QSqlError>

namespace Candor {

UnitOfWork::UnitOfWork(Project &project)
    : m_project(project)
    , m_db(project.database().connection())
    , m_transaction(m_db)
    , m_time(QDateTime::currentMSecsSinceEpoch())
    , m_events(m_db)
{}

UnitOfWork::~UnitOfWork()
{
    if (m_committed)
        return;
    // The file rolls back with the transaction; the graph goes back with it.
    DependencyGraph &graph = m_project.m_dependencies;
    for (auto it = m_edgeLog.crbegin(); it != m_edgeLog.crend(); ++it) {
        if (it->second)
            graph.remove(it->first.first, it->first.second);
        else
            graph.add(it->first.first, it->first.second);
    }
}

WriteResult UnitOfWork::sqlFailure(const QString &what, const QSqlQuery &query) const
{
    return WriteResult::failure(
        ProjectDatabase::describe(what, query.lastError(), m_project.database().path()));
}

WriteResult UnitOfWork::commit()
{
    if (!m_events.flush())
        return sqlFailure(Project::tr("The history could not be saved"), m_events.query());
    m_committed = m_transaction.commit();
    if (!m_committed)
        return WriteResult::failure(
            ProjectDatabase::describe(Project::tr("The change could not be saved"),
                                      m_transaction.error(), m_project.database().path()));
    return WriteResult::success();
}

const Task *UnitOfWork::task(qint64 id) const
{
    if (const auto it = m_tasks.constFind(id); it != m_tasks.cend())
        return it->has_value() ? &**it : nullptr;
    return m_project.tasks()->task(id);
}

qint64 UnitOfWork::idForKey(const QString &key) const
{
    if (const auto it = m_keys.constFind(key.toCaseFolded()); it != m_keys.cend())
        return *it;
    const qint64 id = m_project.tasks()->idForKey(key);
    return id != 0 && task(id) ? id : 0;
}

QVariant UnitOfWork::fieldValue(const Task &task, TaskField field) const
{
    if (field == TaskField::Milestones)
        return QVariant::fromValue(milestonesOf(task.id));
    return taskValue(task, field);
}

QList<qint64> UnitOfWork::milestonesOf(qint64 taskId) const
{
    if (const auto it = m_gates.constFind(taskId); it != m_gates.cend())
        return *it;
    return m_project.milestonesOf(taskId);
}

const Component *UnitOfWork::component(qint64 id) const
{
    if (const auto it = m_components.constFind(id); it != m_components.cend())
        return it->has_value() ? &**it : nullptr;
    return m_project.components()->component(id);
}

qint64 UnitOfWork::componentIdForName(const QString &name) const
{
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it) {
        if (it->has_value() && (*it)->name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return it.key();
    }
    const qint64 id = m_project.components()->idForName(name);
    return id != 0 && component(id) ? id : 0;
}

const Milestone *UnitOfWork::milestone(qint64 id) const
{
    if (const auto it = m_milestones.constFind(id); it != m_milestones.cend())
        return it->has_value() ? &**it : nullptr;
    return m_project.milestones()->milestone(id);
}

void UnitOfWork::setTask(const Task &task)
{
    m_tasks.insert(task.id, task);
}

void UnitOfWork::removeTask(qint64 id)
{
    if (const Task *existing = task(id))
        m_keys.insert(existing->key.toCaseFolded(), 0);
    m_tasks.insert(id, std::nullopt);
}

void UnitOfWork::setKey(const QString &oldKey, const QString &newKey, qint64 id)
{
    if (!oldKey.isEmpty())
        m_keys.insert(oldKey.toCaseFolded(), 0);
    m_keys.insert(newKey.toCaseFolded(), id);
}

void UnitOfWork::setMilestonesOf(qint64 taskId, QList<qint64> milestones)
{
    std::sort(milestones.begin(), milestones.end());
    m_gates.insert(taskId, milestones);
    m_updates.gates.insert(taskId, milestones);
    m_updates.milestonesChanged = true;
}

void UnitOfWork::setComponent(qint64 id, const std::optional<Component> &component)
{
    m_components.insert(id, component);
}

void UnitOfWork::setMilestone(qint64 id, const std::optional<Milestone> &milestone)
{
    m_milestones.insert(id, milestone);
}

void UnitOfWork::addEdge(qint64 task, qint64 dependsOn)
{
    if (m_project.m_dependencies.contains(task, dependsOn))
        return;
    m_project.m_dependencies.add(task, dependsOn);
    m_edgeLog.append({{task, dependsOn}, true});
    m_updates.dependencies << task << dependsOn;
}

void UnitOfWork::removeEdge(qint64 task, qint64 dependsOn)
{
    if (!m_project.m_dependencies.contains(task, dependsOn))
        return;
    m_project.m_dependencies.remove(task, dependsOn);
    m_edgeLog.append({{task, dependsOn}, false});
    m_updates.dependencies << task << dependsOn;
}

} // namespace Candor
