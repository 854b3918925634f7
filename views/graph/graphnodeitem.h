// SPDX-License-Identifier: MIT
#pragma once

#include "graphnodelook.h"

#include <QGraphicsItem>

namespace Candor {

// One task (a rounded box: status stripe, key, short title, verification and blocked marks) or
// milestone (a diamond) of the graph page. Text is drawn only when it is large enough to read;
// the item is cached in device coordinates, so panning repaints nothing.
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
    void paintTask(QPainter *painter, qreal detail) const;
    void paintMilestone(QPainter *painter, qreal detail) const;

    qint64 m_id;
    QSizeF m_size;
    GraphNodeLook m_look;
    bool m_highlighted = false;
};

} // namespace Candor
