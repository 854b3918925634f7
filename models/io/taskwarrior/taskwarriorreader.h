// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Candor {

// Reads Taskwarrior JSON, as `task export` of any version writes it (an array, or one object per
// line), into an ImportBatch. The candor_* UDAs TaskwarriorWriter adds refine what Taskwarrior
// says; their words mean what they mean in a Markdown tracker (models/io/vocabulary). Never
// fails: what cannot be read is a warning naming its line.
class TaskwarriorReader final
{
    Q_DECLARE_TR_FUNCTIONS(TaskwarriorReader)
public:
    static ImportBatch read(const QByteArray &bytes, const QString &fileName);
};

} // namespace Candor
