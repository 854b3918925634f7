// SPDX-License-Identifier: MIT
// The `schedule` section: the critical path on 100k tasks and the Monte Carlo forecast
// (schedulebench.cpp).
#include "benchsection.h"
#include "schedulebench.h"

namespace CandorBench {

namespace {

const BenchRegistration registration{
    {QStringLiteral("schedule"), 70, QStringLiteral("schedule"), {}, {}, [](const QString &, int) {
         QJsonObject figures;
         Candor::runScheduleBench(figures);
         return figures;
     }}};

} // namespace

} // namespace CandorBench
