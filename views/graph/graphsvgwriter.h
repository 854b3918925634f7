// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graphlayout.h"
#include "graphnodelook.h"

#include <QByteArray>
#include <QHash>

#include <functional>

namespace Candor {

// The graph page's drawing as SVG, written from the layout itself (no Qt SVG module needed):
// one <g class="node"> per node with its box or diamond, key, title and marks, one
// <g class="edge"> per edge with its spline and arrowhead, in the colours of the page.
class GraphSvgWriter final
{
public:
    // criticalEdge(from, to) says which edges to draw as critical, as the page does.
    static QByteArray write(const GraphLayout &layout, const QHash<qint64, GraphNodeLook> &looks,
                            const std::function<bool(qint64, qint64)> &criticalEdge,
                            const QString &title);
};

} // namespace Candor
