// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

class QSqlQuery;

namespace Candor {

// How a task row is read from the task table, shared by the first page and the background loader.
class TaskRows final
{
public:
    // SELECT of every task column, followed by `tail` (e.g. "WHERE id > ? ORDER BY id").
    static QString select(const QString &tail);
    static Task read(const QSqlQuery &query);
};

} // namespace Candor
