// SPDX-License-Identifier: MIT
#pragma once

#include "graphlayout.h"
#include "keyedgraph.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Candor {

class Project;

// The graph page's drawing as JSON, so that it can be checked from outside:
//   {"nodes": [{"key", "title", "kind": "task"|"milestone", "x", "y", "width", "height",
//               "layer"}],
//    "edges": [{"from", "to", "points": [[x, y], ...]}]}
// x, y: a node's top left; from: the prerequisite; points: the edge's cubic Bézier spline
// (start, then two controls and an end per segment). Milestones have their name as key.
class LayoutJson final
{
    Q_DECLARE_TR_FUNCTIONS(LayoutJson)
public:
    static QByteArray write(const Project &project, const GraphLayout &layout);
    // The whole project laid out as the graph page lays out "All" without a filter.
    static QByteArray write(const Project &project);
    // The tasks and the dependencies between them (edges to milestones are not dependencies).
    static KeyedGraphRead read(const QByteArray &json);
};

} // namespace Candor
