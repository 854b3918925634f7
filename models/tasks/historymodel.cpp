// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "core/dateformat.h"
#include "core/taskfield.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

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
    m_rows.clear();
    const QList<TaskEvent> events =
        m_taskId == 0 ? QList<TaskEvent>() : m_project->history(m_taskId);
    const Task *task = m_project->tasks()->task(m_taskId);
    // Walking from the newest event back, the status the task had at each event's time.
    QString status = task ? TaskEnums::token(task->status) : QString();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TaskEvent &event = events.at(i);
        // Whether the same step (one write: one time) changed field too.
        const auto sameStep = [&](const QString &field) {
            for (const TaskEvent &other : events) {
                if (other.time == event.time && other.field == field)
                    return true;
            }
            return false;
        };
        if (event.field == QLatin1String("status")) {
            status = event.oldValue;
        } else if (event.field == QLatin1String("rank")) {
            // A rank is a number that only orders cards; a move into another column says all
            // with its status change, and a reorder is told as one.
            if (sameStep(QStringLiteral("status")))
                continue;
            Row row;
            row.time = event.time;
            row.field = fieldLabel(event.field);
            row.to = tr("moved within %1").arg(shown(QStringLiteral("status"), status));
            m_rows.append(row);
            continue;
        }
        Row row;
        row.time = event.time;
        row.field = fieldLabel(event.field);
        row.from = shown(event.field, event.oldValue);
        row.to = shown(event.field, event.newValue);
        row.fromTip = row.from;
        row.toTip = row.to;
        row.from.truncate(200);
        row.to.truncate(200);
        m_rows.append(row);
    }
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    } else if (field == QLatin1String("depends_on") && !value.isEmpty()) {
        // A dependency is stored by key: name the task too while it exists.
        if (const Task *other = m_project->tasks()->task(m_project->tasks()->idForKey(value)))
            return tr("%1 “%2”").arg(other->key, other->title);
    }
    return value;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == From || index.column() == To))
        return index.column() == From ? row.fromTip : row.toTip;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        // Formatted when shown, so that a new date format in Preferences shows at once.
        return DateFormat::dateTime(QDateTime::fromMSecsSinceEpoch(row.time).toLocalTime());
    case Field:
        return row.field;
    case From:
        return row.from;
    case To:
        return row.to;
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
