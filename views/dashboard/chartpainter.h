// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QRectF>

class QPainter;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Candor {

// Paints a chart into any QPainter (a printer, a PDF, an image) at any size, independent of
// the view that shows it on screen: what the print report and "Save as PNG" use.
class ChartPainter final
{
public:
    // The chart is laid out for the target's size, painted, and given its size back.
    static void paint(QChart *chart, QPainter *painter, const QRectF &target);
    // At devicePixelRatio 2 for a sharp copy on high-density screens.
    static QImage image(QChart *chart, const QSize &size, qreal devicePixelRatio = 2.0);
};

} // namespace Candor
