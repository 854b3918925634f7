// SPDX-License-Identifier: MIT
#include "chartpainter.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>

namespace Candor {

void ChartPainter::paint(QChart *chart, QPainter *painter, const QRectF &target)
{
    const QSizeF shown = chart->size();
    // A chart that is not in a scene yet (made only to be printed) gets a scene of its own.
    QGraphicsScene *scene = chart->scene();
    QGraphicsScene own;
    if (!scene) {
        own.addItem(chart);
        scene = &own;
    }
    chart->resize(target.size());
    // Lay out the axes and series for this size before painting.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    painter->save();
    scene->render(painter, target, QRectF(chart->pos(), target.size()));
    painter->restore();
    if (scene == &own)
        own.removeItem(chart);
    if (!shown.isEmpty())
        chart->resize(shown);
}

QImage ChartPainter::image(QChart *chart, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace Candor
