// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/task.h"
#include "core/taskfield.h"
#include "core/writeresult.h"
#include "database/openerror.h"
#include "graph/dependencygraph.h"
#include "projectstate.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <memory>

class QThread;
class QUndoStack;

namespace Candor {

class ComponentModel;
class MilestoneModel;
class ProjectDatabase;
class ProjectSettings;
class UnitOfWork;
class TaskLoader;
class TaskModel;
struct ModelUpdates;
struct ProjectContent;
struct ProjectLinks;

// One open project: the file, the models every view shares, the dependency graph and the undo
// stack. Every change is a ChangeSet given to apply(): it is written in one transaction with its
// history rows (by the writers in this folder), and only after the commit are the models told,
// in batches, so a view never shows what is not on disk. Commands (models/commands) build change
// sets; nothing else writes.
class Project final : public QObject, public ProjectState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)
public:
    ~Project() override;

    // Complete: every task is in the models when open() returns (command line, tests).
    // Progressive: the first page is, and the rest arrives from a worker thread (the GUI), so
    // that a 100k-task project paints at once; isLoading() tells, loadFinished() ends it. The
    // links (dependencies, milestone gates) arrive first (linksLoaded()); an edit before that
    // waits for them, as it checks cycles and keeps edges for undo against the whole graph.
    enum class LoadMode { Complete, Progressive };
    static constexpr int firstPageSize = 2000;

    static std::unique_ptr<Project> open(const QString &path, const OpenOptions &options,
                                         OpenError *error, LoadMode mode = LoadMode::Complete);
    // Takes over an open database and reads it. Null with *error if its content is unreadable.
    static std::unique_ptr<Project> load(std::unique_ptr<ProjectDatabase> database,
                                         OpenError *error, LoadMode mode = LoadMode::Complete);
    bool isLoading() const { return m_loaderThread != nullptr; }
    bool hasLinks() const { return m_linksRead; }
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

    QList<qint64> milestonesOf(qint64 taskId) const override
    {
        return m_milestonesByTask.value(taskId);
    }
    // ProjectState: the models as they are.
    const Task *task(qint64 id) const override;
    qint64 idForKey(const QString &key) const override;
    const Component *component(qint64 id) const override;
    const Milestone *milestone(qint64 id) const override;
    QList<qint64> tasksOfMilestone(qint64 milestoneId) const;
    QList<ChecklistItem> checklist(qint64 taskId) const;
    QList<TaskEvent> history(qint64 taskId, int limit = 500) const;
    // True when some task this one depends on is not finished (done or cancelled).
    bool isBlockedByDependencies(qint64 taskId) const;
    int unfinishedDependencyCount(qint64 taskId) const;

    // --- Validation, shared by every editor: an empty string means the value is fine.
    QString validate(TaskField field, const QVariant &value, qint64 taskId) const;
    // Turns what an editor produced into the field's raw type (see TaskModel::fieldValue).
    static QVariant normalised(TaskField field, const QVariant &value);
    // The next free key for a component's prefix, e.g. "SEC-004".
    QString suggestKey(qint64 componentId) const;
    QString describeCycle(const QList<qint64> &cycle) const; // "SEC-001 → OPS-002 → SEC-001"

    // --- The one write path. Writes the change set in one transaction, fills in the ids the file
    // assigned and, when inverse is given, the change set that undoes it. On failure the file
    // and the models are as they were.
    WriteResult apply(ChangeSet &changes, ChangeSet *inverse = nullptr);

    // Shorthands for one change (the demo, the generator's callers and tests).
    WriteResult setName(const QString &name);
    WriteResult setTaskField(const QList<qint64> &ids, TaskField field, const QVariantList &values);
    WriteResult insertTasks(QList<TaskRecord> &records); // ids written back into the records
    WriteResult removeTasks(const QList<qint64> &ids, QList<TaskRecord> *removed = nullptr);
    WriteResult addDependency(qint64 taskId, qint64 dependsOnId);
    WriteResult removeDependency(qint64 taskId, qint64 dependsOnId);
    WriteResult addDependencies(const QList<QPair<qint64, qint64>> &edges);
    WriteResult addComponent(Component &component); // id 0 gets a new id
    WriteResult setStatedCompletion(qint64 componentId, std::optional<int> percent);
    WriteResult addMilestone(Milestone &milestone);       // id 0 gets a new id
    WriteResult insertChecklistItem(ChecklistItem &item); // at item.position; id written back

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
    void linksLoaded(); // a progressive load has read every dependency and milestone gate
    void writeFailed(const QString &message);

private:
    friend class UnitOfWork; // tries edges on the live graph, and takes them out unless committed
    explicit Project(std::unique_ptr<ProjectDatabase> database);
    bool read(OpenError *error, LoadMode mode);
    void take(ProjectContent &content);
    void takeLinks(ProjectLinks &links);
    bool ensureLinks(); // takes the links from the loader, waiting if need be
    void startLoader(qint64 afterId, qint64 lastId);
    void stopLoader();
    WriteResult write(Change::Operation &operation, UnitOfWork &work, ChangeSet &inverse);
    void tellModels(ModelUpdates &updates, qint64 time);

    std::unique_ptr<ProjectDatabase> m_database;
    QString m_name;
    TaskModel *m_tasks;
    ComponentModel *m_components;
    MilestoneModel *m_milestones;
    QUndoStack *m_undoStack;
    ProjectSettings *m_settings;
    DependencyGraph m_dependencies;
    QHash<qint64, QList<qint64>> m_milestonesByTask;
    bool m_linksRead = true; // false while a progressive load has not read the links yet
    QThread *m_loaderThread = nullptr;
    TaskLoader *m_loader = nullptr;
    int m_expectedTasks = 0;
};

} // namespace Candor
