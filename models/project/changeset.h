// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskfield.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QVariant>

#include <optional>
#include <variant>
#include <vector>

namespace Candor {

using Edge = QPair<qint64, qint64>; // (task, depends on)

// The operations a change set holds. Project::apply() writes them in order in one transaction,
// fills in what the file assigned (new ids) and produces the change set that undoes them.
namespace Change {

struct SetField
{
    TaskField field = TaskField::Title;
    QList<qint64> ids;
    QVariantList values; // one per id, raw values as TaskModel::fieldValue gives them
};
struct InsertTasks
{
    QList<TaskRecord> records; // id 0 gets a new id, written back here
};
struct RemoveTasks
{
    QList<qint64> ids;
};
struct AddEdges
{
    QList<Edge> edges;
};
struct RemoveEdges
{
    QList<Edge> edges;
};
// Edges named by key, resolved when applied, so that one change set can insert tasks and link
// them (an import). Pairs whose keys name no task are skipped and reported in skipped.
struct LinkKeys
{
    QList<QPair<QString, QString>> keys; // (task key, depends-on key)
    QList<QPair<QString, QString>> skipped;
};
struct InsertChecklistItem
{
    ChecklistItem item; // at item.position; id 0 gets a new id
};
struct RemoveChecklistItem
{
    qint64 id = 0;
};
struct SetChecklistItem
{
    ChecklistItem item; // text and checked
};
struct MoveChecklistItem
{
    qint64 id = 0;
    int position = 0;
};
struct AddComponent
{
    Component component; // id 0 gets a new id
};
struct UpdateComponent
{
    Component component; // name, prefix, colour, order and stated completion
};
struct RemoveComponent
{
    qint64 id = 0;
};
struct AddMilestone
{
    Milestone milestone; // id 0 gets a new id
    QList<qint64> gates; // tasks it gates (restored on undo of a removal)
};
struct UpdateMilestone
{
    Milestone milestone;
};
struct RemoveMilestone
{
    qint64 id = 0;
};
struct SetSetting
{
    QString key;
    QJsonValue value; // null or undefined removes the key
};
struct SetName
{
    QString name;
};

using Operation = std::variant<SetField, InsertTasks, RemoveTasks, AddEdges, RemoveEdges, LinkKeys,
                               InsertChecklistItem, RemoveChecklistItem, SetChecklistItem,
                               MoveChecklistItem, AddComponent, UpdateComponent, RemoveComponent,
                               AddMilestone, UpdateMilestone, RemoveMilestone, SetSetting, SetName>;

} // namespace Change

// An ordered list of changes to a project, written as one transaction: everything a command
// does. Commands build change sets and never open transactions themselves.
class ChangeSet final
{
public:
    ChangeSet() = default;

    bool isEmpty() const { return m_operations.empty(); }
    std::size_t size() const { return m_operations.size(); }

    ChangeSet &add(Change::Operation operation);
    ChangeSet &setField(TaskField field, QList<qint64> ids, QVariantList values);
    ChangeSet &setField(TaskField field, qint64 id, const QVariant &value);
    ChangeSet &insertTasks(QList<TaskRecord> records);
    ChangeSet &removeTasks(QList<qint64> ids);
    ChangeSet &addEdges(QList<Edge> edges);
    ChangeSet &removeEdges(QList<Edge> edges);

    std::vector<Change::Operation> &operations() { return m_operations; }
    const std::vector<Change::Operation> &operations() const { return m_operations; }

    // Ids of the tasks that InsertTasks operations inserted (after apply()).
    QList<qint64> insertedTaskIds() const;
    // The change set that does the operations in reverse order (for building inverses).
    void prepend(ChangeSet &&other);
    void reverse();

private:
    std::vector<Change::Operation> m_operations;
};

} // namespace Candor
