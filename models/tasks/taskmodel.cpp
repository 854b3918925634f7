// SPDX-License-Identifier: MIT
#include "taskmodel.h"

#include "commands/settaskfieldcommand.h"
#include "componentmodel.h"
#include "core/dateformat.h"
#include "core/roles.h"
#include "core/taskvalues.h"
#include "graph/schedule.h"
#include "milestonemodel.h"
#include "naturalorder.h"
#include "project/project.h"
#include "taskfilter.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QUndoStack>

namespace Candor {

namespace {

QString folded(const QString &key)
{
    return key.toCaseFolded();
}

template <typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareOptional(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return a.has_value() ? 1 : -1; // unset first
    return a ? threeWay(*a, *b) : 0;
}

QString daysText(const std::optional<double> &days)
{
    return days ? QLocale().toString(*days, 'g', 4) : QString();
}

} // namespace

TaskModel::TaskModel(Project *project)
    : QAbstractTableModel(project)
    , m_project(project)
    , m_search(project)
{}

int TaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Task *TaskModel::task(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_tasks.at(row);
}

qint64 TaskModel::idForKey(const QString &key) const
{
    return m_idByFoldedKey.value(folded(key.trimmed()), 0);
}

QString TaskModel::keyOf(qint64 id) const
{
    const Task *found = task(id);
    return found ? found->key : QString();
}

QVariant TaskModel::fieldValue(const Task &task, TaskField field) const
{
    if (field == TaskField::Milestones)
        return QVariant::fromValue(m_project->milestonesOf(task.id));
    return taskValue(task, field);
}

QString TaskModel::fieldText(const Task &task, TaskField field) const
{
    switch (field) {
    case TaskField::Status:
        return TaskEnums::label(task.status);
    case TaskField::Priority:
        return TaskEnums::label(task.priority);
    case TaskField::Verification:
        return TaskEnums::label(task.verification);
    case TaskField::Component:
        return m_project->components()->name(task.componentId);
    case TaskField::Estimate:
        return task.estimate ? tr("%1 d").arg(daysText(task.estimate)) : QString();
    case TaskField::Optimistic:
        return daysText(task.optimistic);
    case TaskField::Likely:
        return daysText(task.likely);
    case TaskField::Pessimistic:
        return daysText(task.pessimistic);
    case TaskField::Progress:
        return tr("%1%").arg(task.progress);
    case TaskField::Milestones: {
        QStringList names;
        for (qint64 id : m_project->milestonesOf(task.id))
            names << m_project->milestones()->name(id);
        return names.join(QStringLiteral(", "));
    }
    case TaskField::Updated:
        // The date alone: the time is in the tooltip.
        return DateFormat::date(QDateTime::fromMSecsSinceEpoch(task.updated).toLocalTime().date());
    case TaskField::VerifiedOn:
        return DateFormat::date(task.verifiedOn);
    case TaskField::Rank:
        return QString::number(task.rank);
    default:
        return fieldValue(task, field).toString();
    }
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    if (ScheduleColumns::contains(index.column()) && role != TaskIdRole && role != ColourRole)
        return ScheduleColumns::data(timing(task.id), index.column(), role);
    const auto field = static_cast<TaskField>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // A verdict only where a claim was made (docs/vocabulary.md): "Not verified" on every
        // unfinished task said nothing and hid the ones that matter.
        if (field == TaskField::Verification)
            return TaskEnums::verdict(task.status, task.verification);
        return fieldText(task, field);
    case Qt::EditRole:
    case SortRole:
        return fieldValue(task, field);
    case TaskIdRole:
        return task.id;
    case ColourRole:
        return m_project->components()->colourOf(task.componentId);
    case Qt::DecorationRole:
        if (field == TaskField::Component && task.componentId != 0)
            return m_project->components()->colourOf(task.componentId);
        return {};
    case Qt::ToolTipRole:
        if (field == TaskField::Title && !task.description.isEmpty())
            return task.description.left(400);
        if (field == TaskField::Verification && !task.evidence.isEmpty())
            return task.evidence;
        if (field == TaskField::Updated)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(task.updated).toLocalTime(),
                                      QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (field == TaskField::Estimate || field == TaskField::Progress)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (field == TaskField::Title && task.status == Status::Cancelled) {
            static const QFont struck = [] {
                QFont font;
                font.setStrikeOut(true);
                return font;
            }();
            return struck; // won't be done: read past it, as on the board
        }
        return {};
    case Qt::ForegroundRole:
        if (task.status == Status::Cancelled &&
            (field == TaskField::Title || field == TaskField::Status))
            return QColor(0x75, 0x75, 0x75);
        if (field == TaskField::Verification && task.verification == Verification::Failed)
            return QColor(0xc6, 0x28, 0x28);
        if (field == TaskField::Verification && task.verification == Verification::Verified)
            return QColor(0x2e, 0x7d, 0x32);
        return {};
    default:
        return {};
    }
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (ScheduleColumns::contains(section))
        return ScheduleColumns::header(section);
    switch (static_cast<TaskField>(section)) {
    case TaskField::Key:
        return tr("Key");
    case TaskField::Title:
        return tr("Title");
    case TaskField::Status:
        return tr("Status");
    case TaskField::Priority:
        return tr("Priority");
    case TaskField::Component:
        return tr("Component");
    case TaskField::Assignee:
        return tr("Assignee");
    case TaskField::Estimate:
        return tr("Estimate");
    case TaskField::Progress:
        return tr("Progress");
    case TaskField::Verification:
        return tr("Verification");
    case TaskField::Milestones:
        return tr("Milestones");
    case TaskField::Updated:
        return tr("Updated");
    default:
        return {};
    }
}

Qt::ItemFlags TaskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid() || ScheduleColumns::contains(index.column()))
        return result;
    const auto field = static_cast<TaskField>(index.column());
    if (!m_project->isReadOnly() && field != TaskField::Updated && field != TaskField::Milestones)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Task &task = m_tasks.at(index.row());
    const auto field = static_cast<TaskField>(index.column());
    const QVariant normalised = Project::normalised(field, value);
    if (const QString problem = m_project->validate(field, normalised, task.id);
        !problem.isEmpty()) {
        emit editRejected(index, problem);
        return false;
    }
    if (fieldValue(task, field) == normalised)
        return true;
    m_project->undoStack()->push(
        new SetTaskFieldCommand(m_project, field, {task.id}, {normalised}));
    return true;
}

int TaskModel::compare(int leftRow, int rightRow, int column) const
{
    const Task &a = m_tasks.at(leftRow);
    const Task &b = m_tasks.at(rightRow);
    if (ScheduleColumns::contains(column))
        return ScheduleColumns::compare(timing(a.id), timing(b.id), column);
    switch (static_cast<TaskField>(column)) {
    case TaskField::Key:
        return NaturalOrder::compare(a.key, b.key);
    case TaskField::Title:
        return threeWay(a.title.compare(b.title, Qt::CaseInsensitive), 0);
    case TaskField::Status:
        return threeWay(a.status, b.status);
    case TaskField::Priority:
        return threeWay(a.priority, b.priority);
    case TaskField::Component: {
        if (a.componentId == b.componentId)
            return 0;
        const ComponentModel *components = m_project->components();
        return threeWay(components->sortKey(a.componentId), components->sortKey(b.componentId));
    }
    case TaskField::Assignee:
        return threeWay(a.assignee.compare(b.assignee, Qt::CaseInsensitive), 0);
    case TaskField::Estimate:
        return compareOptional(a.estimate, b.estimate);
    case TaskField::Progress:
        return threeWay(a.progress, b.progress);
    case TaskField::Verification:
        return threeWay(a.verification, b.verification);
    case TaskField::Milestones:
        return threeWay(fieldText(a, TaskField::Milestones), fieldText(b, TaskField::Milestones));
    case TaskField::Updated:
        return threeWay(a.updated, b.updated);
    default:
        return 0;
    }
}

void TaskModel::setSchedule(std::shared_ptr<const Schedule> schedule)
{
    m_schedule = std::move(schedule);
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, CriticalColumn), index(rowCount() - 1, SlackColumn));
}

const TaskTiming *TaskModel::timing(qint64 id) const
{
    return m_schedule ? m_schedule->task(id) : nullptr;
}

bool TaskModel::isCritical(qint64 id) const
{
    const TaskTiming *found = timing(id);
    return found && found->critical;
}

void TaskModel::reset(QList<Task> tasks)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    rebuildIndex();
    if (m_search.isReady()) {
        m_search.read(); // the file was read again
        fillRelatedSearchText();
    }
    endResetModel();
}

void TaskModel::rebuildIndex()
{
    m_rowById.clear();
    m_idByFoldedKey.clear();
    m_rowById.reserve(m_tasks.size());
    m_idByFoldedKey.reserve(m_tasks.size());
    for (int row = 0; row < m_tasks.size(); ++row) {
        const Task &task = m_tasks.at(row);
        m_rowById.insert(task.id, row);
        m_idByFoldedKey.insert(folded(task.key), task.id);
    }
}

void TaskModel::applyField(const QList<qint64> &ids, TaskField field, const QVariantList &values,
                           qint64 updated)
{
    applyFields({FieldValues{field, ids, values}}, updated);
}

void TaskModel::applyFields(const QList<FieldValues> &changes, qint64 updated)
{
    QList<int> rows;
    int firstColumn = TaskColumnCount - 1;
    for (const FieldValues &change : changes) {
        const TaskField field = change.field;
        for (qsizetype i = 0; i < change.ids.size(); ++i) {
            const int row = rowOf(change.ids.at(i));
            if (row < 0)
                continue;
            Task &task = m_tasks[row];
            if (field == TaskField::Key)
                m_idByFoldedKey.remove(folded(task.key));
            setTaskValue(task, field, change.values.at(i));
            if (field == TaskField::Key)
                m_idByFoldedKey.insert(folded(task.key), task.id);
            task.updated = updated;
            if (field == TaskField::Key || field == TaskField::Title ||
                field == TaskField::Description || field == TaskField::Assignee ||
                field == TaskField::Phase || field == TaskField::Evidence)
                TaskFilter::setOwnSearchText(task);
            else if (field == TaskField::Component && m_search.isReady())
                TaskFilter::setRelatedSearchText(task, m_search.relatedText(task));
            rows.append(row);
        }
        // Fields without a column of their own still change what the row shows (tooltips).
        firstColumn = std::min(firstColumn, column(field) < TaskColumnCount ? column(field) : 0);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = TaskColumnCount - 1;
    // One signal per contiguous run of rows; a large scattered batch is one signal over the span
    // it covers, which every listener (proxies, the board) handles as one update.
    QList<std::pair<int, int>> runs;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        runs.append({rows.at(i), rows.at(j)});
        i = j + 1;
    }
    if (runs.size() > maxChangedRuns) {
        emit dataChanged(index(rows.first(), firstColumn), index(rows.last(), lastColumn));
        return;
    }
    for (const auto &[first, last] : std::as_const(runs))
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
}

void TaskModel::applyInsert(const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return;
    const int first = int(m_tasks.size());
    beginInsertRows({}, first, first + int(tasks.size()) - 1);
    if (m_search.isReady())
        m_search.prepareNames(); // a component may have come with the tasks
    for (const Task &task : tasks) {
        m_rowById.insert(task.id, int(m_tasks.size()));
        m_idByFoldedKey.insert(folded(task.key), task.id);
        m_tasks.append(task);
        if (m_tasks.last().searchText.isEmpty())
            m_tasks.last().searchText = TaskFilter::searchText(task);
        if (m_search.isReady())
            TaskFilter::setRelatedSearchText(m_tasks.last(), m_search.relatedText(task));
    }
    endInsertRows();
}

void TaskModel::applyRemove(const QList<qint64> &ids)
{
    QList<int> rows;
    for (qint64 id : ids) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    // Contiguous runs, bottom up, so that earlier rows keep their numbers.
    QList<std::pair<int, int>> runs;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        runs.append({rows.at(j), rows.at(i)});
        i = j + 1;
    }
    if (runs.size() > 8) {
        // Many scattered rows: one reset is cheaper than re-indexing after every run.
        beginResetModel();
        for (const auto &[first, last] : std::as_const(runs))
            m_tasks.remove(first, last - first + 1);
        rebuildIndex();
        endResetModel();
        return;
    }
    for (const auto &[first, last] : std::as_const(runs)) {
        beginRemoveRows({}, first, last);
        m_tasks.remove(first, last - first + 1);
        // Listeners of rowsRemoved may look tasks up by id: the index must be right by then.
        rebuildIndex();
        endRemoveRows();
    }
}

void TaskModel::refreshColumn(TaskField field)
{
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, column(field)), index(rowCount() - 1, column(field)));
}

} // namespace Candor
