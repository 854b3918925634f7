// SPDX-License-Identifier: MIT
#include "taskwriter.h"

#include "checklistwriter.h"
#include "core/taskvalues.h"
#include "database/sqltext.h"
#include "dependencywriter.h"
#include "project.h"
#include "projectreader.h"
#include "taskbinder.h"
#include "taskvalidator.h"
#include "unitofwork.h"

#include <QSet>
#include <QSqlQuery>

namespace Candor {

QString TaskWriter::eventText(TaskField field, const QVariant &value) const
{
    switch (field) {
    case TaskField::Status:
    case TaskField::Priority:
    case TaskField::Verification:
    case TaskField::VerifiedOn:
        return TaskBinder::columnValue(field, value).toString();
    case TaskField::Component: {
        const Component *component = m_work.component(value.toLongLong());
        return component ? component->name : QString();
    }
    case TaskField::Milestones: {
        QStringList names;
        for (qint64 id : value.value<QList<qint64>>()) {
            if (const Milestone *milestone = m_work.milestone(id))
                names << milestone->name;
        }
        return names.join(QStringLiteral(", "));
    }
    default:
        return value.toString();
    }
}

WriteResult TaskWriter::apply(Change::SetField &change, ChangeSet &inverse)
{
    Q_ASSERT(change.ids.size() == change.values.size());
    const TaskField field = change.field;
    const QString what = tr("Cannot change the %1 of a task").arg(fieldLabel(field));
    Change::SetField undo{field, change.ids, {}};
    undo.values.reserve(change.ids.size());
    TaskModel::FieldValues committed{field, {}, {}};
    ColumnValues columnValues;
    for (qsizetype i = 0; i < change.ids.size(); ++i) {
        const Task *task = m_work.task(change.ids.at(i));
        if (!task)
            return WriteResult::failure(tr("The task no longer exists."));
        const QVariant &value = change.values.at(i);
        if (const QString problem = TaskValidator::validate(m_work, field, value, task->id);
            !problem.isEmpty())
            return WriteResult::failure(problem);
        const QVariant old = m_work.fieldValue(*task, field);
        undo.values.append(old);
        if (field != TaskField::Milestones)
            columnValues.add(TaskBinder::columnValue(field, value), task->id);
        if (!m_work.events().log(m_work.time(), task->id, task->key, fieldName(field),
                                 eventText(field, old), eventText(field, value)))
            return m_work.sqlFailure(what, m_work.events().query());
        Task changed = *task;
        if (field == TaskField::Key)
            m_work.setKey(task->key, value.toString(), task->id);
        setTaskValue(changed, field, value);
        changed.updated = m_work.time();
        m_work.setTask(changed);
        m_work.updates().histories.insert(task->id);
        committed.ids.append(task->id);
        committed.values.append(value);
    }
    if (field == TaskField::Milestones) {
        if (WriteResult result = setMilestones(change); !result)
            return result;
    } else if (WriteResult result = updateColumn(field, columnValues); !result) {
        return result;
    }
    if (field == TaskField::Status) {
        // A status change changes whether the tasks depending on it are blocked.
        for (qint64 id : std::as_const(change.ids))
            m_work.updates().dependencies.insert(id);
    }
    m_work.updates().fields.append(std::move(committed));
    inverse.add(std::move(undo));
    return WriteResult::success();
}

void TaskWriter::ColumnValues::add(const QVariant &value, qint64 id)
{
    // Values are grouped by type and text: equal values share one UPDATE.
    const QString key = value.isNull()
                            ? QStringLiteral("null")
                            : QString::number(value.typeId()) + QLatin1Char(':') + value.toString();
    auto it = index.constFind(key);
    if (it == index.cend()) {
        it = index.insert(key, int(groups.size()));
        groups.append({value, {}});
    }
    groups[*it].second.append(id);
}

WriteResult TaskWriter::updateColumn(TaskField field, const ColumnValues &values)
{
    // One UPDATE per value and batch of ids rather than per task: a bulk edit of 10k tasks
    // spent most of its time stepping 10k statements. WHERE id IN (...) is plain SQL that
    // PostgreSQL accepts too.
    constexpr qsizetype batch = 256;
    const QString what = tr("Cannot change the %1 of a task").arg(fieldLabel(field));
    const QString sql = QStringLiteral("UPDATE task SET %1 = ?, updated = ? WHERE id IN (%2)")
                            .arg(TaskBinder::column(field));
    QSqlQuery full(m_work.database());
    bool fullPrepared = false;
    for (const auto &[value, ids] : values.groups) {
        for (qsizetype first = 0; first < ids.size(); first += batch) {
            const qsizetype count = std::min(batch, ids.size() - first);
            QSqlQuery tail(m_work.database());
            QSqlQuery *update = &full;
            if (count < batch) {
                if (!tail.prepare(sql.arg(SqlText::repeated(QStringLiteral("?"), count))))
                    return m_work.sqlFailure(what, tail);
                update = &tail;
            } else if (!fullPrepared) {
                fullPrepared = full.prepare(sql.arg(SqlText::repeated(QStringLiteral("?"), batch)));
                if (!fullPrepared)
                    return m_work.sqlFailure(what, full);
            }
            update->addBindValue(value);
            update->addBindValue(m_work.time());
            for (qsizetype i = first; i < first + count; ++i)
                update->addBindValue(ids.at(i));
            if (!update->exec())
                return m_work.sqlFailure(what, *update);
        }
    }
    return WriteResult::success();
}

WriteResult TaskWriter::setMilestones(const Change::SetField &change)
{
    const QString what = tr("Cannot change the milestones of a task");
    QSqlQuery unlink(m_work.database());
    unlink.prepare(QStringLiteral("DELETE FROM milestone_task WHERE task_id = ?"));
    QSqlQuery link(m_work.database());
    link.prepare(
        QStringLiteral("INSERT INTO milestone_task (milestone_id, task_id) VALUES (?, ?)"));
    QSqlQuery touch(m_work.database());
    touch.prepare(QStringLiteral("UPDATE task SET updated = ? WHERE id = ?"));
    for (qsizetype i = 0; i < change.ids.size(); ++i) {
        const qint64 taskId = change.ids.at(i);
        unlink.addBindValue(taskId);
        if (!unlink.exec())
            return m_work.sqlFailure(what, unlink);
        QList<qint64> milestones = change.values.at(i).value<QList<qint64>>();
        milestones.erase(std::unique(milestones.begin(), milestones.end()), milestones.end());
        for (qint64 milestone : std::as_const(milestones)) {
            link.addBindValue(milestone);
            link.addBindValue(taskId);
            if (!link.exec())
                return m_work.sqlFailure(what, link);
        }
        touch.addBindValue(m_work.time());
        touch.addBindValue(taskId);
        if (!touch.exec())
            return m_work.sqlFailure(what, touch);
        m_work.setMilestonesOf(taskId, milestones);
    }
    return WriteResult::success();
}

WriteResult TaskWriter::apply(Change::InsertTasks &change, ChangeSet &inverse)
{
    const QString what = tr("Cannot add the task");
    QSqlQuery insert(m_work.database());
    insert.prepare(TaskBinder::insertSql());
    QSet<QString> batchKeys;
    for (TaskRecord &record : change.records) {
        Task &task = record.task;
        for (TaskField field : {TaskField::Key, TaskField::Title, TaskField::Estimate,
                                TaskField::Progress, TaskField::Component}) {
            if (const QString problem =
                    TaskValidator::validate(m_work, field, taskValue(task, field), task.id);
                !problem.isEmpty())
                return WriteResult::failure(problem);
        }
        if (batchKeys.contains(task.key.toCaseFolded()))
            return WriteResult::failure(tr("The key %1 is used twice.").arg(task.key));
        batchKeys.insert(task.key.toCaseFolded());
        if (task.created == 0)
            task.created = m_work.time();
        task.updated = m_work.time();
        TaskBinder::bind(insert, task);
        if (!insert.exec())
            return m_work.sqlFailure(what, insert);
        if (task.id == 0)
            task.id = insert.lastInsertId().toLongLong();
        if (!m_work.events().log(m_work.time(), task.id, task.key, QStringLiteral("created"), {},
                                 task.title))
            return m_work.sqlFailure(what, m_work.events().query());
        m_work.setTask(task);
        m_work.setKey({}, task.key, task.id);
    }

    // What the tasks bring, once every one of them has an id.
    DependencyWriter edges(m_work);
    QSqlQuery gate(m_work.database());
    gate.prepare(
        QStringLiteral("INSERT INTO milestone_task (milestone_id, task_id) VALUES (?, ?)"));
    QSqlQuery item(m_work.database());
    ChecklistWriter::prepareInsert(item);
    for (TaskRecord &record : change.records) {
        QList<Edge> wanted;
        for (qint64 dependency : std::as_const(record.dependsOn))
            wanted.append({record.task.id, dependency});
        for (qint64 dependent : std::as_const(record.dependents))
            wanted.append({dependent, record.task.id});
        if (WriteResult result = edges.insertQuietly(wanted); !result)
            return result;
        for (qint64 milestone : std::as_const(record.milestones)) {
            gate.addBindValue(milestone);
            gate.addBindValue(record.task.id);
            if (!gate.exec())
                return m_work.sqlFailure(what, gate);
        }
        if (!record.milestones.isEmpty())
            m_work.setMilestonesOf(record.task.id, record.milestones);
        for (ChecklistItem &entry : record.checklist) {
            entry.taskId = record.task.id;
            if (!ChecklistWriter::insert(item, entry))
                return m_work.sqlFailure(what, item);
        }
        m_work.updates().inserted.append(record.task);
        m_work.updates().checklists.insert(record.task.id);
        m_work.updates().histories.insert(record.task.id);
    }
    QList<qint64> ids;
    ids.reserve(change.records.size());
    for (const TaskRecord &record : std::as_const(change.records))
        ids.append(record.task.id);
    inverse.removeTasks(std::move(ids));
    return WriteResult::success();
}

WriteResult TaskWriter::apply(Change::RemoveTasks &change, ChangeSet &inverse)
{
    const DependencyGraph &graph = m_work.project().dependencies();
    bool read = false;
    QHash<qint64, QList<ChecklistItem>> checklists =
        ProjectReader(m_work.database()).checklists(change.ids, &read);
    if (!read)
        return WriteResult::failure(tr("Cannot read the checklists of the tasks to delete."));
    QList<TaskRecord> records;
    records.reserve(change.ids.size());
    for (qint64 id : std::as_const(change.ids)) {
        const Task *task = m_work.task(id);
        if (!task)
            return WriteResult::failure(tr("The task no longer exists."));
        TaskRecord record;
        record.task = *task;
        record.dependsOn = graph.dependenciesOf(id);
        record.dependents = graph.dependentsOf(id);
        record.milestones = m_work.milestonesOf(id);
        record.checklist = checklists.take(id);
        records.append(std::move(record));
    }

    const QString what = tr("Cannot delete the task");
    QSqlQuery remove(m_work.database());
    remove.prepare(QStringLiteral("DELETE FROM task WHERE id = ?"));
    for (const TaskRecord &record : std::as_const(records)) {
        remove.addBindValue(record.task.id);
        if (!remove.exec())
            return m_work.sqlFailure(what, remove);
        if (!m_work.events().log(m_work.time(), record.task.id, record.task.key,
                                 QStringLiteral("deleted"), record.task.title, {}))
            return m_work.sqlFailure(what, m_work.events().query());
        // The file dropped the task's edges with it (ON DELETE CASCADE); so does the graph.
        for (qint64 other : record.dependsOn)
            m_work.removeEdge(record.task.id, other);
        for (qint64 other : record.dependents)
            m_work.removeEdge(other, record.task.id);
        if (!record.milestones.isEmpty())
            m_work.setMilestonesOf(record.task.id, {});
        m_work.removeTask(record.task.id);
        m_work.updates().removed.append(record.task.id);
    }
    m_work.updates().milestonesChanged = true;
    inverse.insertTasks(std::move(records));
    return WriteResult::success();
}

} // namespace Candor
