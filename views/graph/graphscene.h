// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graphlayout.h"
#include "graphnodelook.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace Candor {

class GraphEdgeItem;
class GraphEdgeLayer;
class GraphNodeItem;

// The items of the graph page, kept by node id and edge: a new layout moves the items that
// stay, adds the new ones and drops the rest (so selection and caches survive a relayout).
class GraphScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphScene)
public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    void show(const GraphLayout &layout, const QHash<qint64, GraphNodeLook> &looks);
    void clearGraph();
    // The edges (from, to) on a critical chain; until set, an edge between two critical nodes
    // counts as one. Restyles the items in place, no relayout.
    void setCriticalEdges(const QSet<QPair<qint64, qint64>> &edges);
    // Gives nodes a new look in place (e.g. after a new critical path).
    void setLooks(const QHash<qint64, GraphNodeLook> &looks);
    // The view's scale, for the nodes' cache and level of detail.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    const GraphLayout &layout() const { return m_layout; }
    const QHash<qint64, GraphNodeLook> &looks() const { return m_looks; }

    GraphNodeItem *node(qint64 id) const { return m_nodes.value(id); }
    GraphEdgeItem *edge(qint64 from, qint64 to) const { return m_edges.value({from, to}); }
    GraphEdgeLayer *edgeLayer() const { return m_edgeLayer; }
    GraphNodeItem *nodeAt(const QPointF &scenePos) const;
    QList<qint64> selectedTasks() const;                // node ids, in layout order
    QList<QPair<qint64, qint64>> selectedEdges() const; // (from, to)
    void selectTasks(const QList<qint64> &ids);         // without emitting per item
    // As the page draws it: on a critical chain by the schedule (setCriticalEdges).
    bool isCriticalEdge(qint64 from, qint64 to) const;

private:
    void restyleEdges();

    GraphLayout m_layout;
    QHash<qint64, GraphNodeLook> m_looks;
    QHash<qint64, GraphNodeItem *> m_nodes;
    QHash<QPair<qint64, qint64>, GraphEdgeItem *> m_edges;
    QSet<QPair<qint64, qint64>> m_criticalEdges;
    bool m_hasCriticalEdges = false;
    GraphEdgeLayer *m_edgeLayer; // an item of the scene, which owns it
    qreal m_zoom = 1;
};

} // namespace Candor
