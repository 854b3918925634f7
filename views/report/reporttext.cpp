// SPDX-License-Identifier: MIT
#include "reporttext.h"

#include <QFontMetricsF>
#include <QHash>
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

// Widths of the strings already measured, per font: a report's cells repeat (statuses,
// priorities, estimates, dates), and the paginator and the painter both ask.
double advance(const QFont &font, const QString &text)
{
    thread_local QHash<quint64, QHash<QString, double>> cache;
    QHash<QString, double> &widths =
        cache[(quint64(font.pixelSize()) << 32) | (quint64(font.weight()) << 1) | font.bold()];
    if (const auto found = widths.constFind(text); found != widths.cend())
        return *found;
    if (widths.size() > 200'000)
        widths.clear();
    const double width = QFontMetricsF(font).horizontalAdvance(text);
    widths.insert(text, width);
    return width;
}

double ascent(const QFont &font)
{
    thread_local QHash<quint64, double> cache;
    const quint64 key = (quint64(font.pixelSize()) << 32) | quint64(font.weight());
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    return *cache.insert(key, QFontMetricsF(font).ascent());
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

double ReportText::width(const QFont &font, const QString &text)
{
    return advance(font, text);
}

ReportText::Fitted ReportText::fit(const QString &raw, const QFont &font, double width,
                                   int maxLines)
{
    const QString text = oneLine(raw);
    // Most cells (keys, dates, figures) fit on one line: no layout for them.
    if (advance(font, text) <= width)
        return {text, 1};
    const QFontMetricsF metrics(font);
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
    painter->setFont(font);
    if (const double width = advance(font, text); width <= rect.width()) {
        double x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() - width;
        else if (alignment & Qt::AlignHCenter)
            x = rect.center().x() - width / 2;
        painter->drawText(QPointF(x, rect.top() + ascent(font)), text);
        return;
    }
    QTextLayout layout(text, font);
    layOut(layout, rect.width());
    layout.draw(painter, rect.topLeft());
}

} // namespace Candor
