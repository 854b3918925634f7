// SPDX-License-Identifier: MIT
#include "benchsection.h"

#include <QStringList>

#include <algorithm>

namespace CandorBench {

namespace {

// Built on first use: registrations run during static initialisation, in any file order.
QList<BenchSection> &registered()
{
    static QList<BenchSection> sections;
    return sections;
}

} // namespace

void BenchRegistry::add(BenchSection section)
{
    registered().append(std::move(section));
}

QList<BenchSection> BenchRegistry::sections()
{
    QList<BenchSection> sections = registered();
    std::stable_sort(
        sections.begin(), sections.end(),
        [](const BenchSection &a, const BenchSection &b) { return a.order < b.order; });
    return sections;
}

QStringList BenchRegistry::names()
{
    QStringList names;
    for (const BenchSection &section : sections())
        names.append(section.name);
    return names;
}

} // namespace CandorBench
