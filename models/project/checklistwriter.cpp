// SPDX-License-Identifier: MIT
#include "checklistwriter.h"

#include "unitofwork.h"

#include <QSqlQuery>

namespace Candor {

namespace {

QString checkedText(const ChecklistItem &item)
{
    return (item.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) + item.text;
}

} // namespace

bool ChecklistWriter::read(qint64 itemId, ChecklistItem *item) const
{
    QSqlQuery query(m_work.database());
    query.prepare(
        QStringLiteral("SELECT task_id, text, checked, position FROM checklist_item WHERE id = ?"));
    query.addBindValue(itemId);
    if (!query.exec() || !query.next())
        return false;
    *item = ChecklistItem{itemId, query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toBool(), query.value(3).toInt()};
    return true;
}

bool ChecklistWriter::prepareInsert(QSqlQuery &query)
{
    return query.prepare(
        QStringLiteral("INSERT INTO checklist_item (id, task_id, text, checked, position) "
                       "VALUES (?, ?, ?, ?, ?)"));
}

bool ChecklistWriter::insert(QSqlQuery &query, ChecklistItem &item)
{
    query.addBindValue(item.id == 0 ? QVariant() : QVariant(item.id));
    query.addBindValue(item.taskId);
    query.addBindValue(item.text);
    query.addBindValue(item.checked ? 1 : 0);
    query.addBindValue(item.position);
    if (!query.exec())
        return false;
    if (item.id == 0)
        item.id = query.lastInsertId().toLongLong();
    return true;
}

WriteResult ChecklistWriter::logged(const QString &what, qint64 taskId, const QString &field,
                                    const QString &oldValue, const QString &newValue)
{
    const Task *task = m_work.task(taskId);
    if (!m_work.events().log(m_work.time(), taskId, task ? task->key : QString(), field, oldValue,
                             newValue))
        return m_work.sqlFailure(what, m_work.events().query());
    m_work.updates().checklists.insert(taskId);
    m_work.updates().histories.insert(taskId);
    return WriteResult::success();
}

WriteResult ChecklistWriter::apply(Change::InsertChecklistItem &change, ChangeSet &inverse)
{
    ChecklistItem &item = change.item;
    item.text = item.text.trimmed();
    if (item.text.isEmpty())
        return WriteResult::failure(tr("A checklist item needs some text."));
    if (!m_work.task(item.taskId))
        return WriteResult::failure(tr("The task no longer exists."));
    const QString what = tr("Cannot add the checklist item");
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral(
        "UPDATE checklist_item SET position = position + 1 WHERE task_id = ? AND position >= ?"));
    query.addBindValue(item.taskId);
    query.addBindValue(item.position);
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    if (!prepareInsert(query) || !insert(query, item))
        return m_work.sqlFailure(what, query);
    if (WriteResult result = logged(what, item.taskId, QStringLiteral("checklist"), {}, item.text);
        !result)
        return result;
    inverse.add(Change::RemoveChecklistItem{item.id});
    return WriteResult::success();
}

WriteResult ChecklistWriter::apply(Change::RemoveChecklistItem &change, ChangeSet &inverse)
{
    ChecklistItem item;
    if (!read(change.id, &item))
        return WriteResult::failure(tr("The checklist item no longer exists."));
    const QString what = tr("Cannot remove the checklist item");
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral("DELETE FROM checklist_item WHERE id = ?"));
    query.addBindValue(item.id);
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    query.prepare(QStringLiteral(
        "UPDATE checklist_item SET position = position - 1 WHERE task_id = ? AND position > ?"));
    query.addBindValue(item.taskId);
    query.addBindValue(item.position);
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    if (WriteResult result = logged(what, item.taskId, QStringLiteral("checklist"), item.text, {});
        !result)
        return result;
    inverse.add(Change::InsertChecklistItem{item});
    return WriteResult::success();
}

WriteResult ChecklistWriter::apply(Change::SetChecklistItem &change, ChangeSet &inverse)
{
    ChecklistItem &item = change.item;
    item.text = item.text.trimmed();
    if (item.text.isEmpty())
        return WriteResult::failure(tr("A checklist item needs some text."));
    ChecklistItem before;
    if (!read(item.id, &before))
        return WriteResult::failure(tr("The checklist item no longer exists."));
    item.taskId = before.taskId;
    item.position = before.position;
    const QString what = tr("Cannot change the checklist item");
    QSqlQuery query(m_work.database());
    query.prepare(QStringLiteral("UPDATE checklist_item SET text = ?, checked = ? WHERE id = ?"));
    query.addBindValue(item.text);
    query.addBindValue(item.checked ? 1 : 0);
    query.addBindValue(item.id);
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    if (WriteResult result =
            logged(what, item.taskId, QStringLiteral("checklist"), {}, checkedText(item));
        !result)
        return result;
    inverse.add(Change::SetChecklistItem{before});
    return WriteResult::success();
}

WriteResult ChecklistWriter::apply(Change::MoveChecklistItem &change, ChangeSet &inverse)
{
    ChecklistItem item;
    if (!read(change.id, &item))
        return WriteResult::failure(tr("The checklist item no longer exists."));
    const int from = item.position;
    const int to = change.position;
    if (from == to)
        return WriteResult::success();
    const QString what = tr("Cannot move the checklist item");
    QSqlQuery query(m_work.database());
    // Close the gap at the old place and open one at the new place, in one statement.
    query.prepare(from < to
                      ? QStringLiteral("UPDATE checklist_item SET position = position - 1 "
                                       "WHERE task_id = ? AND position > ? AND position <= ?")
                      : QStringLiteral("UPDATE checklist_item SET position = position + 1 "
                                       "WHERE task_id = ? AND position < ? AND position >= ?"));
    query.addBindValue(item.taskId);
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    query.prepare(QStringLiteral("UPDATE checklist_item SET position = ? WHERE id = ?"));
    query.addBindValue(to);
    query.addBindValue(item.id);
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    if (WriteResult result = logged(what, item.taskId, QStringLiteral("checklist_order"),
                                    QString::number(from + 1) + QStringLiteral(": ") + item.text,
                                    QString::number(to + 1) + QStringLiteral(": ") + item.text);
        !result)
        return result;
    inverse.add(Change::MoveChecklistItem{item.id, from});
    return WriteResult::success();
}

} // namespace Candor
