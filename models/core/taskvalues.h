// SPDX-License-Identifier: MIT
#pragma once

#include "task.h"
#include "taskfield.h"

#include <QVariant>

namespace Candor {

// A task's field as a raw value (enums as int, days as double or null, dates as QDate) and back.
// Milestones are not a field of Task (the project keeps the gates): both leave them alone.
QVariant taskValue(const Task &task, TaskField field);
void setTaskValue(Task &task, TaskField field, const QVariant &value);

} // namespace Candor
