// SPDX-License-Identifier: MIT
#include "graphview.h"

#include "graphminimap.h"
#include "graphnodeitem.h"
#include "graphscene.h"

#include <QApplication>
#include <QGestureEvent>
#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QPixmapCache>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Candor {

GraphView::GraphView(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_minimap(new GraphMinimap(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, [this] { m_scene->setZoom(zoom(), true); });
    setObjectName(QStringLiteral("graphView"));
    setDragMode(ScrollHandDrag);
    // Smooth: the nodes' cached pictures are scaled to the zoom (GraphNodeItem).
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // Every item sets the pen, brush and hints it paints with: no save and restore around each.
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    // The nodes' cached pictures live in QPixmapCache (GraphNodeItem): room for about a
    // thousand at 100 %, or zooming out over a large graph would make them again every frame.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 48 * 1024));
    viewport()->grabGesture(Qt::PinchGesture);
    m_minimap->hide();
}

void GraphView::setZoom(qreal wanted, const QPointF &viewportAnchor)
{
    const qreal zoom = std::clamp(wanted, minimumZoom, maximumZoom);
    const QPointF anchor =
        viewportAnchor.x() < 0 ? QPointF(viewport()->rect().center()) : viewportAnchor;
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    // While the wheel turns, nodes are not remade per step; sharp once it rests.
    m_scene->setZoom(zoom, false);
    m_settle->start();
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the scene point under the anchor where it was.
    const QPointF moved = mapFromScene(sceneAnchor);
    const QPointF delta = moved - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
    m_minimap->viewChanged();
}

void GraphView::zoomToFit()
{
    const QRectF bounds = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return;
    const QRectF room = viewport()->rect();
    setZoom(std::min({room.width() / bounds.width(), room.height() / bounds.height(), 1.0}));
    centerOn(bounds.center());
    m_minimap->viewChanged();
}

void GraphView::zoomToActualSize()
{
    setZoom(1);
}

bool GraphView::isEdgeDelete(const QKeyEvent *event) const
{
    return (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
           !m_scene->selectedEdges().isEmpty();
}

bool GraphView::event(QEvent *event)
{
    // Delete on a selected edge is this view's, not the main window's "Delete Tasks".
    if (event->type() == QEvent::ShortcutOverride &&
        isEdgeDelete(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QGraphicsView::event(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (isEdgeDelete(event)) {
        emit removeEdgesRequested();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_connecting) {
        endConnecting();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                setZoom(zoom() * pinch->scaleFactor(),
                        mapFromGlobal(pinch->centerPoint().toPoint()));
            gestures->accept(pinch);
            return true;
        }
    } else if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1 + gesture->value()), gesture->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // A touchpad's two-finger scroll pans; a mouse wheel (or Ctrl+scroll) zooms.
    const bool touchpad = !event->pixelDelta().isNull() && event->phase() != Qt::NoScrollPhase;
    if (touchpad && !(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        m_minimap->viewChanged();
        return;
    }
    const int steps =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->pixelDelta().y();
    setZoom(zoom() * std::pow(1.0015, steps), event->position());
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = nullptr;
    if (event->button() == Qt::LeftButton) {
        m_pressed = m_scene->nodeAt(mapToScene(event->position().toPoint()));
        m_pressPos = event->position().toPoint();
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && !m_connecting && m_editable && !m_pressed->isMilestone() &&
        (event->buttons() & Qt::LeftButton) &&
        (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_connecting = true;
        m_rubber = new QGraphicsPathItem;
        QPen pen(GraphNodeLook::selectionColour(), 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_rubber->setPen(pen);
        m_rubber->setZValue(10);
        m_scene->addItem(m_rubber);
        viewport()->setCursor(Qt::CrossCursor);
    }
    if (!m_connecting) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QRectF from = m_pressed->sceneBoundingRect();
    const QPointF start(from.right() - 3, from.center().y());
    const QPointF end = mapToScene(pos);
    QPainterPath path(start);
    const qreal half = std::max<qreal>(30, std::abs(end.x() - start.x()) / 2);
    path.cubicTo(start + QPointF(half, 0), end - QPointF(half, 0), end);
    m_rubber->setPath(path);
    GraphNodeItem *target = m_scene->nodeAt(end);
    if (target == m_pressed || (target && target->isMilestone()))
        target = nullptr;
    if (target != m_target) {
        if (m_target)
            m_target->setHighlighted(false);
        m_target = target;
        if (m_target)
            m_target->setHighlighted(true);
    }
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_connecting && event->button() == Qt::LeftButton) {
        const qint64 from = m_pressed->id();
        const qint64 to = m_target ? m_target->id() : 0;
        endConnecting();
        if (to != 0)
            emit connectRequested(from, to);
        event->accept();
        return;
    }
    m_pressed = nullptr;
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::endConnecting()
{
    delete m_rubber;
    m_rubber = nullptr;
    if (m_target)
        m_target->setHighlighted(false);
    m_target = nullptr;
    m_pressed = nullptr;
    m_connecting = false;
    viewport()->unsetCursor();
    if (dragMode() == ScrollHandDrag)
        viewport()->setCursor(Qt::OpenHandCursor);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    GraphNodeItem *node = m_scene->nodeAt(mapToScene(event->position().toPoint()));
    if (node && !node->isMilestone() && event->button() == Qt::LeftButton) {
        if (!node->isSelected()) {
            m_scene->clearSelection();
            node->setSelected(true);
        }
        emit inspectorWanted();
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_minimap->viewChanged();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->viewChanged();
}

} // namespace Candor
