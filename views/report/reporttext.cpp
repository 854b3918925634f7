// SPDX-License-Identifier: MIT
#include "reporttext.h"

#include <QFontMetricsF>
#include <QGlyphRun>
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

// One line of text as shaped once: its width and its glyphs. A report's cells repeat (statuses,
// priorities, estimates, dates), and the paginator and the painter both need each: shaping is
// most of what drawing text into a PDF costs.
struct ShapedLine
{
    double width = 0;
    QList<QGlyphRun> glyphs; // positions from the line's top left
};

using ShapedLines = QHash<quint64, QHash<QString, ShapedLine>>;

ShapedLines &shapedLines()
{
    thread_local ShapedLines cache;
    return cache;
}

const ShapedLine &shaped(const QFont &font, const QString &text)
{
    QHash<QString, ShapedLine> &lines =
        shapedLines()[(quint64(font.pixelSize()) << 32) | (quint64(font.weight()) << 1) |
                      quint64(font.bold())];
    if (const auto found = lines.constFind(text); found != lines.cend())
        return *found;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    return *lines.insert(text, ShapedLine{line.naturalTextWidth(), layout.glyphRuns()});
}

double advance(const QFont &font, const QString &text)
{
    return shaped(font, text).width;
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

void ReportText::clearCache()
{
    shapedLines().clear();
}

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
        for (const QGlyphRun &run : shaped(font, text).glyphs)
            painter->drawGlyphRun(QPointF(x, rect.top()), run);
        return;
    }
    QTextLayout layout(text, font);
    layOut(layout, rect.width());
    layout.draw(painter, rect.topLeft());
}

} // namespace Candor
