// SPDX-License-Identifier: MIT
#include "project.h"

#include "database/projectdatabase.h"
#include "database/transaction.h"
#include "projectsettings.h"
#include "taskloader.h"
#include "taskrows.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUndoStack>

#include <cmath>

namespace Candor {

namespace {

constexpr int maxKeyLength = 32;
constexpr int maxTitleLength = 500;
constexpr double maxEstimateDays = 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString dbColumn(TaskField field)
{
    switch (field) {
    case TaskField::Component:
        return QStringLiteral("component_id");
    default:
        return fieldName(field); // the other names are the column names
    }
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QVariant optionalDays(const std::optional<double> &days)
{
    return days ? QVariant(*days) : QVariant();
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QVariant statedCompletionValue(const std::optional<int> &percent)
{
    return percent ? QVariant(*percent) : QVariant(QMetaType(QMetaType::Int));
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// The value as the task table stores it.
QVariant dbValue(TaskField field, const QVariant &value)
{
    switch (field) {
    case TaskField::Status:
        return TaskEnums::token(static_cast<Status>(value.toInt()));
    case TaskField::Priority:
        return TaskEnums::token(static_cast<Priority>(value.toInt()));
    case TaskField::Verification:
        return TaskEnums::token(static_cast<Verification>(value.toInt()));
    case TaskField::Component:
        return nullIfZero(value.toLongLong());
    case TaskField::VerifiedOn:
        return dateValue(value.toDate());
    case TaskField::Key:
    case TaskField::Title:
    case TaskField::Description:
    case TaskField::Assignee:
    case TaskField::Evidence:
    case TaskField::Phase:
        return text(value.toString());
    default:
        return value;
    }
}

void bindTask(QSqlQuery &query, const Task &task)
{
    query.addBindValue(task.id == 0 ? QVariant() : QVariant(task.id));
    query.addBindValue(text(task.key));
    query.addBindValue(text(task.title));
    query.addBindValue(text(task.description));
    query.addBindValue(nullIfZero(task.componentId));
    query.addBindValue(TaskEnums::token(task.status));
    query.addBindValue(TaskEnums::token(task.priority));
    query.addBindValue(optionalDays(task.estimate));
    query.addBindValue(optionalDays(task.optimistic));
    query.addBindValue(optionalDays(task.likely));
    query.addBindValue(optionalDays(task.pessimistic));
    query.addBindValue(task.progress);
    query.addBindValue(TaskEnums::token(task.verification));
    query.addBindValue(text(task.evidence));
    query.addBindValue(dateValue(task.verifiedOn));
    query.addBindValue(text(task.assignee));
    query.addBindValue(text(task.phase));
    query.addBindValue(task.rank);
    query.addBindValue(task.created);
    query.addBindValue(task.updated);
}

const QString insertTaskSql = QStringLiteral(
    "INSERT INTO task (id, key, title, description, component_id, status, priority, estimate, "
    "estimate_optimistic, estimate_likely, estimate_pessimistic, progress, verification, "
    "evidence, verified_on, assignee, phase, rank, created, updated) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

Project::Project(std::unique_ptr<ProjectDatabase> database)
    : m_database(std::move(database))
    , m_tasks(new TaskModel(this))
    , m_components(new ComponentModel(this))
    , m_milestones(new MilestoneModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_settings(new ProjectSettings(m_database.get(), this))
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
    m_loader = new TaskLoader(path(), afterId, lastId);
    m_loader->moveToThread(m_loaderThread);
    connect(m_loaderThread, &QThread::started, m_loader, &TaskLoader::run);
    connect(m_loaderThread, &QThread::finished, m_loader, &QObject::deleteLater);
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
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    const auto fail = [&](const QString &what) {
        const QSqlError sqlError = query.lastError();
        error->kind = ProjectDatabase::isCorruption(sqlError) ? OpenError::Kind::Corrupt
                                                              : OpenError::Kind::Io;
        error->message = ProjectDatabase::describe(what, sqlError);
        error->hint = error->kind == OpenError::Kind::Corrupt
                          ? tr("Restore it from a backup with File ▸ Restore from Backup.")
                          : tr("Check the file, then try again.");
        return false;
    };
    const QString shown = QFileInfo(path()).fileName();

    m_name = QFileInfo(path()).completeBaseName();
    if (!query.exec(QStringLiteral("SELECT name FROM project WHERE id = 1")))
        return fail(tr("Cannot read the project of %1").arg(shown));
    if (query.next())
        m_name = query.value(0).toString();
    if (QString problem; !m_settings->read(&problem)) {
        error->kind = OpenError::Kind::Io;
        error->message = problem;
        return false;
    }

    QList<Component> components;
    if (!query.exec(QStringLiteral(
            "SELECT id, name, prefix, colour, sort_order, stated_completion FROM component "
            "ORDER BY sort_order, id")))
        return fail(tr("Cannot read the components of %1").arg(shown));
    while (query.next()) {
        Component component{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString(),   query.value(3).toString(),
                            query.value(4).toInt(),      std::nullopt};
        if (!query.isNull(5))
            component.statedCompletion = query.value(5).toInt();
        components.append(component);
    }

    QList<Milestone> milestones;
    if (!query.exec(QStringLiteral("SELECT id, name, description, target_date, done_date, "
                                   "sort_order FROM milestone ORDER BY sort_order, id")))
        return fail(tr("Cannot read the milestones of %1").arg(shown));
    while (query.next()) {
        milestones.append(Milestone{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            QDate::fromString(query.value(3).toString(), Qt::ISODate),
            QDate::fromString(query.value(4).toString(), Qt::ISODate), query.value(5).toInt()});
    }

    QList<Task> tasks;
    if (!query.exec(QStringLiteral("SELECT count(*), max(id) FROM task")) || !query.next())
        return fail(tr("Cannot read the tasks of %1").arg(shown));
    m_expectedTasks = query.value(0).toInt();
    const qint64 lastId = query.value(1).toLongLong();
    const bool progressive = mode == LoadMode::Progressive && m_expectedTasks > firstPageSize;
    tasks.reserve(progressive ? firstPageSize : m_expectedTasks);
    if (!query.exec(TaskRows::select(progressive
                                         ? QStringLiteral("ORDER BY id LIMIT %1").arg(firstPageSize)
                                         : QStringLiteral("ORDER BY id"))))
        return fail(tr("Cannot read the tasks of %1").arg(shown));
    while (query.next())
        tasks.append(TaskRows::read(query));
    if (query.lastError().isValid())
        return fail(tr("Cannot read the tasks of %1").arg(shown));
    const qint64 lastLoaded = tasks.isEmpty() ? 0 : tasks.last().id;

    m_dependencies.clear();
    if (!query.exec(QStringLiteral("SELECT task_id, depends_on_id FROM dependency")))
        return fail(tr("Cannot read the dependencies of %1").arg(shown));
    while (query.next())
        m_dependencies.add(query.value(0).toLongLong(), query.value(1).toLongLong());

    m_milestonesByTask.clear();
    if (!query.exec(QStringLiteral("SELECT task_id, milestone_id FROM milestone_task "
                                   "ORDER BY milestone_id")))
        return fail(tr("Cannot read the milestones of %1").arg(shown));
    while (query.next())
        m_milestonesByTask[query.value(0).toLongLong()].append(query.value(1).toLongLong());

    m_components->reset(std::move(components));
    m_milestones->reset(std::move(milestones));
    m_tasks->reset(std::move(tasks));
    if (progressive && lastLoaded < lastId)
        startLoader(lastLoaded, lastId);
    return true;
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

QList<ChecklistItem> Project::readChecklist(qint64 taskId, bool *ok) const
{
    QList<ChecklistItem> items;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, text, checked, position FROM checklist_item "
                                 "WHERE task_id = ? ORDER BY position, id"));
    query.addBindValue(taskId);
    *ok = query.exec();
    while (query.next()) {
        items.append(ChecklistItem{query.value(0).toLongLong(), taskId, query.value(1).toString(),
                                   query.value(2).toBool(), query.value(3).toInt()});
    }
    return items;
}

QList<ChecklistItem> Project::checklist(qint64 taskId) const
{
    bool ok = false;
    return readChecklist(taskId, &ok);
}

QList<TaskEvent> Project::history(qint64 taskId, int limit) const
{
    QList<TaskEvent> events;
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT id, time, task_key, field, old_value, new_value "
                       "FROM event WHERE task_id = ? ORDER BY time DESC, id DESC LIMIT ?"));
    query.addBindValue(taskId);
    query.addBindValue(limit);
    query.exec();
    while (query.next()) {
        events.append(TaskEvent{query.value(0).toLongLong(), query.value(1).toLongLong(), taskId,
                                query.value(2).toString(), query.value(3).toString(),
                                query.value(4).toString(), query.value(5).toString()});
    }
    return events;
}

int Project::unfinishedDependencyCount(qint64 taskId) const
{
    int count = 0;
    for (qint64 dependency : m_dependencies.dependenciesOf(taskId)) {
        const Task *task = m_tasks->task(dependency);
        if (task && task->status != Status::Done)
            ++count;
    }
    return count;
}

bool Project::isBlockedByDependencies(qint64 taskId) const
{
    return unfinishedDependencyCount(taskId) > 0;
}

// --- Validation

QVariant Project::normalised(TaskField field, const QVariant &value)
{
    switch (field) {
    case TaskField::Key:
    case TaskField::Title:
    case TaskField::Assignee:
    case TaskField::Phase:
        return value.toString().trimmed();
    case TaskField::Estimate:
    case TaskField::Optimistic:
    case TaskField::Likely:
    case TaskField::Pessimistic: {
        if (value.isNull() || value.toString().trimmed().isEmpty())
            return {};
        bool ok = false;
        const double days = value.toDouble(&ok);
        if (!ok)
            return value;                               // left for validate() to refuse
        return days == 0 ? QVariant() : QVariant(days); // 0 days means "no estimate"
    }
    case TaskField::Status:
    case TaskField::Priority:
    case TaskField::Verification:
    case TaskField::Progress: {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok ? QVariant(number) : value;
    }
    case TaskField::Component: {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        return ok ? QVariant(id) : value;
    }
    case TaskField::VerifiedOn:
        return value.toDate().isValid() ? QVariant(value.toDate()) : QVariant();
    default:
        return value;
    }
}

QString Project::validate(TaskField field, const QVariant &value, qint64 taskId) const
{
    const auto inRange = [&value](int count) {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok && number >= 0 && number < count;
    };
    switch (field) {
    case TaskField::Key: {
        const QString key = value.toString().trimmed();
        if (key.isEmpty())
            return tr("A task needs a key, such as SEC-001.");
        if (key.size() > maxKeyLength)
            return tr("A key has at most %1 characters.").arg(maxKeyLength);
        static const QRegularExpression pattern(
            QStringLiteral(R"(^[\p{L}\p{N}][\p{L}\p{N}_.\-]*$)"));
        if (!pattern.match(key).hasMatch())
            return tr("A key holds letters, digits, “-”, “_” and “.”, and no spaces.");
        const qint64 other = m_tasks->idForKey(key);
        if (other != 0 && other != taskId) {
            const Task *existing = m_tasks->task(other);
            return tr("The key %1 is already used by “%2”.").arg(existing->key, existing->title);
        }
        return {};
    }
    case TaskField::Title: {
        const QString title = value.toString().trimmed();
        if (title.isEmpty())
            return tr("A task needs a title.");
        if (title.size() > maxTitleLength)
            return tr("A title has at most %1 characters.").arg(maxTitleLength);
        return {};
    }
    case TaskField::Status:
        return inRange(StatusCount) ? QString() : tr("Unknown status.");
    case TaskField::Priority:
        return inRange(PriorityCount) ? QString() : tr("Priority is one of P0, P1, P2 and P3.");
    case TaskField::Verification:
        return inRange(VerificationCount) ? QString() : tr("Unknown verification state.");
    case TaskField::Component: {
        const qint64 id = value.toLongLong();
        return id == 0 || m_components->component(id) ? QString() : tr("Unknown component.");
    }
    case TaskField::Estimate:
    case TaskField::Optimistic:
    case TaskField::Likely:
    case TaskField::Pessimistic: {
        if (value.isNull())
            return {};
        bool ok = false;
        const double days = value.toDouble(&ok);
        if (!ok || !std::isfinite(days) || days < 0 || days > maxEstimateDays)
            return tr("An estimate is a number of days from 0 to %1.").arg(maxEstimateDays);
        return {};
    }
    case TaskField::Progress: {
        bool ok = false;
        const int percent = value.toInt(&ok);
        return ok && percent >= 0 && percent <= 100 ? QString()
                                                    : tr("Progress is a percentage from 0 to 100.");
    }
    case TaskField::Milestones:
        for (qint64 id : value.value<QList<qint64>>()) {
            if (!m_milestones->milestone(id))
                return tr("Unknown milestone.");
        }
        return {};
    case TaskField::Rank:
        return std::isfinite(value.toDouble()) ? QString() : tr("Invalid rank.");
    case TaskField::VerifiedOn:
        return !value.isValid() || value.isNull() || value.toDate().isValid() ? QString()
                                                                              : tr("Invalid date.");
    case TaskField::Updated:
        return tr("The update time is set by Candor.");
    case TaskField::Assignee:
    case TaskField::Description:
    case TaskField::Evidence:
    case TaskField::Phase:
        return {};
    }
    return {};
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

// --- Writes

WriteResult Project::sqlFailure(const QString &what, const QSqlQuery &query) const
{
    return WriteResult::failure(ProjectDatabase::describe(what, query.lastError()));
}

bool Project::logEvent(QSqlQuery &query, qint64 time, qint64 taskId, const QString &key,
                       const QString &field, const QString &oldValue, const QString &newValue) const
{
    query.addBindValue(time);
    query.addBindValue(taskId);
    query.addBindValue(key);
    query.addBindValue(field);
    query.addBindValue(oldValue);
    query.addBindValue(newValue);
    return query.exec();
}

QString Project::eventText(TaskField field, const QVariant &value) const
{
    switch (field) {
    case TaskField::Status:
    case TaskField::Priority:
    case TaskField::Verification:
    case TaskField::VerifiedOn:
        return dbValue(field, value).toString();
    case TaskField::Component:
        return m_components->name(value.toLongLong());
    case TaskField::Milestones: {
        QStringList names;
        for (qint64 id : value.value<QList<qint64>>())
            names << m_milestones->name(id);
        return names.join(QStringLiteral(", "));
    }
    default:
        return value.toString();
    }
}

WriteResult Project::setName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return WriteResult::failure(tr("A project needs a name."));
    QSqlQuery query(m_database->connection());
    Transaction transaction(m_database->connection());
    query.prepare(QStringLiteral("UPDATE project SET name = ? WHERE id = 1"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return sqlFailure(tr("Cannot rename the project"), query);
    if (query.numRowsAffected() == 0) {
        query.prepare(QStringLiteral("INSERT INTO project (id, name, created) VALUES (1, ?, ?)"));
        query.addBindValue(name.trimmed());
        query.addBindValue(now());
        if (!query.exec())
            return sqlFailure(tr("Cannot rename the project"), query);
    }
    if (!transaction.commit())
        return sqlFailure(tr("Cannot rename the project"), query);
    m_name = name.trimmed();
    return WriteResult::success();
}

WriteResult Project::setTaskField(const QList<qint64> &ids, TaskField field,
                                  const QVariantList &values)
{
    Q_ASSERT(ids.size() == values.size());
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    const qint64 time = now();
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery update(db);
    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString what = tr("Cannot change the %1 of a task").arg(fieldName(field));
    QSqlQuery unlink(db);
    if (field == TaskField::Milestones) {
        unlink.prepare(QStringLiteral("DELETE FROM milestone_task WHERE task_id = ?"));
        update.prepare(
            QStringLiteral("INSERT INTO milestone_task (milestone_id, task_id) VALUES (?, ?)"));
    } else {
        update.prepare(QStringLiteral("UPDATE task SET %1 = ?, updated = ? WHERE id = ?")
                           .arg(dbColumn(field)));
    }
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE task SET updated = ? WHERE id = ?"));

    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Task *task = m_tasks->task(ids.at(i));
        if (!task)
            return WriteResult::failure(tr("The task no longer exists."));
        if (const QString problem = validate(field, values.at(i), task->id); !problem.isEmpty())
            return WriteResult::failure(problem);
        if (field == TaskField::Milestones) {
            unlink.addBindValue(task->id);
            if (!unlink.exec())
                return sqlFailure(what, unlink);
            for (qint64 milestone : values.at(i).value<QList<qint64>>()) {
                update.addBindValue(milestone);
                update.addBindValue(task->id);
                if (!update.exec())
                    return sqlFailure(what, update);
            }
            touch.addBindValue(time);
            touch.addBindValue(task->id);
            if (!touch.exec())
                return sqlFailure(what, touch);
        } else {
            update.addBindValue(dbValue(field, values.at(i)));
            update.addBindValue(time);
            update.addBindValue(task->id);
            if (!update.exec())
                return sqlFailure(what, update);
        }
        if (!logEvent(event, time, task->id, task->key, fieldName(field),
                      eventText(field, m_tasks->fieldValue(*task, field)),
                      eventText(field, values.at(i))))
            return sqlFailure(what, event);
    }
    if (!transaction.commit())
        return sqlFailure(what, update);

    if (field == TaskField::Milestones) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QList<qint64> milestones = values.at(i).value<QList<qint64>>();
            std::sort(milestones.begin(), milestones.end());
            if (milestones.isEmpty())
                m_milestonesByTask.remove(ids.at(i));
            else
                m_milestonesByTask.insert(ids.at(i), milestones);
        }
    }
    m_tasks->applyField(ids, field, values, time);
    for (qint64 id : ids)
        emit historyChanged(id);
    if (field == TaskField::Milestones)
        emit milestonesChanged();
    if (field == TaskField::Status) {
        for (qint64 id : ids) {
            for (qint64 dependent : m_dependencies.dependentsOf(id))
                emit dependenciesChanged(dependent);
        }
    }
    emit tasksChanged();
    return WriteResult::success();
}

WriteResult Project::insertTasks(QList<TaskRecord> &records)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    const qint64 time = now();
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(insertTaskSql);
    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString what = tr("Cannot add the task");

    QSet<qint64> batchIds;
    QSet<QString> batchKeys;
    for (TaskRecord &record : records) {
        Task &task = record.task;
        for (TaskField field : {TaskField::Key, TaskField::Title, TaskField::Estimate,
                                TaskField::Progress, TaskField::Component}) {
            if (const QString problem = validate(field, m_tasks->fieldValue(task, field), task.id);
                !problem.isEmpty())
                return WriteResult::failure(problem);
        }
        if (batchKeys.contains(task.key.toCaseFolded()))
            return WriteResult::failure(tr("The key %1 is used twice.").arg(task.key));
        batchKeys.insert(task.key.toCaseFolded());
        if (task.created == 0)
            task.created = time;
        task.updated = time;
        bindTask(insert, task);
        if (!insert.exec())
            return sqlFailure(what, insert);
        if (task.id == 0)
            task.id = insert.lastInsertId().toLongLong();
        batchIds.insert(task.id);
        if (!logEvent(event, time, task.id, task.key, QStringLiteral("created"), {}, task.title))
            return sqlFailure(what, event);
    }

    // Edges are added to the live graph as they are written, so that each one is checked against
    // all before it, and taken out again if anything fails.
    QList<QPair<qint64, qint64>> added;
    const auto rollbackEdges = [&]() {
        for (const auto &edge : std::as_const(added))
            m_dependencies.remove(edge.first, edge.second);
    };
    const auto exists = [&](qint64 id) { return batchIds.contains(id) || m_tasks->task(id); };
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO dependency (task_id, depends_on_id) VALUES (?, ?)"));
    QSqlQuery gate(db);
    gate.prepare(
        QStringLiteral("INSERT INTO milestone_task (milestone_id, task_id) VALUES (?, ?)"));
    QSqlQuery item(db);
    item.prepare(QStringLiteral("INSERT INTO checklist_item (id, task_id, text, checked, position) "
                                "VALUES (?, ?, ?, ?, ?)"));
    for (TaskRecord &record : records) {
        QList<QPair<qint64, qint64>> edges;
        for (qint64 dependency : std::as_const(record.dependsOn))
            edges.append({record.task.id, dependency});
        for (qint64 dependent : std::as_const(record.dependents))
            edges.append({dependent, record.task.id});
        for (const auto &edge : std::as_const(edges)) {
            if (!exists(edge.first) || !exists(edge.second) ||
                m_dependencies.contains(edge.first, edge.second))
                continue;
            if (const QList<qint64> cycle = m_dependencies.cycleIfAdded(edge.first, edge.second);
                !cycle.isEmpty()) {
                rollbackEdges();
                QStringList keys;
                for (qint64 id : cycle) {
                    QString key = m_tasks->keyOf(id);
                    for (const TaskRecord &other : std::as_const(records)) {
                        if (other.task.id == id)
                            key = other.task.key;
                    }
                    keys << key;
                }
                return WriteResult::failure(tr("This would close a dependency cycle: %1.")
                                                .arg(keys.join(QStringLiteral(" → "))));
            }
            link.addBindValue(edge.first);
            link.addBindValue(edge.second);
            if (!link.exec()) {
                rollbackEdges();
                return sqlFailure(what, link);
            }
            m_dependencies.add(edge.first, edge.second);
            added.append(edge);
        }
        for (qint64 milestone : std::as_const(record.milestones)) {
            gate.addBindValue(milestone);
            gate.addBindValue(record.task.id);
            if (!gate.exec()) {
                rollbackEdges();
                return sqlFailure(what, gate);
            }
        }
        for (ChecklistItem &entry : record.checklist) {
            entry.taskId = record.task.id;
            item.addBindValue(entry.id == 0 ? QVariant() : QVariant(entry.id));
            item.addBindValue(entry.taskId);
            item.addBindValue(entry.text);
            item.addBindValue(entry.checked ? 1 : 0);
            item.addBindValue(entry.position);
            if (!item.exec()) {
                rollbackEdges();
                return sqlFailure(what, item);
            }
            if (entry.id == 0)
                entry.id = item.lastInsertId().toLongLong();
        }
    }
    if (!transaction.commit()) {
        rollbackEdges();
        return sqlFailure(what, insert);
    }

    QList<Task> tasks;
    tasks.reserve(records.size());
    for (const TaskRecord &record : std::as_const(records)) {
        tasks.append(record.task);
        if (!record.milestones.isEmpty()) {
            QList<qint64> milestones = record.milestones;
            std::sort(milestones.begin(), milestones.end());
            m_milestonesByTask.insert(record.task.id, milestones);
        }
    }
    m_tasks->applyInsert(tasks);
    for (const auto &edge : std::as_const(added)) {
        emit dependenciesChanged(edge.first);
        emit dependenciesChanged(edge.second);
    }
    for (const TaskRecord &record : std::as_const(records)) {
        emit checklistChanged(record.task.id);
        emit historyChanged(record.task.id);
    }
    if (std::any_of(records.cbegin(), records.cend(),
                    [](const TaskRecord &r) { return !r.milestones.isEmpty(); }))
        emit milestonesChanged();
    emit tasksChanged();
    return WriteResult::success();
}

WriteResult Project::removeTasks(const QList<qint64> &ids, QList<TaskRecord> *removed)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    QList<TaskRecord> records;
    for (qint64 id : ids) {
        const Task *task = m_tasks->task(id);
        if (!task)
            return WriteResult::failure(tr("The task no longer exists."));
        TaskRecord record;
        record.task = *task;
        record.dependsOn = m_dependencies.dependenciesOf(id);
        record.dependents = m_dependencies.dependentsOf(id);
        record.milestones = milestonesOf(id);
        bool ok = false;
        record.checklist = readChecklist(id, &ok);
        if (!ok)
            return WriteResult::failure(tr("Cannot read the checklist of %1.").arg(task->key));
        records.append(std::move(record));
    }

    const qint64 time = now();
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM task WHERE id = ?"));
    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString what = tr("Cannot delete the task");
    for (const TaskRecord &record : std::as_const(records)) {
        remove.addBindValue(record.task.id);
        if (!remove.exec())
            return sqlFailure(what, remove);
        if (!logEvent(event, time, record.task.id, record.task.key, QStringLiteral("deleted"),
                      record.task.title, {}))
            return sqlFailure(what, event);
    }
    if (!transaction.commit())
        return sqlFailure(what, remove);

    QSet<qint64> neighbours;
    for (const TaskRecord &record : std::as_const(records)) {
        for (qint64 id : record.dependsOn)
            neighbours.insert(id);
        for (qint64 id : record.dependents)
            neighbours.insert(id);
        m_dependencies.removeTask(record.task.id);
        m_milestonesByTask.remove(record.task.id);
    }
    m_tasks->applyRemove(ids);
    for (qint64 id : std::as_const(neighbours)) {
        if (m_tasks->task(id))
            emit dependenciesChanged(id);
    }
    emit milestonesChanged();
    emit tasksChanged();
    if (removed)
        *removed = std::move(records);
    return WriteResult::success();
}

WriteResult Project::addDependency(qint64 taskId, qint64 dependsOnId)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    const Task *task = m_tasks->task(taskId);
    const Task *dependency = m_tasks->task(dependsOnId);
    if (!task || !dependency)
        return WriteResult::failure(tr("The task no longer exists."));
    if (taskId == dependsOnId)
        return WriteResult::failure(tr("A task cannot depend on itself."));
    if (m_dependencies.contains(taskId, dependsOnId))
        return WriteResult::failure(
            tr("%1 already depends on %2.").arg(task->key, dependency->key));
    if (const QList<qint64> cycle = m_dependencies.cycleIfAdded(taskId, dependsOnId);
        !cycle.isEmpty()) {
        return WriteResult::failure(
            tr("This would close a dependency cycle: %1.").arg(describeCycle(cycle)));
    }
    const qint64 time = now();
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO dependency (task_id, depends_on_id) VALUES (?, ?)"));
    query.addBindValue(taskId);
    query.addBindValue(dependsOnId);
    const QString what = tr("Cannot add the dependency");
    if (!query.exec())
        return sqlFailure(what, query);
    query.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!logEvent(query, time, taskId, task->key, QStringLiteral("depends_on"), {},
                  dependency->key) ||
        !transaction.commit())
        return sqlFailure(what, query);
    m_dependencies.add(taskId, dependsOnId);
    emit dependenciesChanged(taskId);
    emit dependenciesChanged(dependsOnId);
    emit historyChanged(taskId);
    emit tasksChanged();
    return WriteResult::success();
}

WriteResult Project::removeDependency(qint64 taskId, qint64 dependsOnId)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    if (!m_dependencies.contains(taskId, dependsOnId))
        return WriteResult::failure(tr("There is no such dependency."));
    const qint64 time = now();
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM dependency WHERE task_id = ? AND depends_on_id = ?"));
    query.addBindValue(taskId);
    query.addBindValue(dependsOnId);
    const QString what = tr("Cannot remove the dependency");
    if (!query.exec())
        return sqlFailure(what, query);
    query.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!logEvent(query, time, taskId, m_tasks->keyOf(taskId), QStringLiteral("depends_on"),
                  m_tasks->keyOf(dependsOnId), {}) ||
        !transaction.commit())
        return sqlFailure(what, query);
    m_dependencies.remove(taskId, dependsOnId);
    emit dependenciesChanged(taskId);
    emit dependenciesChanged(dependsOnId);
    emit historyChanged(taskId);
    emit tasksChanged();
    return WriteResult::success();
}

WriteResult Project::addDependencies(const QList<QPair<qint64, qint64>> &edges)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    for (const auto &edge : edges) {
        if (!m_tasks->task(edge.first) || !m_tasks->task(edge.second))
            return WriteResult::failure(tr("The task no longer exists."));
        if (edge.first == edge.second)
            return WriteResult::failure(tr("A task cannot depend on itself."));
        if (m_dependencies.contains(edge.first, edge.second))
            return WriteResult::failure(
                tr("%1 already depends on %2.")
                    .arg(m_tasks->keyOf(edge.first), m_tasks->keyOf(edge.second)));
    }
    if (!m_dependencies.staysAcyclicWith(edges))
        return WriteResult::failure(tr("These dependencies would close a cycle."));
    return writeEdges(edges, true);
}

WriteResult Project::removeDependencies(const QList<QPair<qint64, qint64>> &edges)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    return writeEdges(edges, false);
}

WriteResult Project::writeEdges(const QList<QPair<qint64, qint64>> &edges, bool add)
{
    const qint64 time = now();
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery write(db);
    write.prepare(
        add ? QStringLiteral("INSERT INTO dependency (task_id, depends_on_id) VALUES (?, ?)")
            : QStringLiteral("DELETE FROM dependency WHERE task_id = ? AND depends_on_id = ?"));
    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString what =
        add ? tr("Cannot add the dependencies") : tr("Cannot remove the dependencies");
    for (const auto &edge : edges) {
        write.addBindValue(edge.first);
        write.addBindValue(edge.second);
        if (!write.exec())
            return sqlFailure(what, write);
        const QString key = m_tasks->keyOf(edge.second);
        if (!logEvent(event, time, edge.first, m_tasks->keyOf(edge.first),
                      QStringLiteral("depends_on"), add ? QString() : key, add ? key : QString()))
            return sqlFailure(what, event);
    }
    if (!transaction.commit())
        return sqlFailure(what, write);
    QSet<qint64> touched;
    for (const auto &edge : edges) {
        if (add)
            m_dependencies.add(edge.first, edge.second);
        else
            m_dependencies.remove(edge.first, edge.second);
        touched.insert(edge.first);
        touched.insert(edge.second);
    }
    for (qint64 id : std::as_const(touched))
        emit dependenciesChanged(id);
    emit tasksChanged();
    return WriteResult::success();
}

WriteResult Project::insertChecklistItem(ChecklistItem &item)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    if (item.text.trimmed().isEmpty())
        return WriteResult::failure(tr("A checklist item needs some text."));
    const Task *task = m_tasks->task(item.taskId);
    if (!task)
        return WriteResult::failure(tr("The task no longer exists."));
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    const QString what = tr("Cannot add the checklist item");
    query.prepare(QStringLiteral(
        "UPDATE checklist_item SET position = position + 1 WHERE task_id = ? AND position >= ?"));
    query.addBindValue(item.taskId);
    query.addBindValue(item.position);
    if (!query.exec())
        return sqlFailure(what, query);
    query.prepare(
        QStringLiteral("INSERT INTO checklist_item (id, task_id, text, checked, position) "
                       "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(item.id == 0 ? QVariant() : QVariant(item.id));
    query.addBindValue(item.taskId);
    query.addBindValue(item.text.trimmed());
    query.addBindValue(item.checked ? 1 : 0);
    query.addBindValue(item.position);
    if (!query.exec())
        return sqlFailure(what, query);
    const qint64 id = item.id == 0 ? query.lastInsertId().toLongLong() : item.id;
    query.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!logEvent(query, now(), task->id, task->key, QStringLiteral("checklist"), {},
                  item.text.trimmed()) ||
        !transaction.commit())
        return sqlFailure(what, query);
    item.id = id;
    item.text = item.text.trimmed();
    emit checklistChanged(item.taskId);
    emit historyChanged(item.taskId);
    return WriteResult::success();
}

WriteResult Project::removeChecklistItem(qint64 itemId, ChecklistItem *removed)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT task_id, text, checked, position FROM checklist_item WHERE id = ?"));
    query.addBindValue(itemId);
    if (!query.exec() || !query.next())
        return WriteResult::failure(tr("The checklist item no longer exists."));
    const ChecklistItem item{itemId, query.value(0).toLongLong(), query.value(1).toString(),
                             query.value(2).toBool(), query.value(3).toInt()};
    const QString what = tr("Cannot remove the checklist item");
    Transaction transaction(db);
    query.prepare(QStringLiteral("DELETE FROM checklist_item WHERE id = ?"));
    query.addBindValue(itemId);
    if (!query.exec())
        return sqlFailure(what, query);
    query.prepare(QStringLiteral(
        "UPDATE checklist_item SET position = position - 1 WHERE task_id = ? AND position > ?"));
    query.addBindValue(item.taskId);
    query.addBindValue(item.position);
    if (!query.exec())
        return sqlFailure(what, query);
    query.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!logEvent(query, now(), item.taskId, m_tasks->keyOf(item.taskId),
                  QStringLiteral("checklist"), item.text, {}) ||
        !transaction.commit())
        return sqlFailure(what, query);
    if (removed)
        *removed = item;
    emit checklistChanged(item.taskId);
    emit historyChanged(item.taskId);
    return WriteResult::success();
}

WriteResult Project::setChecklistItem(const ChecklistItem &item)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    if (item.text.trimmed().isEmpty())
        return WriteResult::failure(tr("A checklist item needs some text."));
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    const QString what = tr("Cannot change the checklist item");
    query.prepare(QStringLiteral("UPDATE checklist_item SET text = ?, checked = ? WHERE id = ?"));
    query.addBindValue(item.text.trimmed());
    query.addBindValue(item.checked ? 1 : 0);
    query.addBindValue(item.id);
    if (!query.exec())
        return sqlFailure(what, query);
    if (query.numRowsAffected() == 0)
        return WriteResult::failure(tr("The checklist item no longer exists."));
    query.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!logEvent(query, now(), item.taskId, m_tasks->keyOf(item.taskId),
                  QStringLiteral("checklist"), {},
                  (item.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) +
                      item.text.trimmed()) ||
        !transaction.commit())
        return sqlFailure(what, query);
    emit checklistChanged(item.taskId);
    emit historyChanged(item.taskId);
    return WriteResult::success();
}

WriteResult Project::moveChecklistItem(qint64 itemId, int position)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT task_id, position, text FROM checklist_item WHERE id = ?"));
    query.addBindValue(itemId);
    if (!query.exec() || !query.next())
        return WriteResult::failure(tr("The checklist item no longer exists."));
    const qint64 taskId = query.value(0).toLongLong();
    const int from = query.value(1).toInt();
    const QString text = query.value(2).toString();
    if (from == position)
        return WriteResult::success();
    const QString what = tr("Cannot move the checklist item");
    Transaction transaction(db);
    // Close the gap at the old place and open one at the new place, in one statement.
    query.prepare(from < position
                      ? QStringLiteral("UPDATE checklist_item SET position = position - 1 "
                                       "WHERE task_id = ? AND position > ? AND position <= ?")
                      : QStringLiteral("UPDATE checklist_item SET position = position + 1 "
                                       "WHERE task_id = ? AND position < ? AND position >= ?"));
    query.addBindValue(taskId);
    query.addBindValue(from);
    query.addBindValue(position);
    if (!query.exec())
        return sqlFailure(what, query);
    query.prepare(QStringLiteral("UPDATE checklist_item SET position = ? WHERE id = ?"));
    query.addBindValue(position);
    query.addBindValue(itemId);
    if (!query.exec())
        return sqlFailure(what, query);
    query.prepare(QStringLiteral("INSERT INTO event (time, task_id, task_key, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!logEvent(query, now(), taskId, m_tasks->keyOf(taskId), QStringLiteral("checklist_order"),
                  QString::number(from + 1) + QStringLiteral(": ") + text,
                  QString::number(position + 1) + QStringLiteral(": ") + text) ||
        !transaction.commit())
        return sqlFailure(what, query);
    emit checklistChanged(taskId);
    emit historyChanged(taskId);
    return WriteResult::success();
}

WriteResult Project::addComponent(Component &component)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    if (component.name.trimmed().isEmpty())
        return WriteResult::failure(tr("A component needs a name."));
    if (m_components->idForName(component.name) != 0)
        return WriteResult::failure(tr("There is already a component %1.").arg(component.name));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO component (id, name, prefix, colour, sort_order, stated_completion) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(component.id == 0 ? QVariant() : QVariant(component.id));
    query.addBindValue(component.name.trimmed());
    query.addBindValue(text(component.prefix.trimmed().toUpper()));
    query.addBindValue(component.colour.isEmpty() ? QStringLiteral("#808080") : component.colour);
    query.addBindValue(component.sortOrder);
    query.addBindValue(statedCompletionValue(component.statedCompletion));
    if (!query.exec())
        return sqlFailure(tr("Cannot add the component"), query);
    if (component.id == 0)
        component.id = query.lastInsertId().toLongLong();
    component.name = component.name.trimmed();
    component.prefix = component.prefix.trimmed().toUpper();
    m_components->applyInsert(component);
    emit tasksChanged();
    return WriteResult::success();
}

WriteResult Project::setStatedCompletion(qint64 componentId, std::optional<int> percent)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    const Component *existing = m_components->component(componentId);
    if (!existing)
        return WriteResult::failure(tr("Unknown component."));
    if (percent && (*percent < 0 || *percent > 100))
        return WriteResult::failure(tr("A stated completion is a percentage from 0 to 100."));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE component SET stated_completion = ? WHERE id = ?"));
    query.addBindValue(statedCompletionValue(percent));
    query.addBindValue(componentId);
    if (!query.exec())
        return sqlFailure(tr("Cannot save the stated completion"), query);
    Component changed = *existing;
    changed.statedCompletion = percent;
    m_components->applyUpdate(changed);
    emit tasksChanged();
    return WriteResult::success();
}

WriteResult Project::removeComponent(qint64 componentId)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    for (const Task &task : m_tasks->tasks()) {
        if (task.componentId == componentId)
            return WriteResult::failure(tr("The component is still used by %1.").arg(task.key));
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM component WHERE id = ?"));
    query.addBindValue(componentId);
    if (!query.exec())
        return sqlFailure(tr("Cannot remove the component"), query);
    m_components->applyRemove(componentId);
    emit tasksChanged();
    return WriteResult::success();
}

WriteResult Project::addMilestone(Milestone &milestone)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    if (milestone.name.trimmed().isEmpty())
        return WriteResult::failure(tr("A milestone needs a name."));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO milestone (id, name, description, target_date, "
                                 "done_date, sort_order) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(milestone.id == 0 ? QVariant() : QVariant(milestone.id));
    query.addBindValue(milestone.name.trimmed());
    query.addBindValue(text(milestone.description));
    query.addBindValue(dateValue(milestone.targetDate));
    query.addBindValue(dateValue(milestone.doneDate));
    query.addBindValue(milestone.sortOrder);
    if (!query.exec())
        return sqlFailure(tr("Cannot add the milestone"), query);
    if (milestone.id == 0)
        milestone.id = query.lastInsertId().toLongLong();
    m_milestones->applyInsert(milestone);
    emit milestonesChanged();
    return WriteResult::success();
}

WriteResult Project::removeMilestone(qint64 milestoneId)
{
    if (isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM milestone WHERE id = ?"));
    query.addBindValue(milestoneId);
    if (!query.exec())
        return sqlFailure(tr("Cannot remove the milestone"), query);
    for (auto it = m_milestonesByTask.begin(); it != m_milestonesByTask.end();) {
        it->removeAll(milestoneId);
        it = it->isEmpty() ? m_milestonesByTask.erase(it) : std::next(it);
    }
    m_milestones->applyRemove(milestoneId);
    emit milestonesChanged();
    return WriteResult::success();
}

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
