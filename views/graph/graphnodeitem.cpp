// SPDX-License-Identifier: MIT
#include "graphnodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Candor {

namespace {

constexpr qreal stripe = 6;
constexpr qreal radius = 6;

QFont keyFont()
{
    QFont font;
    font.setPointSizeF(9);
    font.setBold(true);
    return font;
}

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(8.5);
    return font;
}

} // namespace

GraphNodeItem::GraphNodeItem(qint64 id, const QSizeF &size)
    : m_id(id)
    , m_size(size)
{
    updateCache();
    setZValue(1);
    setAcceptHoverEvents(false);
}

void GraphNodeItem::setLook(const GraphNodeLook &look)
{
    m_look = look;
    setFlag(ItemIsSelectable, !look.milestone);
    setToolTip(look.tooltip);
    update();
}

void GraphNodeItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    updateCache();
}

void GraphNodeItem::setZoom(qreal zoom)
{
    const bool compact = zoom < readable;
    const bool sharp = zoom > cacheScale;
    if (compact == m_compact && sharp == m_sharp)
        return;
    m_compact = compact;
    m_sharp = sharp;
    updateCache();
    update();
}

void GraphNodeItem::updateCache()
{
    if (m_compact)
        setCacheMode(NoCache);
    else if (m_sharp)
        setCacheMode(DeviceCoordinateCache);
    else
        setCacheMode(ItemCoordinateCache, (boundingRect().size() * cacheScale).toSize());
}

void GraphNodeItem::setHighlighted(bool highlighted)
{
    if (highlighted != m_highlighted) {
        m_highlighted = highlighted;
        update();
    }
}

QRectF GraphNodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3); // room for the outline
}

QPainterPath GraphNodeItem::shape() const
{
    QPainterPath path;
    const QRectF rect(QPointF(0, 0), m_size);
    if (m_look.milestone)
        path.addPolygon(diamond(rect));
    else
        path.addRoundedRect(rect, radius, radius);
    return path;
}

QPolygonF GraphNodeItem::diamond(const QRectF &rect)
{
    const QPointF c = rect.center();
    return QPolygonF({QPointF(rect.left(), c.y()), QPointF(c.x(), rect.top()),
                      QPointF(rect.right(), c.y()), QPointF(c.x(), rect.bottom()),
                      QPointF(rect.left(), c.y())});
}

QPainterPath GraphNodeItem::checkMark(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.left() + box.width() * 0.15, box.top() + box.height() * 0.55);
    path.lineTo(box.left() + box.width() * 0.4, box.top() + box.height() * 0.8);
    path.lineTo(box.left() + box.width() * 0.85, box.top() + box.height() * 0.2);
    return path;
}

QPainterPath GraphNodeItem::crossMark(const QRectF &box)
{
    QPainterPath path;
    const QRectF in = box.adjusted(box.width() * 0.2, box.height() * 0.2, -box.width() * 0.2,
                                   -box.height() * 0.2);
    path.moveTo(in.topLeft());
    path.lineTo(in.bottomRight());
    path.moveTo(in.topRight());
    path.lineTo(in.bottomLeft());
    return path;
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Into the cache the detail is its scale: the view's zoom picks compact (setZoom).
    const qreal detail =
        m_compact ? 0 : option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_look.milestone)
        paintMilestone(painter, detail);
    else
        paintTask(painter, detail);
}

void GraphNodeItem::paintTask(QPainter *painter, qreal detail) const
{
    const QRectF rect(QPointF(0, 0), m_size);
    const bool selected = isSelected();
    QPen outline(selected          ? GraphNodeLook::selectionColour()
                 : m_look.critical ? GraphNodeLook::criticalColour()
                                   : QColor(0xb0, 0xb4, 0xba));
    outline.setWidthF(selected || m_look.critical || m_highlighted ? 2.5 : 1);
    if (m_highlighted)
        outline.setColor(GraphNodeLook::selectionColour());
    if (detail < readable) {
        // Far out: a block in the status colour says enough (and fills fast unsmoothed).
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(m_look.critical || selected ? outline : Qt::NoPen);
        painter->setBrush(m_look.accent());
        painter->drawRect(rect);
        return;
    }
    painter->setPen(outline);
    painter->setBrush(m_look.fill());
    painter->drawRoundedRect(rect, radius, radius);
    if (selected && m_look.critical) {
        // Selected and critical: the selection outside, the critical path inside.
        painter->setPen(QPen(GraphNodeLook::criticalColour(), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(2.5, 2.5, -2.5, -2.5), radius - 2, radius - 2);
    }
    QPainterPath stripePath;
    stripePath.addRoundedRect(QRectF(rect.left(), rect.top(), stripe * 2, rect.height()), radius,
                              radius);
    QPainterPath clip;
    clip.addRect(QRectF(rect.left(), rect.top(), stripe, rect.height()));
    painter->fillPath(stripePath.intersected(clip), m_look.accent());

    // Marks on the right of the key line: blocked (a no-entry sign), then verification.
    qreal right = rect.right() - 6;
    const qreal mark = 12;
    const qreal top = rect.top() + 6;
    if (m_look.verification != Verification::Unverified) {
        const QRectF box(right - mark, top, mark, mark);
        const bool verified = m_look.verification == Verification::Verified;
        QPen pen(verified ? GraphNodeLook::verifiedColour() : GraphNodeLook::blockedColour(), 2.2,
                 Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(verified ? checkMark(box) : crossMark(box));
        right -= mark + 4;
    }
    if (m_look.blocked) {
        const QRectF box(right - mark, top, mark, mark);
        painter->setPen(Qt::NoPen);
        painter->setBrush(GraphNodeLook::blockedColour());
        painter->drawEllipse(box);
        painter->setBrush(Qt::white);
        painter->drawRect(QRectF(box.left() + 2.5, box.center().y() - 1.2, box.width() - 5, 2.4));
        right -= mark + 4;
    }

    const qreal left = rect.left() + stripe + 6;
    painter->setPen(GraphNodeLook::text());
    const QFont keys = keyFont();
    painter->setFont(keys);
    const QFontMetricsF keyMetrics(keys);
    const QRectF keyBox(left, rect.top() + 4, right - left, keyMetrics.height());
    painter->drawText(keyBox, Qt::AlignLeft | Qt::AlignVCenter,
                      keyMetrics.elidedText(m_look.key, Qt::ElideRight, keyBox.width()));
    QFont titles = titleFont();
    titles.setStrikeOut(m_look.status == Status::Cancelled);
    painter->setFont(titles);
    const QFontMetricsF titleMetrics(titles);
    const QRectF titleBox(left, keyBox.bottom() + 2, rect.right() - 6 - left,
                          titleMetrics.height());
    if (m_look.done)
        painter->setPen(QColor(0x61, 0x61, 0x61));
    painter->drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(m_look.title, Qt::ElideRight, titleBox.width()));
}

void GraphNodeItem::paintMilestone(QPainter *painter, qreal detail) const
{
    const QRectF rect(QPointF(0, 0), m_size);
    QPen outline(m_look.accent(), m_highlighted ? 2.5 : 1.5);
    painter->setPen(outline);
    painter->setBrush(m_look.fill());
    painter->drawPolygon(diamond(rect));
    if (detail < readable)
        return;
    const QFont font = keyFont();
    painter->setFont(font);
    painter->setPen(GraphNodeLook::text());
    const QRectF inner = rect.adjusted(rect.width() / 4, 0, -rect.width() / 4, 0);
    painter->drawText(inner, Qt::AlignCenter,
                      QFontMetricsF(font).elidedText(m_look.key, Qt::ElideRight, inner.width()));
}

} // namespace Candor
