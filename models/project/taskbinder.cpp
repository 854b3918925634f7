// SPDX-License-Identifier: MIT
#include "taskbinder.h"

#include "core/taskenums.h"

#include <QSqlQuery>

namespace Candor {

namespace {

QVariant optionalDays(const std::optional<double> &days)
{
    return days ? QVariant(*days) : QVariant();
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

} // namespace

const QString &TaskBinder::insertSql()
{
    static const QString sql = QStringLiteral(
        "INSERT INTO task (id, key, title, description, component_id, status, priority, "
        "estimate, estimate_optimistic, estimate_likely, estimate_pessimistic, progress, "
        "verification, evidence, verified_on, assignee, phase, rank, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

QString TaskBinder::text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QVariant TaskBinder::date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

void TaskBinder::bind(QSqlQuery &query, const Task &task)
{
    query.addBindValue(nullIfZero(task.id));
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
    query.addBindValue(date(task.verifiedOn));
    query.addBindValue(text(task.assignee));
    query.addBindValue(text(task.phase));
    query.addBindValue(task.rank);
    query.addBindValue(task.created);
    query.addBindValue(task.updated);
}

QString TaskBinder::column(TaskField field)
{
    switch (field) {
    case TaskField::Component:
        return QStringLiteral("component_id");
    default:
        return fieldName(field); // the other names are the column names
    }
}

QVariant TaskBinder::columnValue(TaskField field, const QVariant &value)
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
        return date(value.toDate());
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

} // namespace Candor
