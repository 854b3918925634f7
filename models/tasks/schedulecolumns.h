// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfield.h"

#include <QCoreApplication>
#include <QVariant>

namespace Candor {

struct TaskTiming;

// The two read-only columns TaskModel shows after the task's own fields, from the last
// schedule (CriticalPath): whether a task is on the critical path, and its slack in working
// days. Both are empty before the first schedule, for tasks added since, and for finished work.
class ScheduleColumns final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleColumns)
public:
    static constexpr int Critical = TaskColumnCount;
    static constexpr int Slack = TaskColumnCount + 1;
    static constexpr int End = TaskColumnCount + 2; // TaskModel's column count

    static bool contains(int column) { return column >= Critical && column < End; }
    static QString header(int column);
    // timing may be null (not scheduled yet).
    static QVariant data(const TaskTiming *timing, int column, int role);
    // Working days to tenths: sums of estimates leave floating-point dust (2.9999999).
    static double roundedDays(double days);
    // -1, 0, 1 on the raw values; unscheduled and finished work first, like unset fields.
    static int compare(const TaskTiming *a, const TaskTiming *b, int column);
};

} // namespace Candor
