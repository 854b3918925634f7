// SPDX-License-Identifier: MIT
#pragma once

class QJsonObject;

namespace Candor {

// The "schedule" section of candor_bench (schedulebench.cpp): fills `out` with the figures of
// issue 9's algorithms; 0 when every result was valid.
int runScheduleBench(QJsonObject &out);

} // namespace Candor
