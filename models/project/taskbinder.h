// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskfield.h"

#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Candor {

// How a task's values are written to the task table: the one INSERT (used by every write and
// by the generator) and the column value of each field.
class TaskBinder final
{
public:
    static const QString &insertSql();
    // Binds the task's 20 values in insertSql()'s order (id 0 binds NULL: the file picks one).
    static void bind(QSqlQuery &query, const Task &task);
    // The task table's column for a field (Milestones has none).
    static QString column(TaskField field);
    // A raw field value as the column stores it (enum tokens, ISO dates, '' for no text).
    static QVariant columnValue(TaskField field, const QVariant &value);
    // Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "nothing".
    static QString text(const QString &value);
    static QVariant date(const QDate &date);
};

} // namespace Candor
