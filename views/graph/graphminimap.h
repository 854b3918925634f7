// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

namespace Candor {

class GraphView;

// An overview in the corner of a large graph: every node as a dot in its status colour and the
// part the view shows as a frame; click or drag to move there. Hidden while all is in view.
class GraphMinimap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphMinimap)
public:
    explicit GraphMinimap(GraphView *view);

    void layoutChanged(); // redraws the thumbnail
    void viewChanged();   // moves the frame, shows or hides the map
    QRectF visibleSceneRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF mapRect() const; // where the scene's bounds are drawn, in this widget
    void centreViewAt(const QPointF &point);

    GraphView *m_view;
    QImage m_thumbnail;
    QRectF m_bounds; // the scene's, when the thumbnail was drawn
};

} // namespace Candor
