// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QPolygonF>
#include <QTransform>

namespace Candor {

// Draws aliased lines one pixel wide straight into a 32-bit image (Bresenham): what the graph
// page's edges are when zoomed out, thousands at once. QPainter's cosmetic stroker pays a
// callback and a span blend per pixel; this writes the pixel, about ten times faster, which
// is what a zoom frame over a large graph needs. Only for what it draws the same: solid or
// dashed, opaque, aliased, one pixel, under a transform of scale and translation.
class HairlineRaster final
{
public:
    // image: ARGB32 (premultiplied or not); toImage maps the polylines' coordinates into it.
    HairlineRaster(QImage *image, const QTransform &toImage);

    // Whether toImage is one this raster can follow (no rotation, no shear, no perspective).
    static bool supports(const QTransform &transform);

    // Dashes of 4 pixels with gaps of 2, as Qt::DashLine on a cosmetic pen one pixel wide.
    void drawPolyline(const QPolygonF &line, QRgb colour, bool dashed);
    // Fills a small convex polygon (an arrowhead) and outlines it, so that its edges match
    // the lines drawn beside it. Pixels whose centres lie inside are filled.
    void fillConvex(const QPolygonF &polygon, QRgb colour);

private:
    void drawLine(QPoint from, QPoint to, QRgb colour, bool dashed);

    QImage *m_image;
    QTransform m_toImage;
    int m_width;
    int m_height;
    int m_dashPhase = 0; // a dash pattern runs on across the segments of one polyline
};

} // namespace Candor
