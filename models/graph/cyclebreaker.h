// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>

namespace Candor {

class DependencyGraph;

// Decides which of the edges an import would add to a project's dependencies to leave out so
// that the whole stays acyclic, in time linear in the size of the merged graph: the strongly
// connected components of the project's edges and the added ones are found once (Tarjan), and
// only inside a component that holds a cycle does a depth-first search leave out the added edge
// that closes each cycle it meets. The project's own edges are never left out (they are acyclic
// by themselves); of the added edges, the later one in the file closes a cycle, as if they were
// added one by one; and an edge left out is taken back when the edges kept no longer make it
// close a cycle, so that none is left out for nothing.
class CycleBreaker final
{
public:
    using Edge = QPair<qint64, qint64>; // (task, depends on)

    // Positions in `added` of the edges to leave out, ascending. A self-dependency (a task on
    // itself) is always among them.
    static QList<qsizetype> leftOut(const DependencyGraph &existing, const QList<Edge> &added);
};

} // namespace Candor
