// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>

class QGraphicsPathItem;
class QTimer;

namespace Candor {

class GraphMinimap;
class GraphNodeItem;
class GraphScene;

// The graph page's canvas: wheel and pinch zoom about the pointer, pan by dragging the
// background, click to select, double-click for the inspector, drag from one task onto another
// to ask for a dependency, Delete on selected edges to ask for their removal. It asks; the page
// decides (and goes through the undo stack).
class GraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)
public:
    explicit GraphView(GraphScene *scene, QWidget *parent = nullptr);

    GraphScene *graphScene() const { return m_scene; }
    GraphMinimap *minimap() const { return m_minimap; }
    qreal zoom() const { return transform().m11(); }
    // Scales about a point of the viewport (its centre by default), within sane bounds.
    void setZoom(qreal wanted, const QPointF &viewportAnchor = QPointF(-1, -1));
    void zoomToFit();
    void zoomToActualSize();
    void setEditable(bool editable) { m_editable = editable; }

    static constexpr qreal minimumZoom = 0.03;
    static constexpr qreal maximumZoom = 4;

signals:
    // Drag from `from` onto `to`: `to` should depend on `from`.
    void connectRequested(qint64 from, qint64 to);
    void removeEdgesRequested();
    void inspectorWanted();

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    bool isEdgeDelete(const QKeyEvent *event) const;
    void endConnecting();

    GraphScene *m_scene;
    GraphMinimap *m_minimap;
    QTimer *m_settle; // the zoom at rest: the nodes' pictures made sharp
    bool m_editable = true;
    GraphNodeItem *m_pressed = nullptr;
    QPoint m_pressPos;
    bool m_connecting = false;
    QGraphicsPathItem *m_rubber = nullptr;
    GraphNodeItem *m_target = nullptr;
};

} // namespace Candor
