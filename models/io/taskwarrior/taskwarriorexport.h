// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Candor {

// The task objects of a `task export` file, each with the line it starts on: a JSON array
// (json.array=on), or one object per line as older versions wrote by default. What is not a task
// object is a warning.
struct TaskwarriorExport
{
    QList<QJsonObject> objects;
    QList<int> lines; // 1-based, one per object; 0 when unknown

    static TaskwarriorExport parse(const QByteArray &bytes, const QString &fileName,
                                   QList<ImportWarning> *warnings);
};

} // namespace Candor
