// SPDX-License-Identifier: MIT
#include "storedvaluecheck.h"

#include "core/taskenums.h"
#include "taskbinder.h"
#include "taskrows.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace Candor {

namespace {

// The fields whose stored values the schema's CHECK constraints limit, with the same test.
constexpr TaskField checkedFields[] = {
    TaskField::Status,   TaskField::Priority,   TaskField::Verification, TaskField::Progress,
    TaskField::Estimate, TaskField::Optimistic, TaskField::Likely,       TaskField::Pessimistic,
};

QString quotedList(const QStringList &tokens)
{
    QStringList quoted;
    for (const QString &token : tokens)
        quoted << QLatin1Char('\'') + token + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

// SQL that is true when the field's stored value breaks its rule.
QString damagedWhen(TaskField field)
{
    const QString column = TaskBinder::column(field);
    QStringList tokens;
    switch (field) {
    case TaskField::Status:
        for (int i = 0; i < StatusCount; ++i)
            tokens << TaskEnums::token(static_cast<Status>(i));
        break;
    case TaskField::Priority:
        for (int i = 0; i < PriorityCount; ++i)
            tokens << TaskEnums::token(static_cast<Priority>(i));
        break;
    case TaskField::Verification:
        for (int i = 0; i < VerificationCount; ++i)
            tokens << TaskEnums::token(static_cast<Verification>(i));
        break;
    case TaskField::Progress:
        return QStringLiteral("NOT (%1 BETWEEN 0 AND 100)").arg(column);
    default:
        return QStringLiteral("%1 < 0").arg(column);
    }
    return QStringLiteral("%1 NOT IN (%2)").arg(column, quotedList(tokens));
}

QString readAsText(const DamagedValue &value)
{
    switch (value.field) {
    case TaskField::Status:
        return TaskEnums::token(static_cast<Status>(value.readAs.toInt()));
    case TaskField::Priority:
        return TaskEnums::token(static_cast<Priority>(value.readAs.toInt()));
    case TaskField::Verification:
        return TaskEnums::token(static_cast<Verification>(value.readAs.toInt()));
    default:
        return value.readAs.isNull() ? StoredValueCheck::tr("empty") : value.readAs.toString();
    }
}

} // namespace

QList<DamagedValue> StoredValueCheck::find(const QSqlDatabase &db, bool *ok)
{
    // One scan of the task table: the columns, then whether each breaks its rule.
    QStringList columns{QStringLiteral("id"), QStringLiteral("key")};
    QStringList tests;
    for (TaskField field : checkedFields) {
        columns << TaskBinder::column(field);
        tests << QLatin1Char('(') + damagedWhen(field) + QLatin1Char(')');
    }
    const QString sql =
        QStringLiteral("SELECT %1, %2 FROM task WHERE %3 ORDER BY id")
            .arg(columns.join(QStringLiteral(", ")), tests.join(QStringLiteral(", ")),
                 tests.join(QStringLiteral(" OR ")));
    QList<DamagedValue> found;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool done = query.exec(sql);
    constexpr int fieldCount = int(std::size(checkedFields));
    while (query.next()) {
        for (int i = 0; i < fieldCount; ++i) {
            if (query.value(2 + fieldCount + i).toInt() != 1)
                continue;
            const QVariant stored = query.value(2 + i);
            found.append(DamagedValue{query.value(0).toLongLong(), query.value(1).toString(),
                                      checkedFields[i], stored,
                                      TaskRows::readValue(checkedFields[i], stored)});
        }
    }
    if (ok)
        *ok = done && !query.lastError().isValid();
    return found;
}

QStringList StoredValueCheck::describe(const QList<DamagedValue> &values)
{
    QStringList lines;
    for (const DamagedValue &value : values) {
        lines << tr("%1 %2: “%3” (read as %4)")
                     .arg(value.key, fieldLabel(value.field), value.stored.toString(),
                          readAsText(value));
    }
    return lines;
}

ChangeSet StoredValueCheck::repair(const QList<DamagedValue> &values)
{
    // One SetField per field, in the order of checkedFields, so that the change reads the same
    // each time.
    std::map<int, Change::SetField> byField;
    for (const DamagedValue &value : values) {
        Change::SetField &change = byField[int(value.field)];
        change.field = value.field;
        change.ids << value.taskId;
        change.values << value.readAs;
    }
    ChangeSet changes;
    for (auto &[field, change] : byField)
        changes.add(std::move(change));
    return changes;
}

} // namespace Candor
