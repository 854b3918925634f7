// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace CandorBench {

// The reading phase of an import alone (decode + parse into a batch), for `candor_bench --read
// FILE`: its time, and how far it raises the peak memory of a process that holds nothing else
// but the file's bytes.
QJsonObject importReadFigures(const QString &path);

} // namespace CandorBench
