// SPDX-License-Identifier: MIT
// Task ids and edge lists for the dependency-graph tests.
#pragma once

#include <QList>
#include <QPair>

#include <algorithm>

namespace CandorTest {

// Task ids with names that read well in the data tables.
inline constexpr qint64 A = 1;
inline constexpr qint64 B = 2;
inline constexpr qint64 C = 3;
inline constexpr qint64 D = 4;
inline constexpr qint64 E = 5;

using Edge = QPair<qint64, qint64>; // (task, dependsOn)
using EdgeList = QList<Edge>;

template <typename T> QList<T> sorted(QList<T> items)
{
    std::sort(items.begin(), items.end());
    return items;
}

} // namespace CandorTest
