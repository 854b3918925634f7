// SPDX-License-Identifier: MIT
#include "graphscene.h"

#include "graphedgeitem.h"
#include "graphedgelayer.h"
#include "graphnodeitem.h"

#include <QSet>

namespace Candor {

namespace {

constexpr qsizetype smoothEdgeLimit = 500;

} // namespace

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_edgeLayer(new GraphEdgeLayer)
{
    addItem(m_edgeLayer);
    // The items move only on a relayout: the BSP index pays for itself on large graphs.
    setItemIndexMethod(BspTreeIndex);
}

GraphScene::~GraphScene()
{
    // Deleting selected items announces a selection change: not to a page being destroyed.
    blockSignals(true);
    clear();
}

void GraphScene::show(const GraphLayout &layout, const QHash<qint64, GraphNodeLook> &looks)
{
    m_layout = layout;
    m_looks = looks;
    QSet<qint64> keptNodes;
    for (const GraphLayout::Node &node : layout.nodes) {
        GraphNodeItem *item = m_nodes.value(node.id);
        if (!item) {
            item = new GraphNodeItem(node.id, node.rect.size());
            item->setZoom(m_zoom);
            addItem(item);
            m_nodes.insert(node.id, item);
        }
        item->setSize(node.rect.size());
        item->setPos(node.rect.topLeft());
        item->setLook(looks.value(node.id));
        keptNodes.insert(node.id);
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (keptNodes.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_nodes.erase(it);
        }
    }
    // Up to a few hundred edges are cheap to smooth at any zoom; thousands are not.
    const bool smooth = layout.edges.size() <= smoothEdgeLimit;
    QSet<QPair<qint64, qint64>> keptEdges;
    QList<GraphEdgeItem *> edgesInOrder;
    edgesInOrder.reserve(layout.edges.size());
    for (const GraphLayout::Edge &edge : layout.edges) {
        const QPair<qint64, qint64> key{edge.from, edge.to};
        GraphEdgeItem *item = m_edges.value(key);
        if (!item) {
            item = new GraphEdgeItem(edge.from, edge.to);
            addItem(item);
            m_edges.insert(key, item);
        }
        const bool gate =
            layout.node(edge.to) && layout.node(edge.to)->kind == GraphLayoutInput::Kind::Milestone;
        item->setSpline(edge.path(), isCriticalEdge(edge.from, edge.to), gate);
        item->setSmooth(smooth);
        keptEdges.insert(key);
        edgesInOrder << item;
    }
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (keptEdges.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_edges.erase(it);
        }
    }
    m_edgeLayer->setEdges(edgesInOrder, smooth);
}

void GraphScene::clearGraph()
{
    show({}, {});
}

bool GraphScene::isCriticalEdge(qint64 from, qint64 to) const
{
    if (m_hasCriticalEdges)
        return m_criticalEdges.contains({from, to});
    return m_looks.value(from).critical && m_looks.value(to).critical;
}

void GraphScene::setCriticalEdges(const QSet<QPair<qint64, qint64>> &edges)
{
    m_criticalEdges = edges;
    m_hasCriticalEdges = true;
    restyleEdges();
}

void GraphScene::setLooks(const QHash<qint64, GraphNodeLook> &looks)
{
    for (auto it = looks.cbegin(); it != looks.cend(); ++it) {
        if (GraphNodeItem *item = m_nodes.value(it.key())) {
            item->setLook(it.value());
            m_looks.insert(it.key(), it.value());
        }
    }
    restyleEdges();
}

void GraphScene::setZoom(qreal zoom)
{
    m_zoom = zoom;
    for (GraphNodeItem *item : std::as_const(m_nodes))
        item->setZoom(zoom);
}

void GraphScene::restyleEdges()
{
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        it.value()->setCritical(isCriticalEdge(it.key().first, it.key().second));
}

GraphNodeItem *GraphScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == GraphNodeItem::Type)
            return static_cast<GraphNodeItem *>(item);
    }
    return nullptr;
}

QList<qint64> GraphScene::selectedTasks() const
{
    QList<qint64> ids;
    for (const GraphLayout::Node &node : m_layout.nodes) {
        const GraphNodeItem *item = m_nodes.value(node.id);
        if (item && item->isSelected() && !item->isMilestone())
            ids.append(node.id);
    }
    return ids;
}

QList<QPair<qint64, qint64>> GraphScene::selectedEdges() const
{
    QList<QPair<qint64, qint64>> edges;
    for (const GraphLayout::Edge &edge : m_layout.edges) {
        const GraphEdgeItem *item = m_edges.value({edge.from, edge.to});
        if (item && item->isSelected())
            edges.append({edge.from, edge.to});
    }
    return edges;
}

void GraphScene::selectTasks(const QList<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    const QSignalBlocker blocker(this);
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != GraphNodeItem::Type ||
            !wanted.contains(static_cast<GraphNodeItem *>(item)->id()))
            item->setSelected(false);
    }
    for (qint64 id : ids) {
        if (GraphNodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    }
}

} // namespace Candor
