// SPDX-License-Identifier: MIT
#include "graphexport.h"

#include "graphscene.h"
#include "graphsvgwriter.h"

#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSignalBlocker>

#include <algorithm>

namespace Candor {

bool GraphExport::writeSvg(const GraphScene &scene, const QString &title, const QString &path,
                           QString *error)
{
    QFile file(path);
    const QByteArray svg = GraphSvgWriter::write(
        scene.layout(), scene.looks(),
        [&scene](qint64 from, qint64 to) { return scene.isCriticalEdge(from, to); }, title);
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool GraphExport::writePng(GraphScene &scene, const QString &path, QString *error)
{
    const QRectF source = scene.layout().bounds.adjusted(-16, -16, 16, 16);
    // Twice the scene's scale for sharp text, within what image viewers (and QImageReader's
    // default 256 MB allocation limit) open.
    const qreal scale = std::min(2.0, 7800 / std::max({source.width(), source.height(), 1.0}));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    {
        // The picture shows the graph, not what happens to be selected; the selection is put
        // back as it was, so nobody needs to hear of it.
        const QSignalBlocker blocker(&scene);
        for (QGraphicsItem *item : selected)
            item->setSelected(false);
        // The nodes' detail and cache for the picture's scale, not the view's.
        const qreal viewZoom = scene.zoom();
        scene.setZoom(scale);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
        }
        scene.setZoom(viewZoom);
        for (QGraphicsItem *item : selected)
            item->setSelected(true);
    }
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace Candor
