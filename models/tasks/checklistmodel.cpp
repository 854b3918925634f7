// SPDX-License-Identifier: MIT
#include "checklistmodel.h"

#include "commands/checklistcommands.h"
#include "core/roles.h"
#include "project/project.h"

#include <QUndoStack>

namespace Candor {

ChecklistModel::ChecklistModel(Project *project, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project)
{
    connect(project, &Project::checklistChanged, this, [this](qint64 taskId) {
        if (taskId == m_taskId)
            reload();
    });
}

void ChecklistModel::setTaskId(qint64 taskId)
{
    m_taskId = taskId;
    reload();
}

void ChecklistModel::reload()
{
    beginResetModel();
    m_items = m_taskId == 0 ? QList<ChecklistItem>() : m_project->checklist(m_taskId);
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item.text;
    case Qt::CheckStateRole:
        return item.checked ? Qt::Checked : Qt::Unchecked;
    case ItemIdRole:
        return item.id;
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid() && !m_project->isReadOnly())
        result |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    return result;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        m_project->isReadOnly())
        return false;
    ChecklistItem item = m_items.at(index.row());
    if (role == Qt::CheckStateRole)
        item.checked = value.value<Qt::CheckState>() == Qt::Checked;
    else if (role == Qt::EditRole)
        item.text = value.toString().trimmed();
    else
        return false;
    if (item.text.isEmpty())
        return false;
    if (item.text == m_items.at(index.row()).text &&
        item.checked == m_items.at(index.row()).checked)
        return true;
    m_project->undoStack()->push(
        new ChecklistCommand(m_project, ChecklistCommand::Kind::Change, item));
    return true;
}

void ChecklistModel::addItem(const QString &text)
{
    if (m_taskId == 0 || text.trimmed().isEmpty())
        return;
    ChecklistItem item;
    item.taskId = m_taskId;
    item.text = text.trimmed();
    item.position = int(m_items.size());
    m_project->undoStack()->push(
        new ChecklistCommand(m_project, ChecklistCommand::Kind::Add, item));
}

void ChecklistModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_project->undoStack()->push(
        new ChecklistCommand(m_project, ChecklistCommand::Kind::Remove, m_items.at(row)));
}

void ChecklistModel::moveItem(int row, int newRow)
{
    if (row < 0 || row >= m_items.size() || newRow < 0 || newRow >= m_items.size() || row == newRow)
        return;
    ChecklistItem item = m_items.at(row);
    item.position = m_items.at(newRow).position;
    m_project->undoStack()->push(
        new ChecklistCommand(m_project, ChecklistCommand::Kind::Move, item));
}

} // namespace Candor
