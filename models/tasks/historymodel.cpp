// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "core/dateformat.h"
#include "project/project.h"

#include <QDateTime>
#include <QLocale>

namespace Candor {

HistoryModel::HistoryModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Project::historyChanged, this, [this](qint64 taskId) {
        if (taskId == m_taskId)
            reload();
    });
}

void HistoryModel::setTaskId(qint64 taskId)
{
    m_taskId = taskId;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_events = m_taskId == 0 ? QList<TaskEvent>() : m_project->history(m_taskId);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::shown(const QString &field, const QString &value) const
{
    // Enum values are stored as language-neutral tokens; show them in the user's language.
    if (field == QLatin1String("status")) {
        if (const auto status = TaskEnums::statusFromToken(value))
            return TaskEnums::label(*status);
    } else if (field == QLatin1String("verification")) {
        if (const auto verification = TaskEnums::verificationFromToken(value))
            return TaskEnums::label(*verification);
    }
    return value;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskEvent &event = m_events.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == From || index.column() == To))
        return index.column() == From ? event.oldValue : event.newValue;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return DateFormat::dateTime(QDateTime::fromMSecsSinceEpoch(event.time).toLocalTime());
    case Field:
        return event.field;
    case From:
        return shown(event.field, event.oldValue).left(200);
    case To:
        return shown(event.field, event.newValue).left(200);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Field:
        return tr("Change");
    case From:
        return tr("From");
    case To:
        return tr("To");
    default:
        return {};
    }
}

} // namespace Candor
