// SPDX-License-Identifier: MIT
#include "reporttext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace Candor {

namespace {

QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    return option;
}

// Lays the text out in width; returns the number of lines.
int layOut(QTextLayout &layout, double width)
{
    layout.setTextOption(wrapping());
    layout.beginLayout();
    double y = 0;
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        ++lines;
    }
    layout.endLayout();
    return lines;
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

ReportText::Fitted ReportText::fit(const QString &raw, const QFont &font, double width,
                                   int maxLines)
{
    const QString text = oneLine(raw);
    const QFontMetricsF metrics(font);
    // Most cells (keys, dates, figures) fit on one line: no layout for them.
    if (metrics.horizontalAdvance(text) <= width)
        return {text, 1};
    if (maxLines <= 1)
        return {metrics.elidedText(text, Qt::ElideRight, width), 1};
    QTextLayout layout(text, font);
    const int lines = layOut(layout, width);
    if (lines <= maxLines)
        return {text, lines};
    const int lastStart = layout.lineAt(maxLines - 1).textStart();
    return {text.left(lastStart) +
                metrics.elidedText(text.mid(lastStart), Qt::ElideRight, width * 0.98),
            maxLines};
}

void ReportText::draw(QPainter *painter, const QString &raw, const QFont &font, const QRectF &rect,
                      Qt::Alignment alignment)
{
    const QString text = oneLine(raw);
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    const double advance = metrics.horizontalAdvance(text);
    if (advance <= rect.width()) {
        double x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() - advance;
        else if (alignment & Qt::AlignHCenter)
            x = rect.center().x() - advance / 2;
        painter->drawText(QPointF(x, rect.top() + metrics.ascent()), text);
        return;
    }
    QTextLayout layout(text, font);
    layOut(layout, rect.width());
    layout.draw(painter, rect.topLeft());
}

} // namespace Candor
