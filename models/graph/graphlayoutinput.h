// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QSizeF>

namespace Candor {

// What a layered drawing is made from: plain node ids with their sizes and "from → to" edges,
// where from is a prerequisite drawn to the left of to. Knows nothing of tasks.
struct GraphLayoutInput
{
    enum class Kind : quint8 { Task, Milestone };
    struct Node
    {
        qint64 id = 0;
        QSizeF size;
        Kind kind = Kind::Task;
    };

    QList<Node> nodes;
    QList<QPair<qint64, qint64>> edges; // (from, to)
    // Nodes on the critical path: edges between two of them are kept the straightest.
    QSet<qint64> critical;
    // Centres of nodes in an earlier drawing: a relayout keeps their order and stays near them.
    QHash<qint64, QPointF> previous;
};

} // namespace Candor
