// SPDX-License-Identifier: MIT
// The `layout` section: the graph page's layered layout against Graphviz dot (layoutbench.cpp).
#include "benchsection.h"
#include "layoutbench.h"

namespace CandorBench {

namespace {

const BenchRegistration registration{
    {QStringLiteral("layout"),
     60,
     QStringLiteral("layout"),
     {},
     {},
     [](const QString &folder, int) { return layoutFigures(folder); }}};

} // namespace

} // namespace CandorBench
