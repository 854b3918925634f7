// SPDX-License-Identifier: MIT
#pragma once

#include "keyedgraph.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Candor {

// The dependency graph as a mermaid flowchart (left to right): keys as node ids where mermaid
// allows them (otherwise "k_" and the key's UTF-8 in hex), titles as quoted labels, an arrow
// from each prerequisite to the task that depends on it. The reader takes the flowchart
// statements people write (shapes, link kinds, |labels|, chains, & groups, comments) and gives
// each link back as a dependency.
class MermaidFormat final
{
    Q_DECLARE_TR_FUNCTIONS(MermaidFormat)
public:
    static QByteArray write(const KeyedGraph &graph);
    static KeyedGraphRead read(const QByteArray &text);

    static QString idFor(const QString &key);
    static QString keyFor(const QString &id);
};

} // namespace Candor
