// SPDX-License-Identifier: MIT
#pragma once

#include "graphnodelook.h"

#include <QGraphicsItem>

namespace Candor {

// One task (a rounded box: status stripe, key, short title, verification and blocked marks) or
// milestone (a diamond) of the graph page. Text is drawn only when it is large enough to read.
// How it is cached follows the zoom (setZoom), so that panning and zooming a large graph
// repaint little: far out it is a plain block, cheaper to fill than to cache; up to cacheScale
// its picture is made once at that scale and only scaled when zooming; past it, where a few
// nodes are in view, it is cached per device pixel (sharp).
class GraphNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    GraphNodeItem(qint64 id, const QSizeF &size);

    qint64 id() const { return m_id; }
    bool isMilestone() const { return m_look.milestone; }
    const GraphNodeLook &look() const { return m_look; }
    void setLook(const GraphNodeLook &look);
    void setSize(const QSizeF &size);
    // The view's scale (GraphScene::setZoom): picks the cache and the level of detail. While
    // the zoom is still moving (not settled) a node past cacheScale keeps its picture made at
    // cacheScale, scaled: made again per device pixel at every wheel step, the pictures of a
    // few hundred nodes cost a zoom frame more than all else. Settled, it is made sharp.
    void setZoom(qreal zoom, bool settled = true);
    bool isCompact() const { return m_compact; }
    static constexpr qreal cacheScale = 1;
    // Below this scale the text would be under ~5 px: boxes, with the key alone in a large
    // font down to keyOnly (as Graphviz labels a node), plain blocks below that.
    static constexpr qreal readable = 0.45;
    static constexpr qreal keyOnly = 0.22;
    // Marks the node a dragged edge would connect to.
    void setHighlighted(bool highlighted);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The shapes both this item and the SVG export draw.
    static QPolygonF diamond(const QRectF &rect);
    static QPainterPath checkMark(const QRectF &box);
    static QPainterPath crossMark(const QRectF &box);

private:
    void updateCache();
    void paintTask(QPainter *painter, qreal detail) const;
    void paintMilestone(QPainter *painter, qreal detail) const;

    qint64 m_id;
    QSizeF m_size;
    GraphNodeLook m_look;
    bool m_highlighted = false;
    bool m_compact = false; // far out: a block in the status colour
    bool m_sharp = false;   // zoomed in past cacheScale: cached per device pixel
};

} // namespace Candor
