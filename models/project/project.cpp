// SPDX-License-Identifier: MIT
#include "project.h"

#include "catalogwriter.h"
#include "checklistwriter.h"
#include "database/projectdatabase.h"
#include "dependencywriter.h"
#include "projectloader.h"
#include "projectreader.h"
#include "projectsettings.h"
#include "settingswriter.h"
#include "taskloader.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"
#include "taskvalidator.h"
#include "taskwriter.h"
#include "unitofwork.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUndoStack>

namespace Candor {

Project::Project(std::unique_ptr<ProjectDatabase> database)
    : m_database(std::move(database))
    , m_tasks(new TaskModel(this))
    , m_components(new ComponentModel(this))
    , m_milestones(new MilestoneModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_settings(new ProjectSettings(this))
{}

Project::~Project()
{
    stopLoader();
}

std::unique_ptr<Project> Project::open(const QString &path, const OpenOptions &options,
                                       OpenError *error, LoadMode mode)
{
    std::unique_ptr<ProjectDatabase> database = ProjectDatabase::open(path, options, error);
    if (!database)
        return nullptr;
    return load(std::move(database), error, mode);
}

std::unique_ptr<Project> Project::load(std::unique_ptr<ProjectDatabase> database, OpenError *error,
                                       LoadMode mode)
{
    OpenError local;
    std::unique_ptr<Project> project(new Project(std::move(database)));
    if (!project->read(error ? error : &local, mode))
        return nullptr;
    return project;
}

void Project::startLoader(qint64 afterId, qint64 lastId)
{
    m_loaderThread = new QThread(this);
    m_loader = new TaskLoader(m_database->connection(), afterId, lastId, !m_linksRead);
    m_loader->moveToThread(m_loaderThread);
    connect(m_loaderThread, &QThread::started, m_loader, &TaskLoader::run);
    connect(m_loaderThread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &TaskLoader::linksLoaded, this, &Project::ensureLinks);
    connect(m_loader, &TaskLoader::chunkLoaded, this, [this](const QList<Task> &tasks) {
        m_tasks->applyInsert(tasks);
        emit tasksChanged();
    });
    connect(m_loader, &TaskLoader::finished, this, [this](const QString &error) {
        stopLoader();
        emit tasksChanged();
        emit loadFinished(error);
    });
    m_loaderThread->start(QThread::LowPriority);
}

void Project::stopLoader()
{
    if (!m_loaderThread)
        return;
    m_loader->cancel();
    m_loaderThread->quit();
    m_loaderThread->wait();
    // The loader goes with the thread's finished(); the thread object with this project.
    m_loaderThread = nullptr;
    m_loader = nullptr;
}

QString Project::path() const
{
    return m_database->path();
}

bool Project::isReadOnly() const
{
    return m_database->isReadOnly();
}

bool Project::read(OpenError *error, LoadMode mode)
{
    ProjectContent content;
    if (!ProjectLoader::read(*m_database, &content, error,
                             mode == LoadMode::Progressive ? firstPageSize : 0))
        return false;
    if (QString problem; !m_settings->read(&problem)) {
        error->kind = OpenError::Kind::Io;
        error->message = problem;
        return false;
    }
    take(content);
    return true;
}

void Project::take(ProjectContent &content)
{
    m_name = content.name;
    m_expectedTasks = content.taskCount;
    m_linksRead = content.links.has_value();
    if (m_linksRead) {
        takeLinks(*content.links);
    } else {
        m_dependencies.clear();
        m_milestonesByTask.clear();
    }
    const qint64 lastLoaded = content.tasks.isEmpty() ? 0 : content.tasks.last().id;
    m_components->reset(std::move(content.components));
    m_milestones->reset(std::move(content.milestones));
    m_tasks->reset(std::move(content.tasks));
    if (lastLoaded < content.lastId)
        startLoader(lastLoaded, content.lastId);
}

bool Project::ensureLinks()
{
    if (m_linksRead)
        return true;
    if (!m_loader)
        return false;
    // The loader reads the links first, so an edit right after opening waits a moment.
    const std::shared_ptr<ProjectLinks> links = m_loader->takeLinks();
    if (!links)
        return false;
    takeLinks(*links);
    emit linksLoaded();
    return true;
}

void Project::takeLinks(ProjectLinks &links)
{
    m_dependencies = std::move(links.dependencies);
    m_milestonesByTask = std::move(links.gates);
    m_linksRead = true;
}

const Task *Project::task(qint64 id) const
{
    return m_tasks->task(id);
}

qint64 Project::idForKey(const QString &key) const
{
    return m_tasks->idForKey(key);
}

const Component *Project::component(qint64 id) const
{
    return m_components->component(id);
}

const Milestone *Project::milestone(qint64 id) const
{
    return m_milestones->milestone(id);
}

QList<qint64> Project::tasksOfMilestone(qint64 milestoneId) const
{
    QList<qint64> result;
    for (auto it = m_milestonesByTask.cbegin(); it != m_milestonesByTask.cend(); ++it) {
        if (it.value().contains(milestoneId))
            result.append(it.key());
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<ChecklistItem> Project::checklist(qint64 taskId) const
{
    return ProjectReader(*m_database).checklists({taskId}).value(taskId);
}

QList<TaskEvent> Project::history(qint64 taskId, int limit) const
{
    return ProjectReader(*m_database).history(taskId, limit);
}

int Project::unfinishedDependencyCount(qint64 taskId) const
{
    int count = 0;
    for (qint64 dependency : m_dependencies.dependenciesOf(taskId)) {
        const Task *task = m_tasks->task(dependency);
        if (task && !TaskEnums::isFinished(task->status))
            ++count;
    }
    return count;
}

bool Project::isBlockedByDependencies(qint64 taskId) const
{
    return unfinishedDependencyCount(taskId) > 0;
}

QVariant Project::normalised(TaskField field, const QVariant &value)
{
    return TaskValidator::normalised(field, value);
}

QString Project::validate(TaskField field, const QVariant &value, qint64 taskId) const
{
    return TaskValidator::validate(*this, field, value, taskId);
}

QString Project::suggestKey(qint64 componentId) const
{
    QString prefix = m_components->prefix(componentId).trimmed().toUpper();
    if (prefix.isEmpty())
        prefix = QStringLiteral("TASK");
    const QString lead = prefix + QLatin1Char('-');
    int highest = 0;
    for (const Task &task : m_tasks->tasks()) {
        if (!task.key.startsWith(lead, Qt::CaseInsensitive))
            continue;
        bool ok = false;
        const int number = QStringView(task.key).mid(lead.size()).toInt(&ok);
        if (ok)
            highest = std::max(highest, number);
    }
    QString key;
    for (int next = highest + 1;; ++next) {
        key = lead + QStringLiteral("%1").arg(next, 3, 10, QLatin1Char('0'));
        if (m_tasks->idForKey(key) == 0)
            return key;
    }
}

QString Project::describeCycle(const QList<qint64> &cycle) const
{
    QStringList keys;
    for (qint64 id : cycle)
        keys << m_tasks->keyOf(id);
    return keys.join(QStringLiteral(" → "));
}

// --- The write path

WriteResult Project::write(Change::Operation &operation, UnitOfWork &work, ChangeSet &inverse)
{
    return std::visit(
        [&](auto &change) -> WriteResult {
            using Kind = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<Kind, Change::SetField> ||
                          std::is_same_v<Kind, Change::InsertTasks> ||
                          std::is_same_v<Kind, Change::RemoveTasks>)
                return TaskWriter(work).apply(change, inverse);
            else if constexpr (std::is_same_v<Kind, Change::AddEdges> ||
                               std::is_same_v<Kind, Change::RemoveEdges> ||
                               std::is_same_v<Kind, Change::LinkKeys>)
                return DependencyWriter(work).apply(change, inverse);
            else if constexpr (std::is_same_v<Kind, Change::InsertChecklistItem> ||
                               std::is_same_v<Kind, Change::RemoveChecklistItem> ||
                               std::is_same_v<Kind, Change::SetChecklistItem> ||
                               std::is_same_v<Kind, Change::MoveChecklistItem>)
                return ChecklistWriter(work).apply(change, inverse);
            else if constexpr (std::is_same_v<Kind, Change::SetSetting> ||
                               std::is_same_v<Kind, Change::SetName>)
                return SettingsWriter(work).apply(change, inverse);
            else
                return CatalogWriter(work).apply(change, inverse);
        },
        operation);
}

WriteResult Project::apply(ChangeSet &changes, ChangeSet *inverse)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    if (changes.isEmpty())
        return WriteResult::success();
    if (!ensureLinks()) {
        // Writes check cycles and keep edges for undo against the whole graph.
        return WriteResult::failure(
            tr("The dependencies of this project could not be read; reopen it to change it."));
    }
    ChangeSet undo;
    ModelUpdates updates;
    qint64 time = 0;
    {
        UnitOfWork work(*this);
        if (!work.isActive())
            return WriteResult::failure(ProjectDatabase::describe(
                tr("Cannot start a change"), m_database->connection().lastError(), path()));
        for (Change::Operation &operation : changes.operations()) {
            if (WriteResult result = write(operation, work, undo); !result)
                return result; // the unit of work rolls the file and the graph back
        }
        if (WriteResult result = work.commit(); !result)
            return result;
        updates = std::move(work.updates());
        time = work.time();
    }
    undo.reverse();
    if (inverse)
        *inverse = std::move(undo);
    tellModels(updates, time);
    return WriteResult::success();
}

void Project::tellModels(ModelUpdates &updates, qint64 time)
{
    // Removals first, then inserts, then field changes (which may touch inserted tasks).
    if (!updates.removed.isEmpty())
        m_tasks->applyRemove(updates.removed);
    for (const Component &component : std::as_const(updates.componentsAdded))
        m_components->applyInsert(component);
    for (const Component &component : std::as_const(updates.componentsUpdated))
        m_components->applyUpdate(component);
    for (const Milestone &milestone : std::as_const(updates.milestonesAdded))
        m_milestones->applyInsert(milestone);
    for (const Milestone &milestone : std::as_const(updates.milestonesUpdated))
        m_milestones->applyUpdate(milestone);
    for (auto it = updates.gates.cbegin(); it != updates.gates.cend(); ++it) {
        if (it.value().isEmpty())
            m_milestonesByTask.remove(it.key());
        else
            m_milestonesByTask.insert(it.key(), it.value());
    }
    if (!updates.inserted.isEmpty())
        m_tasks->applyInsert(updates.inserted);
    if (!updates.fields.isEmpty())
        m_tasks->applyFields(updates.fields, time);
    for (qint64 id : std::as_const(updates.milestonesRemoved))
        m_milestones->applyRemove(id);
    for (qint64 id : std::as_const(updates.componentsRemoved))
        m_components->applyRemove(id);
    // A renamed component or milestone shows in every row that names it.
    if (!updates.componentsUpdated.isEmpty())
        m_tasks->refreshColumn(TaskField::Component);
    if (!updates.milestonesUpdated.isEmpty() || !updates.milestonesRemoved.isEmpty())
        m_tasks->refreshColumn(TaskField::Milestones);
    if (updates.name)
        m_name = *updates.name;
    if (updates.settings)
        m_settings->take(*updates.settings, updates.settingKeys);

    // A status change also changes whether the tasks depending on it are blocked.
    QSet<qint64> dependencies = updates.dependencies;
    for (qint64 id : std::as_const(updates.dependencies)) {
        for (qint64 dependent : m_dependencies.dependentsOf(id))
            dependencies.insert(dependent);
    }
    for (qint64 id : std::as_const(dependencies)) {
        if (m_tasks->task(id))
            emit dependenciesChanged(id);
    }
    for (qint64 id : std::as_const(updates.checklists))
        emit checklistChanged(id);
    for (qint64 id : std::as_const(updates.histories))
        emit historyChanged(id);
    if (updates.milestonesChanged)
        emit milestonesChanged();
    emit tasksChanged();
}

// --- Shorthands for one change

bool Project::reload(QString *error)
{
    stopLoader();
    OpenError problem;
    if (!read(&problem, LoadMode::Complete)) {
        if (error)
            *error = problem.message;
        return false;
    }
    emit milestonesChanged();
    emit tasksChanged();
    return true;
}

void Project::reportWriteFailure(const QString &message)
{
    emit writeFailed(message);
}

} // namespace Candor
