// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

class QPainter;
class QRectF;

namespace Candor {

// How a printed report looks: fonts, colours and spacing. Everything is in dots of 1/1200 inch
// (the resolution of the PDF writer and of a high-resolution printer), so that a page is laid
// out once, the same on every device, and painted with a scale where a device differs.
struct ReportStyle
{
    static constexpr double dotsPerInch = 1200;
    static constexpr double dots(double points) { return points * dotsPerInch / 72.0; }
    static constexpr double mm(double millimetres) { return millimetres * dotsPerInch / 25.4; }
    static constexpr double barPitch = 5.4 * dotsPerInch / 25.4; // a completion bar: 5.4 mm

    QFont title;
    QFont heading;
    QFont body;
    QFont bold;
    QFont small;
    QFont figure; // the title block's big numbers
    QFontMetricsF bodyMetrics;
    QFontMetricsF smallMetrics;
    QFontMetricsF boldMetrics;

    QColor text{0x20, 0x21, 0x24};
    QColor muted{0x5f, 0x63, 0x68};
    QColor rule{0xc8, 0xcb, 0xd0};
    QColor headerFill{0xee, 0xf0, 0xf3};
    QColor stripe{0xf8, 0xf9, 0xfa};

    double cellPadding = mm(1.2);
    double blockGap = mm(2.6);
    double headingGap = mm(4.8); // above a heading, except at a page's top
    double headerBand = mm(9);   // running header, above the body
    double footerBand = mm(8);   // page numbers, below the body
    double chartShare = 0.16;    // a timeline's height: this share of the body, 24 to 40 mm

    ReportStyle();
    // Less space between blocks, above headings and in table cells, and a lower timeline: for
    // a summary on short paper.
    void tighten();
    // The marker's side: a little smaller than a capital letter of the body.
    double markerSize() const { return bodyMetrics.capHeight() * 1.15; }
    // A status marker (StatusMarker's shape) centred at centre: shape first, colour second.
    void paintMarker(QPainter *painter, const QPointF &centre, Status status) const;
    static QColor statusColour(Status status);

private:
    static QFont font(double points, QFont::Weight weight = QFont::Normal);
};

} // namespace Candor
