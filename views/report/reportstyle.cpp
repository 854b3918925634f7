// SPDX-License-Identifier: MIT
#include "reportstyle.h"

#include "report/statusmarker.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Candor {

QFont ReportStyle::font(double points, QFont::Weight weight)
{
    QFont font;
    // Fonts with the status and checklist characters on every Linux desktop first; the PDF
    // embeds whatever is found.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(int(std::lround(dots(points))));
    font.setWeight(weight);
    // Positions in dots, not hinted to a screen's pixels: what is measured is what is printed.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

ReportStyle::ReportStyle()
    : title(font(20, QFont::Bold))
    , heading(font(12, QFont::Bold))
    , body(font(8.6))
    , bold(font(8.6, QFont::Bold))
    , small(font(7.4))
    , figure(font(17, QFont::Bold))
    , bodyMetrics(body)
    , smallMetrics(small)
    , boldMetrics(bold)
{}

QColor ReportStyle::statusColour(Status status)
{
    switch (StatusMarker::shape(status)) {
    case StatusMarker::Shape::Disc:
        return {0x2e, 0x7d, 0x32};
    case StatusMarker::Shape::HalfDisc:
        return {0x15, 0x65, 0xc0};
    case StatusMarker::Shape::Square:
        return {0xc6, 0x28, 0x28};
    case StatusMarker::Shape::Diamond:
        return {0x6a, 0x1b, 0x9a};
    case StatusMarker::Shape::Ring:
    case StatusMarker::Shape::Cross:
    case StatusMarker::Shape::Dot:
        break;
    }
    return {0x5f, 0x63, 0x68};
}

void ReportStyle::paintMarker(QPainter *painter, const QPointF &centre, Status status) const
{
    const double side = markerSize();
    const QRectF box(centre.x() - side / 2, centre.y() - side / 2, side, side);
    const QColor colour = statusColour(status);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, side * 0.14);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF inner = box.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08);
    switch (StatusMarker::shape(status)) {
    case StatusMarker::Shape::Disc:
        painter->setBrush(colour);
        painter->drawEllipse(inner);
        break;
    case StatusMarker::Shape::HalfDisc: {
        painter->drawEllipse(inner);
        QPainterPath half;
        half.moveTo(inner.center());
        half.arcTo(inner, 90, 180); // the left half filled: work begun
        half.closeSubpath();
        painter->fillPath(half, colour);
        break;
    }
    case StatusMarker::Shape::Ring:
        painter->drawEllipse(inner);
        break;
    case StatusMarker::Shape::Square:
        painter->setBrush(colour);
        painter->drawRect(inner.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05));
        break;
    case StatusMarker::Shape::Diamond: {
        painter->setBrush(colour);
        const QPointF c = inner.center();
        const double r = inner.width() / 2 * 1.1;
        painter->drawPolygon(QPolygonF{
            {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}});
        break;
    }
    case StatusMarker::Shape::Cross:
        painter->drawLine(inner.topLeft(), inner.bottomRight());
        painter->drawLine(inner.topRight(), inner.bottomLeft());
        break;
    case StatusMarker::Shape::Dot:
        painter->setBrush(colour);
        painter->drawEllipse(box.center(), side * 0.18, side * 0.18);
        break;
    }
    painter->restore();
}

void ReportStyle::tighten()
{
    blockGap = mm(1.6);
    headingGap = mm(3.0);
    cellPadding = mm(0.8);
    chartShare = 0.13;
}

} // namespace Candor
