// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "core/taskfield.h"

#include <QVariant>

class QSqlQuery;

namespace Candor {

// How a task row is read from the task table, shared by the first page and the background loader.
class TaskRows final
{
public:
    // SELECT of every task column, followed by `tail` (e.g. "WHERE id > ? ORDER BY id").
    static QString select(const QString &tail);
    static Task read(const QSqlQuery &query);
    // The raw value (as taskValue() gives it) that a stored value of a field is read as: its
    // default or the nearest allowed value when the file holds one outside its rules.
    static QVariant readValue(TaskField field, const QVariant &stored);
};

} // namespace Candor
