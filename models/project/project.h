// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskfield.h"
#include "core/writeresult.h"
#include "database/openerror.h"
#include "graph/dependencygraph.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <memory>

class QSqlQuery;
class QThread;
class QUndoStack;

namespace Candor {

class ComponentModel;
class MilestoneModel;
class ProjectDatabase;
class ProjectSettings;
class TaskLoader;
class TaskModel;

// One open project: the file, the models every view shares, the dependency graph and the undo
// stack. Every change goes through the write methods below: each is one transaction that writes
// the file and its history, and only after the commit updates the models, so a view never shows
// what is not on disk. Commands (models/commands) call these; nothing else writes.
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)
public:
    ~Project() override;

    // Complete: every task is in the models when open() returns (command line, tests).
    // Progressive: the first page is, and the rest arrives from a worker thread (the GUI), so
    // that a 100k-task project paints at once; isLoading() tells, loadFinished() ends it.
    enum class LoadMode { Complete, Progressive };
    static constexpr int firstPageSize = 2000;

    static std::unique_ptr<Project> open(const QString &path, const OpenOptions &options,
                                         OpenError *error, LoadMode mode = LoadMode::Complete);
    // Takes over an open database and reads it. Null with *error if its content is unreadable.
    static std::unique_ptr<Project> load(std::unique_ptr<ProjectDatabase> database,
                                         OpenError *error, LoadMode mode = LoadMode::Complete);
    bool isLoading() const { return m_loaderThread != nullptr; }
    int expectedTaskCount() const { return m_expectedTasks; }

    ProjectDatabase &database() const { return *m_database; }
    QString path() const;
    bool isReadOnly() const;
    QString name() const { return m_name; }

    TaskModel *tasks() const { return m_tasks; }
    ComponentModel *components() const { return m_components; }
    MilestoneModel *milestones() const { return m_milestones; }
    const DependencyGraph &dependencies() const { return m_dependencies; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ProjectSettings *settings() const { return m_settings; }

    QList<qint64> milestonesOf(qint64 taskId) const { return m_milestonesByTask.value(taskId); }
    QList<qint64> tasksOfMilestone(qint64 milestoneId) const;
    QList<ChecklistItem> checklist(qint64 taskId) const;
    QList<TaskEvent> history(qint64 taskId, int limit = 500) const;
    // True when some task this one depends on is not done.
    bool isBlockedByDependencies(qint64 taskId) const;
    int unfinishedDependencyCount(qint64 taskId) const;

    // --- Validation, shared by every editor: an empty string means the value is fine.
    QString validate(TaskField field, const QVariant &value, qint64 taskId) const;
    // Turns what an editor produced into the field's raw type (see TaskModel::fieldValue).
    static QVariant normalised(TaskField field, const QVariant &value);
    // The next free key for a component's prefix, e.g. "SEC-004".
    QString suggestKey(qint64 componentId) const;
    QString describeCycle(const QList<qint64> &cycle) const; // "SEC-001 → OPS-002 → SEC-001"

    // --- Writes.
    WriteResult setName(const QString &name);
    WriteResult setTaskField(const QList<qint64> &ids, TaskField field, const QVariantList &values);
    // Inserts tasks with what they had (dependencies, checklist, milestones). A task id of 0 gets
    // a new id, written back into the records.
    WriteResult insertTasks(QList<TaskRecord> &records);
    // Removes tasks, returning in *removed what insertTasks needs to put them back.
    WriteResult removeTasks(const QList<qint64> &ids, QList<TaskRecord> *removed);
    WriteResult addDependency(qint64 taskId, qint64 dependsOnId);
    WriteResult removeDependency(qint64 taskId, qint64 dependsOnId);
    // Many edges in one transaction and one cycle check (imports); (task, depends on) pairs.
    WriteResult addDependencies(const QList<QPair<qint64, qint64>> &edges);
    WriteResult removeDependencies(const QList<QPair<qint64, qint64>> &edges);
    WriteResult insertChecklistItem(ChecklistItem &item); // at item.position; id 0 gets a new id
    WriteResult removeChecklistItem(qint64 itemId, ChecklistItem *removed = nullptr);
    WriteResult setChecklistItem(const ChecklistItem &item); // text and checked
    WriteResult moveChecklistItem(qint64 itemId, int position);
    WriteResult addComponent(Component &component);  // id 0 gets a new id
    WriteResult removeComponent(qint64 componentId); // only while no task uses it
    // The completion a tracker states for the component (0..100), or none.
    WriteResult setStatedCompletion(qint64 componentId, std::optional<int> percent);
    WriteResult addMilestone(Milestone &milestone); // id 0 gets a new id
    WriteResult removeMilestone(qint64 milestoneId);
    // Reads everything again from the file: after a multi-step write failed half way and was
    // rolled back on disk, this puts the models back in line with it.
    bool reload(QString *error = nullptr);

    // Reports a write that a command could not do (shown by the main window).
    void reportWriteFailure(const QString &message);

signals:
    void checklistChanged(qint64 taskId);
    void dependenciesChanged(qint64 taskId);
    void historyChanged(qint64 taskId);
    void milestonesChanged();
    void tasksChanged();                     // anything that may change counts and completion
    void loadFinished(const QString &error); // after a progressive load; error empty when complete
    void writeFailed(const QString &message);

private:
    explicit Project(std::unique_ptr<ProjectDatabase> database);
    bool read(OpenError *error, LoadMode mode);
    void startLoader(qint64 afterId, qint64 lastId);
    void stopLoader();
    WriteResult sqlFailure(const QString &what, const QSqlQuery &query) const;
    bool logEvent(QSqlQuery &query, qint64 time, qint64 taskId, const QString &key,
                  const QString &field, const QString &oldValue, const QString &newValue) const;
    QString eventText(TaskField field, const QVariant &value) const;
    WriteResult writeEdges(const QList<QPair<qint64, qint64>> &edges, bool add);
    QList<ChecklistItem> readChecklist(qint64 taskId, bool *ok) const;

    std::unique_ptr<ProjectDatabase> m_database;
    QString m_name;
    TaskModel *m_tasks;
    ComponentModel *m_components;
    MilestoneModel *m_milestones;
    QUndoStack *m_undoStack;
    ProjectSettings *m_settings;
    DependencyGraph m_dependencies;
    QHash<qint64, QList<qint64>> m_milestonesByTask;
    QThread *m_loaderThread = nullptr;
    TaskLoader *m_loader = nullptr;
    int m_expectedTasks = 0;
};

} // namespace Candor
