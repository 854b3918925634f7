// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/writeresult.h"
#include "database/transaction.h"
#include "eventlog.h"
#include "projectstate.h"
#include "tasks/taskmodel.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace Candor {

class Project;

// What the models are told once a change set has been committed, gathered while it is written.
struct ModelUpdates
{
    QList<TaskModel::FieldValues> fields;
    QList<Task> inserted;
    QList<qint64> removed;
    QList<Component> componentsAdded;
    QList<Component> componentsUpdated;
    QList<qint64> componentsRemoved;
    QList<Milestone> milestonesAdded;
    QList<Milestone> milestonesUpdated;
    QList<qint64> milestonesRemoved;
    QHash<qint64, QList<qint64>> gates; // task → its milestones, as they now are
    QSet<qint64> checklists;            // tasks whose checklist changed
    QSet<qint64> histories;             // tasks that gained history rows
    QSet<qint64> dependencies;          // tasks whose edges changed (or whose dependency did)
    std::optional<QJsonObject> settings;
    QStringList settingKeys;
    std::optional<QString> name;
    bool milestonesChanged = false;
};

// One change set being written: the transaction, the project as the change set has left it so
// far (an overlay over the models, which stay as they were until the commit), the history
// rows, and what to tell the models after the commit. Edges go into the live graph at once,
// so that each is checked against all before it, and come out again unless committed.
class UnitOfWork final : public ProjectState
{
    Q_DISABLE_COPY_MOVE(UnitOfWork)
public:
    explicit UnitOfWork(Project &project);
    ~UnitOfWork() override;

    Project &project() const { return m_project; }
    QSqlDatabase database() const { return m_db; }
    qint64 time() const { return m_time; }
    EventLog &events() { return m_events; }
    ModelUpdates &updates() { return m_updates; }
    bool isActive() const { return m_transaction.isActive(); }
    WriteResult sqlFailure(const QString &what, const QSqlQuery &query) const;
    // Commits; on success the edges stay and the caller tells the models.
    WriteResult commit(); // writes the waiting history rows, then commits

    // --- The project as this change set has left it so far.
    const Task *task(qint64 id) const override;
    qint64 idForKey(const QString &key) const override;
    QList<qint64> milestonesOf(qint64 taskId) const override;
    const Component *component(qint64 id) const override;
    const Milestone *milestone(qint64 id) const override;
    QVariant fieldValue(const Task &task, TaskField field) const;
    qint64 componentIdForName(const QString &name) const;

    // --- Recording what this change set does to it.
    void setTask(const Task &task); // inserted or changed
    void removeTask(qint64 id);
    void setKey(const QString &oldKey, const QString &newKey, qint64 id);
    void setMilestonesOf(qint64 taskId, QList<qint64> milestones);
    void setComponent(qint64 id, const std::optional<Component> &component);
    void setMilestone(qint64 id, const std::optional<Milestone> &milestone);
    void addEdge(qint64 task, qint64 dependsOn);
    void removeEdge(qint64 task, qint64 dependsOn);

private:
    Project &m_project;
    QSqlDatabase m_db;
    Transaction m_transaction;
    qint64 m_time;
    EventLog m_events;
    ModelUpdates m_updates;
    QHash<qint64, std::optional<Task>> m_tasks; // nullopt: removed
    QHash<QString, qint64> m_keys;              // folded key → id; 0: no longer used
    QHash<qint64, QList<qint64>> m_gates;
    QHash<qint64, std::optional<Component>> m_components;
    QHash<qint64, std::optional<Milestone>> m_milestones;
    QList<std::pair<Edge, bool>> m_edgeLog; // (edge, added) in order, undone unless committed
    bool m_committed = false;
};

} // namespace Candor
