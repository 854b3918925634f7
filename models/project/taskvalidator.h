// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfield.h"

#include <QCoreApplication>
#include <QVariant>

namespace Candor {

class ProjectState;

// The rules every task value obeys, shared by every editor and by every write.
class TaskValidator final
{
    Q_DECLARE_TR_FUNCTIONS(TaskValidator)
public:
    static constexpr int maxKeyLength = 32;
    static constexpr int maxTitleLength = 500;
    static constexpr double maxEstimateDays = 1000;

    // An empty string means the value is fine for that task (taskId 0: a new task).
    static QString validate(const ProjectState &state, TaskField field, const QVariant &value,
                            qint64 taskId);
    // Turns what an editor produced into the field's raw type (see TaskModel::fieldValue).
    static QVariant normalised(TaskField field, const QVariant &value);
};

} // namespace Candor
