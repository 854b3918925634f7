// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskfield.h"
#include "schedulecolumns.h"
#include "searchindex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace Candor {

class Project;
struct Schedule;
struct TaskTiming;

// Every task of a project, one row each, in load order. It is the one truth every view reads
// (through proxies). It changes only through Project, which writes the file first and then
// calls the apply* methods; setData() turns an edit into an undoable command.
//
// Its columns are the fields up to TaskField::Updated, then the two read-only schedule columns
// of ScheduleColumns (critical, slack), filled by setSchedule().
class TaskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskModel)
public:
    explicit TaskModel(Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Validates, then pushes a command on the project's undo stack. On a refused value returns
    // false and emits editRejected with the reason.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Task &taskAt(int row) const { return m_tasks.at(row); }
    const Task *task(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    qint64 idForKey(const QString &key) const; // case-insensitive; 0 if none
    QString keyOf(qint64 id) const;
    const QList<Task> &tasks() const { return m_tasks; }

    static constexpr int CriticalColumn = ScheduleColumns::Critical;
    static constexpr int SlackColumn = ScheduleColumns::Slack;
    static constexpr int ColumnCount = ScheduleColumns::End;
    // The last schedule computed (ScheduleWatcher); tells the views with one dataChanged over
    // the two schedule columns. Null: not computed yet.
    void setSchedule(std::shared_ptr<const Schedule> schedule);
    const Schedule *schedule() const { return m_schedule.get(); }
    const TaskTiming *timing(qint64 id) const; // null when not scheduled (yet)
    bool isCritical(qint64 id) const;

    // Raw value of a field (see Project::setTaskField for the types) and its text for people.
    QVariant fieldValue(const Task &task, TaskField field) const;
    QString fieldText(const Task &task, TaskField field) const;
    // -1, 0, 1 comparing two rows on a column, with raw typed values.
    int compare(int leftRow, int rightRow, int column) const;

    // Called by Project after its write committed.
    void reset(QList<Task> tasks);
    struct FieldValues
    {
        TaskField field;
        QList<qint64> ids;
        QVariantList values;
    };
    // Sets the values and tells the views once per contiguous run of rows (one signal over the
    // whole span when the rows are scattered over more than maxChangedRuns runs).
    void applyFields(const QList<FieldValues> &changes, qint64 updated);
    void applyField(const QList<qint64> &ids, TaskField field, const QVariantList &values,
                    qint64 updated);
    static constexpr int maxChangedRuns = 32;
    void applyInsert(const QList<Task> &tasks);
    void applyRemove(const QList<qint64> &ids);
    void refreshColumn(TaskField field); // e.g. after a component or milestone is renamed
    // Folds the search text of tasks that do not have it yet (read in one go rather than by the
    // loader thread), and on the first call reads what they are linked to (SearchIndex) and
    // keeps it current from then on; called before every text filter.
    void prepareSearchText();
    // Why a task matches folded filter text through a field no column shows; empty if not.
    QString matchReason(const Task &task, const QString &foldedText) const
    {
        return m_search.reason(task, foldedText);
    }

signals:
    void editRejected(const QModelIndex &index, const QString &message);
    // What Task::searchText holds of links changed for many tasks at once (a component or milestone
    // renamed, the links loaded): a text filter must be applied again. One task's change (its
    // checklist) comes as dataChanged of its row instead.
    void relatedSearchTextChanged();

private:
    void rebuildIndex();
    void fillRelatedSearchText();
    void refreshRelatedSearchText(); // all tasks, then relatedSearchTextChanged()
    void followChecklist(qint64 taskId);

    Project *m_project;
    QList<Task> m_tasks;
    QHash<qint64, int> m_rowById;
    QHash<QString, qint64> m_idByFoldedKey;
    std::shared_ptr<const Schedule> m_schedule;
    SearchIndex m_search;
};

} // namespace Candor
