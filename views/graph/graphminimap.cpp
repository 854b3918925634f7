// SPDX-License-Identifier: MIT
#include "graphminimap.h"

#include "graphscene.h"
#include "graphview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace Candor {

namespace {

constexpr int longSide = 180;
constexpr int margin = 10;

} // namespace

// A child of the viewport, not of the view: a sibling over the viewport would make every pan
// repaint the whole viewport (Qt scrolls the pixels of a widget only when nothing overlaps it).
// The scroll moves the minimap along; viewChanged() puts it back in its corner.
GraphMinimap::GraphMinimap(GraphView *view)
    : QWidget(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("graphMinimap"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
}

void GraphMinimap::layoutChanged()
{
    const GraphScene *scene = m_view->graphScene();
    m_bounds = scene->layout().bounds;
    if (m_bounds.isEmpty()) {
        m_thumbnail = {};
        viewChanged();
        return;
    }
    const qreal scale = longSide / std::max(m_bounds.width(), m_bounds.height());
    const QSize size(std::max(24, qRound(m_bounds.width() * scale)),
                     std::max(24, qRound(m_bounds.height() * scale)));
    m_thumbnail = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_thumbnail.fill(QColor(255, 255, 255, 225));
    QPainter painter(&m_thumbnail);
    painter.scale(scale, scale);
    painter.translate(-m_bounds.topLeft());
    for (const GraphLayout::Node &node : scene->layout().nodes) {
        const GraphNodeLook look = scene->looks().value(node.id);
        painter.fillRect(node.rect,
                         look.critical ? GraphNodeLook::criticalColour() : look.accent());
    }
    painter.end();
    resize(size + QSize(2, 2));
    viewChanged();
    update();
}

QRectF GraphMinimap::visibleSceneRect() const
{
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

void GraphMinimap::viewChanged()
{
    const bool needed = !m_thumbnail.isNull() && !visibleSceneRect().contains(m_bounds);
    if (needed) {
        const QRect room = m_view->viewport()->rect();
        move(room.right() - width() - margin, room.bottom() - height() - margin);
        raise();
    }
    setVisible(needed);
    update();
}

QRectF GraphMinimap::mapRect() const
{
    return QRectF(1, 1, m_thumbnail.width(), m_thumbnail.height());
}

void GraphMinimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(QColor(0x90, 0x90, 0x90));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    painter.drawImage(mapRect().topLeft(), m_thumbnail);
    if (m_bounds.isEmpty())
        return;
    const QRectF map = mapRect();
    const qreal scale = map.width() / m_bounds.width();
    const QRectF seen = visibleSceneRect();
    const QRectF frame((seen.left() - m_bounds.left()) * scale + map.left(),
                       (seen.top() - m_bounds.top()) * scale + map.top(), seen.width() * scale,
                       seen.height() * scale);
    painter.setPen(QPen(GraphNodeLook::selectionColour(), 1.5));
    painter.setBrush(QColor(0x15, 0x65, 0xc0, 30));
    painter.drawRect(frame.intersected(map));
}

void GraphMinimap::centreViewAt(const QPointF &point)
{
    const QRectF map = mapRect();
    if (m_bounds.isEmpty() || map.isEmpty())
        return;
    const qreal scale = m_bounds.width() / map.width();
    m_view->centerOn(m_bounds.topLeft() + (point - map.topLeft()) * scale);
}

void GraphMinimap::mousePressEvent(QMouseEvent *event)
{
    centreViewAt(event->position());
    event->accept();
}

void GraphMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
    event->accept();
}

} // namespace Candor
