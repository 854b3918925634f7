// SPDX-License-Identifier: MIT
// Project's shorthands: one edit each, as a change set of one operation through apply(), for
// callers that are not commands (the loader's repairs, the generator's tests, the CLI).
#include "project.h"
#include "tasks/componentmodel.h"

namespace Candor {

namespace {

// Applies one operation and copies back what the write filled in (the new id).
template <typename Operation, typename Value>
WriteResult applyOne(Project &project, Operation operation, Value Operation::*member, Value &value)
{
    ChangeSet changes;
    changes.add(std::move(operation));
    WriteResult result = project.apply(changes);
    if (result)
        value = std::get<Operation>(changes.operations().front()).*member;
    return result;
}

} // namespace

WriteResult Project::setName(const QString &name)
{
    ChangeSet changes;
    changes.add(Change::SetName{name});
    return apply(changes);
}

WriteResult Project::setTaskField(const QList<qint64> &ids, TaskField field,
                                  const QVariantList &values)
{
    ChangeSet changes;
    changes.setField(field, ids, values);
    return apply(changes);
}

WriteResult Project::insertTasks(QList<TaskRecord> &records)
{
    ChangeSet changes;
    changes.insertTasks(records);
    WriteResult result = apply(changes);
    if (result)
        records = std::get<Change::InsertTasks>(changes.operations().front()).records;
    return result;
}

WriteResult Project::removeTasks(const QList<qint64> &ids, QList<TaskRecord> *removed)
{
    ChangeSet changes;
    changes.removeTasks(ids);
    ChangeSet inverse;
    WriteResult result = apply(changes, &inverse);
    if (result && removed)
        *removed = std::get<Change::InsertTasks>(inverse.operations().front()).records;
    return result;
}

WriteResult Project::addDependency(qint64 taskId, qint64 dependsOnId)
{
    return addDependencies({{taskId, dependsOnId}});
}

WriteResult Project::removeDependency(qint64 taskId, qint64 dependsOnId)
{
    ChangeSet changes;
    changes.removeEdges({{taskId, dependsOnId}});
    return apply(changes);
}

WriteResult Project::addDependencies(const QList<QPair<qint64, qint64>> &edges)
{
    ChangeSet changes;
    changes.addEdges(edges);
    return apply(changes);
}

WriteResult Project::addComponent(Component &component)
{
    return applyOne(*this, Change::AddComponent{component}, &Change::AddComponent::component,
                    component);
}

WriteResult Project::setStatedCompletion(qint64 componentId, std::optional<int> percent)
{
    const Component *existing = m_components->component(componentId);
    if (!existing)
        return WriteResult::failure(tr("Unknown component."));
    Component changed = *existing;
    changed.statedCompletion = percent;
    ChangeSet changes;
    changes.add(Change::UpdateComponent{changed});
    return apply(changes);
}

WriteResult Project::addMilestone(Milestone &milestone)
{
    return applyOne(*this, Change::AddMilestone{milestone, {}}, &Change::AddMilestone::milestone,
                    milestone);
}

WriteResult Project::insertChecklistItem(ChecklistItem &item)
{
    return applyOne(*this, Change::InsertChecklistItem{item}, &Change::InsertChecklistItem::item,
                    item);
}

} // namespace Candor
