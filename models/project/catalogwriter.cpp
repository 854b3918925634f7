// SPDX-License-Identifier: MIT
#include "catalogwriter.h"

#include "project.h"
#include "taskbinder.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"
#include "unitofwork.h"

#include <QSqlQuery>

#include <algorithm>

namespace Candor {

namespace {

QVariant percentValue(const std::optional<int> &percent)
{
    return percent ? QVariant(*percent) : QVariant(QMetaType(QMetaType::Int));
}

void bindComponent(QSqlQuery &query, const Component &component)
{
    query.addBindValue(component.name);
    query.addBindValue(TaskBinder::text(component.prefix));
    query.addBindValue(component.colour);
    query.addBindValue(component.sortOrder);
    query.addBindValue(percentValue(component.statedCompletion));
}

void bindMilestone(QSqlQuery &query, const Milestone &milestone)
{
    query.addBindValue(milestone.name);
    query.addBindValue(TaskBinder::text(milestone.description));
    query.addBindValue(TaskBinder::date(milestone.targetDate));
    query.addBindValue(TaskBinder::date(milestone.doneDate));
    query.addBindValue(milestone.sortOrder);
}

} // namespace

QString CatalogWriter::checkComponent(const Component &component) const
{
    if (component.name.isEmpty())
        return tr("A component needs a name.");
    if (const qint64 other = m_work.componentIdForName(component.name);
        other != 0 && other != component.id)
        return tr("There is already a component %1.").arg(component.name);
    if (component.statedCompletion &&
        (*component.statedCompletion < 0 || *component.statedCompletion > 100))
        return tr("A stated completion is a percentage from 0 to 100.");
    return {};
}

WriteResult CatalogWriter::apply(Change::AddComponent &change, ChangeSet &inverse)
{
    Component &component = change.component;
    component.name = component.name.trimmed();
    component.prefix = component.prefix.trimmed().toUpper();
    // A new component given no place goes last (one coming back by undo keeps its place).
    if (component.id == 0 && component.sortOrder == 0) {
        for (const Component &other : m_work.project().components()->components())
            component.sortOrder = std::max(component.sortOrder, other.sortOrder + 1);
    }
    if (component.colour.isEmpty())
        component.colour = QStringLiteral("#808080");
    if (const QString problem = checkComponent(component); !problem.isEmpty())
        return WriteResult::failure(problem);
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral(
        "INSERT INTO component (name, prefix, colour, sort_order, stated_completion, id) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    bindComponent(query, component);
    query.addBindValue(component.id == 0 ? QVariant() : QVariant(component.id));
    if (!query.exec())
        return m_work.sqlFailure(tr("Cannot add the component"), query);
    if (component.id == 0)
        component.id = query.lastInsertId().toLongLong();
    m_work.setComponent(component.id, component);
    m_work.updates().componentsAdded.append(component);
    inverse.add(Change::RemoveComponent{component.id});
    return WriteResult::success();
}

WriteResult CatalogWriter::apply(Change::UpdateComponent &change, ChangeSet &inverse)
{
    Component &component = change.component;
    const Component *existing = m_work.component(component.id);
    if (!existing)
        return WriteResult::failure(tr("Unknown component."));
    const Component before = *existing;
    component.name = component.name.trimmed();
    component.prefix = component.prefix.trimmed().toUpper();
    if (const QString problem = checkComponent(component); !problem.isEmpty())
        return WriteResult::failure(problem);
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral("UPDATE component SET name = ?, prefix = ?, colour = ?, "
                                 "sort_order = ?, stated_completion = ? WHERE id = ?"));
    bindComponent(query, component);
    query.addBindValue(component.id);
    if (!query.exec())
        return m_work.sqlFailure(tr("Cannot change the component"), query);
    m_work.setComponent(component.id, component);
    m_work.updates().componentsUpdated.append(component);
    inverse.add(Change::UpdateComponent{before});
    return WriteResult::success();
}

WriteResult CatalogWriter::apply(Change::RemoveComponent &change, ChangeSet &inverse)
{
    const Component *existing = m_work.component(change.id);
    if (!existing)
        return WriteResult::failure(tr("Unknown component."));
    for (const Task &task : m_work.project().tasks()->tasks()) {
        if (task.componentId == change.id && m_work.task(task.id) &&
            m_work.task(task.id)->componentId == change.id)
            return WriteResult::failure(tr("The component is still used by %1.").arg(task.key));
    }
    const Component before = *existing;
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral("DELETE FROM component WHERE id = ?"));
    query.addBindValue(change.id);
    if (!query.exec())
        return m_work.sqlFailure(tr("Cannot remove the component"), query);
    m_work.setComponent(change.id, std::nullopt);
    m_work.updates().componentsRemoved.append(change.id);
    inverse.add(Change::AddComponent{before});
    return WriteResult::success();
}

WriteResult CatalogWriter::apply(Change::AddMilestone &change, ChangeSet &inverse)
{
    Milestone &milestone = change.milestone;
    milestone.name = milestone.name.trimmed();
    if (milestone.name.isEmpty())
        return WriteResult::failure(tr("A milestone needs a name."));
    // A new milestone given no place goes last (one coming back by undo keeps its place).
    if (milestone.id == 0 && milestone.sortOrder == 0) {
        for (const Milestone &other : m_work.project().milestones()->milestones())
            milestone.sortOrder = std::max(milestone.sortOrder, other.sortOrder + 1);
    }
    const QString what = tr("Cannot add the milestone");
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral("INSERT INTO milestone (name, description, target_date, "
                                 "done_date, sort_order, id) VALUES (?, ?, ?, ?, ?, ?)"));
    bindMilestone(query, milestone);
    query.addBindValue(milestone.id == 0 ? QVariant() : QVariant(milestone.id));
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    if (milestone.id == 0)
        milestone.id = query.lastInsertId().toLongLong();
    m_work.setMilestone(milestone.id, milestone);
    query.prepare(
        QStringLiteral("INSERT INTO milestone_task (milestone_id, task_id) VALUES (?, ?)"));
    for (qint64 taskId : std::as_const(change.gates)) {
        if (!m_work.task(taskId))
            continue;
        query.addBindValue(milestone.id);
        query.addBindValue(taskId);
        if (!query.exec())
            return m_work.sqlFailure(what, query);
        QList<qint64> gates = m_work.milestonesOf(taskId);
        gates.append(milestone.id);
        m_work.setMilestonesOf(taskId, gates);
    }
    m_work.updates().milestonesAdded.append(milestone);
    m_work.updates().milestonesChanged = true;
    inverse.add(Change::RemoveMilestone{milestone.id});
    return WriteResult::success();
}

WriteResult CatalogWriter::apply(Change::UpdateMilestone &change, ChangeSet &inverse)
{
    Milestone &milestone = change.milestone;
    const Milestone *existing = m_work.milestone(milestone.id);
    if (!existing)
        return WriteResult::failure(tr("Unknown milestone."));
    milestone.name = milestone.name.trimmed();
    if (milestone.name.isEmpty())
        return WriteResult::failure(tr("A milestone needs a name."));
    const Milestone before = *existing;
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral("UPDATE milestone SET name = ?, description = ?, "
                                 "target_date = ?, done_date = ?, sort_order = ? WHERE id = ?"));
    bindMilestone(query, milestone);
    query.addBindValue(milestone.id);
    if (!query.exec())
        return m_work.sqlFailure(tr("Cannot change the milestone"), query);
    m_work.setMilestone(milestone.id, milestone);
    m_work.updates().milestonesUpdated.append(milestone);
    m_work.updates().milestonesChanged = true;
    inverse.add(Change::UpdateMilestone{before});
    return WriteResult::success();
}

WriteResult CatalogWriter::apply(Change::RemoveMilestone &change, ChangeSet &inverse)
{
    const Milestone *existing = m_work.milestone(change.id);
    if (!existing)
        return WriteResult::failure(tr("Unknown milestone."));
    const Milestone before = *existing;
    QList<qint64> gated = m_work.project().tasksOfMilestone(change.id);
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral("DELETE FROM milestone WHERE id = ?"));
    query.addBindValue(change.id);
    if (!query.exec())
        return m_work.sqlFailure(tr("Cannot remove the milestone"), query);
    // The file dropped its gates with it (ON DELETE CASCADE).
    for (qint64 taskId : std::as_const(gated)) {
        QList<qint64> gates = m_work.milestonesOf(taskId);
        gates.removeAll(change.id);
        m_work.setMilestonesOf(taskId, gates);
    }
    m_work.setMilestone(change.id, std::nullopt);
    m_work.updates().milestonesRemoved.append(change.id);
    m_work.updates().milestonesChanged = true;
    inverse.add(Change::AddMilestone{before, gated});
    return WriteResult::success();
}

} // namespace Candor
