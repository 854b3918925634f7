// SPDX-License-Identifier: MIT
#pragma once

#include "keyedgraph.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Candor {

// The dependency graph as Graphviz DOT: keys as node ids, titles as labels, an edge from each
// prerequisite to the task that depends on it (the way the graph page draws it). The reader
// takes the common language (statements, attribute lists, edge chains, { } groups, comments)
// and gives each edge back as a dependency.
class DotFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DotFormat)
public:
    static QByteArray write(const KeyedGraph &graph, const QString &name = {});
    static KeyedGraphRead read(const QByteArray &text);
};

} // namespace Candor
