// SPDX-License-Identifier: MIT
#include "projectloader.h"

#include "database/projectdatabase.h"
#include "taskrows.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Candor {

bool ProjectLoader::read(ProjectDatabase &database, ProjectContent *content, OpenError *error,
                         int firstPage)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    const auto failWith = [&](const QString &what, const QSqlError &sqlError) {
        error->kind = ProjectDatabase::isCorruption(sqlError) ? OpenError::Kind::Corrupt
                                                              : OpenError::Kind::Io;
        error->message = ProjectDatabase::describe(what, sqlError, database.path());
        error->hint = error->kind == OpenError::Kind::Corrupt
                          ? tr("Restore it from a backup with File ▸ Restore from Backup.")
                          : tr("Check the file, then try again.");
        return false;
    };
    const auto fail = [&](const QString &what) { return failWith(what, query.lastError()); };
    const QString shown = QFileInfo(database.path()).fileName();

    content->name = QFileInfo(database.path()).completeBaseName();
    if (!query.exec(QStringLiteral("SELECT name FROM project WHERE id = 1")))
        return fail(tr("Cannot read the project of %1").arg(shown));
    if (query.next())
        content->name = query.value(0).toString();

    QList<Component> &components = content->components;
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

    QList<Milestone> &milestones = content->milestones;
    if (!query.exec(QStringLiteral("SELECT id, name, description, target_date, done_date, "
                                   "sort_order FROM milestone ORDER BY sort_order, id")))
        return fail(tr("Cannot read the milestones of %1").arg(shown));
    while (query.next()) {
        milestones.append(Milestone{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            QDate::fromString(query.value(3).toString(), Qt::ISODate),
            QDate::fromString(query.value(4).toString(), Qt::ISODate), query.value(5).toInt()});
    }

    QList<Task> &tasks = content->tasks;
    if (!query.exec(QStringLiteral("SELECT count(*), max(id) FROM task")) || !query.next())
        return fail(tr("Cannot read the tasks of %1").arg(shown));
    content->taskCount = query.value(0).toInt();
    content->lastId = query.value(1).toLongLong();
    const bool paged = firstPage > 0 && content->taskCount > firstPage;
    tasks.reserve(paged ? firstPage : content->taskCount);
    if (!query.exec(TaskRows::select(paged ? QStringLiteral("ORDER BY id LIMIT %1").arg(firstPage)
                                           : QStringLiteral("ORDER BY id"))))
        return fail(tr("Cannot read the tasks of %1").arg(shown));
    while (query.next())
        tasks.append(TaskRows::read(query));
    if (query.lastError().isValid())
        return fail(tr("Cannot read the tasks of %1").arg(shown));

    if (paged)
        return true;
    content->links.emplace();
    QSqlError linkError;
    if (!readLinks(database.connection(), &*content->links, &linkError))
        return failWith(tr("Cannot read the dependencies of %1").arg(shown), linkError);
    return true;
}

bool ProjectLoader::readLinks(const QSqlDatabase &db, ProjectLinks *links, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT task_id, depends_on_id FROM dependency"))) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        links->dependencies.add(query.value(0).toLongLong(), query.value(1).toLongLong());
    if (!query.exec(QStringLiteral("SELECT task_id, milestone_id FROM milestone_task "
                                   "ORDER BY task_id, milestone_id"))) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        links->gates[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    if (query.lastError().isValid()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

} // namespace Candor
