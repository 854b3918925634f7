// SPDX-License-Identifier: MIT
#include "hairlineraster.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace Candor {

namespace {

constexpr int dashOn = 4;
constexpr int dashPeriod = 6;

} // namespace

HairlineRaster::HairlineRaster(QImage *image, const QTransform &toImage)
    : m_image(image)
    , m_toImage(toImage)
    , m_width(image->width())
    , m_height(image->height())
{}

bool HairlineRaster::supports(const QTransform &transform)
{
    return transform.type() <= QTransform::TxScale;
}

void HairlineRaster::drawPolyline(const QPolygonF &line, QRgb colour, bool dashed)
{
    m_dashPhase = 0;
    // Scale and translation only (supports()): four numbers, not QTransform::map per point.
    const qreal scaleX = m_toImage.m11();
    const qreal scaleY = m_toImage.m22();
    const qreal moveX = m_toImage.dx();
    const qreal moveY = m_toImage.dy();
    QPoint previous;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QPointF at = line.at(i);
        // Far outside the image a coordinate could overflow int: such a segment is clipped to
        // nothing anyway, so keep it within a generous box.
        const QPoint point(int(std::floor(std::clamp(at.x() * scaleX + moveX, -1e6, 1e6))),
                           int(std::floor(std::clamp(at.y() * scaleY + moveY, -1e6, 1e6))));
        if (i > 0)
            drawLine(previous, point, colour, dashed);
        previous = point;
    }
    // The last point, which no segment draws.
    if (!line.isEmpty() && previous.x() >= 0 && previous.y() >= 0 && previous.x() < m_width &&
        previous.y() < m_height && (!dashed || m_dashPhase < dashOn)) {
        reinterpret_cast<QRgb *>(m_image->scanLine(previous.y()))[previous.x()] = colour;
    }
}

void HairlineRaster::fillConvex(const QPolygonF &polygon, QRgb colour)
{
    if (polygon.size() < 3)
        return;
    QPolygonF mapped(polygon.size());
    for (qsizetype i = 0; i < polygon.size(); ++i)
        mapped[i] = m_toImage.map(polygon.at(i));
    const QRectF box = mapped.boundingRect();
    const int top = std::max(0, int(std::floor(box.top())));
    const int bottom = std::min(m_height - 1, int(std::ceil(box.bottom())));
    for (int y = top; y <= bottom; ++y) {
        // Where the row's centre line crosses the polygon's edges: a convex polygon has one
        // span per row, from the leftmost crossing to the rightmost.
        const qreal centreY = y + 0.5;
        qreal left = std::numeric_limits<qreal>::max();
        qreal right = std::numeric_limits<qreal>::lowest();
        for (qsizetype i = 0; i < mapped.size(); ++i) {
            const QPointF a = mapped.at(i);
            const QPointF b = mapped.at((i + 1) % mapped.size());
            if ((a.y() <= centreY) == (b.y() <= centreY))
                continue;
            const qreal x = a.x() + (centreY - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            left = std::min(left, x);
            right = std::max(right, x);
        }
        const int first = std::max(0, int(std::ceil(left - 0.5)));
        const int last = std::min(m_width - 1, int(std::floor(right - 0.5)));
        auto *row = reinterpret_cast<QRgb *>(m_image->scanLine(y));
        for (int x = first; x <= last; ++x)
            row[x] = colour;
    }
    drawPolyline(polygon, colour, false);
}

void HairlineRaster::drawLine(QPoint from, QPoint to, QRgb colour, bool dashed)
{
    // A segment wholly left, right, above or below the image draws nothing; only its length
    // moves the dash pattern on.
    const int dx = std::abs(to.x() - from.x());
    const int dy = -std::abs(to.y() - from.y());
    if ((from.x() < 0 && to.x() < 0) || (from.y() < 0 && to.y() < 0) ||
        (from.x() >= m_width && to.x() >= m_width) ||
        (from.y() >= m_height && to.y() >= m_height)) {
        m_dashPhase = (m_dashPhase + std::max(dx, -dy)) % dashPeriod;
        return;
    }
    const int stepX = from.x() < to.x() ? 1 : -1;
    const int stepY = from.y() < to.y() ? 1 : -1;
    int error = dx + dy;
    int x = from.x();
    int y = from.y();
    const qsizetype stride = m_image->bytesPerLine() / qsizetype(sizeof(QRgb));
    auto *pixels = reinterpret_cast<QRgb *>(m_image->bits());
    while (true) {
        // The end point is the next segment's first: drawn once, by it.
        if (x == to.x() && y == to.y())
            break;
        if (x >= 0 && y >= 0 && x < m_width && y < m_height && (!dashed || m_dashPhase < dashOn)) {
            pixels[y * stride + x] = colour;
        }
        m_dashPhase = m_dashPhase + 1 == dashPeriod ? 0 : m_dashPhase + 1;
        const int twice = 2 * error;
        if (twice >= dy) {
            error += dy;
            x += stepX;
        }
        if (twice <= dx) {
            error += dx;
            y += stepY;
        }
    }
}

} // namespace Candor
