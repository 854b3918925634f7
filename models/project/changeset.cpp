// SPDX-License-Identifier: MIT
#include "changeset.h"

#include <algorithm>

namespace Candor {

ChangeSet &ChangeSet::add(Change::Operation operation)
{
    m_operations.push_back(std::move(operation));
    return *this;
}

ChangeSet &ChangeSet::setField(TaskField field, QList<qint64> ids, QVariantList values)
{
    Q_ASSERT(ids.size() == values.size());
    return add(Change::SetField{field, std::move(ids), std::move(values)});
}

ChangeSet &ChangeSet::setField(TaskField field, qint64 id, const QVariant &value)
{
    return setField(field, QList<qint64>{id}, QVariantList{value});
}

ChangeSet &ChangeSet::insertTasks(QList<TaskRecord> records)
{
    return add(Change::InsertTasks{std::move(records)});
}

ChangeSet &ChangeSet::removeTasks(QList<qint64> ids)
{
    return add(Change::RemoveTasks{std::move(ids)});
}

ChangeSet &ChangeSet::addEdges(QList<Edge> edges)
{
    return add(Change::AddEdges{std::move(edges)});
}

ChangeSet &ChangeSet::removeEdges(QList<Edge> edges)
{
    return add(Change::RemoveEdges{std::move(edges)});
}

QList<qint64> ChangeSet::insertedTaskIds() const
{
    QList<qint64> ids;
    for (const Change::Operation &operation : m_operations) {
        if (const auto *insert = std::get_if<Change::InsertTasks>(&operation)) {
            for (const TaskRecord &record : insert->records)
                ids.append(record.task.id);
        }
    }
    return ids;
}

void ChangeSet::prepend(ChangeSet &&other)
{
    m_operations.insert(m_operations.begin(), std::make_move_iterator(other.m_operations.begin()),
                        std::make_move_iterator(other.m_operations.end()));
}

void ChangeSet::reverse()
{
    std::reverse(m_operations.begin(), m_operations.end());
}

} // namespace Candor
