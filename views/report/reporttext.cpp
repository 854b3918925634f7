// SPDX-License-Identifier: MIT
#include "reporttext.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

#include <optional>

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

// The font's glyphs for plain left-to-right text it covers, or nothing when the text needs
// shaping (other scripts, combining marks, characters from a fallback font). A full report is
// some 10k distinct titles, and HarfBuzz's shaping was a sixth of the time it takes to print.
std::optional<ShapedLine> shapedPlainly(const QFont &font, const QString &text)
{
    thread_local QHash<QString, QRawFont> rawFonts;
    const QString key = font.key();
    auto found = rawFonts.find(key);
    if (found == rawFonts.end())
        found = rawFonts.insert(key, QRawFont::fromFont(font));
    const QRawFont &raw = *found;
    if (!raw.isValid())
        return std::nullopt;
    for (const QChar c : text) {
        // Latin, its punctuation and the typographer's punctuation (— · … ’ “ ”) need no shaping.
        const ushort u = c.unicode();
        if ((u >= 0x0250 && (u < 0x2000 || u > 0x206F)) || c.category() == QChar::Mark_NonSpacing)
            return std::nullopt;
    }
    const QList<quint32> glyphs = raw.glyphIndexesForString(text);
    if (glyphs.size() != text.size() || glyphs.contains(0))
        return std::nullopt;
    const QList<QPointF> advances =
        raw.advancesForGlyphIndexes(glyphs, QRawFont::KernedAdvances | QRawFont::UseDesignMetrics);
    QList<QPointF> positions;
    positions.reserve(glyphs.size());
    double x = 0;
    const double baseline = raw.ascent();
    for (const QPointF &step : advances) {
        positions.append(QPointF(x, baseline));
        x += step.x();
    }
    QGlyphRun run;
    run.setRawFont(raw);
    run.setGlyphIndexes(glyphs);
    run.setPositions(positions);
    return ShapedLine{x, {run}};
}

const ShapedLine &shaped(const QFont &font, const QString &text)
{
    QHash<QString, ShapedLine> &lines =
        shapedLines()[(quint64(font.pixelSize()) << 32) | (quint64(font.weight()) << 1) |
                      quint64(font.bold())];
    if (const auto found = lines.constFind(text); found != lines.cend())
        return *found;
    if (std::optional<ShapedLine> plain = shapedPlainly(font, text))
        return *lines.insert(text, std::move(*plain));
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

void ReportText::Batch::flush(QPainter *painter)
{
    if (m_glyphs.isEmpty())
        return;
    QGlyphRun run;
    run.setRawFont(m_font);
    run.setGlyphIndexes(m_glyphs);
    run.setPositions(m_positions);
    painter->drawGlyphRun(QPointF(0, 0), run);
    m_glyphs.clear();
    m_positions.clear();
}

void ReportText::draw(QPainter *painter, const QString &raw, const QFont &font, const QRectF &rect,
                      Qt::Alignment alignment, Batch *batch)
{
    const QString text = oneLine(raw);
    if (const ShapedLine &line = shaped(font, text); line.width <= rect.width()) {
        double x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() - line.width;
        else if (alignment & Qt::AlignHCenter)
            x = rect.center().x() - line.width / 2;
        const QPointF origin(x, rect.top());
        if (batch && line.glyphs.size() == 1) {
            const QGlyphRun &run = line.glyphs.constFirst();
            if (batch->m_font != run.rawFont()) {
                batch->flush(painter);
                batch->m_font = run.rawFont();
            }
            batch->m_glyphs.append(run.glyphIndexes());
            for (const QPointF &position : run.positions())
                batch->m_positions.append(origin + position);
            return;
        }
        if (batch)
            batch->flush(painter);
        painter->setFont(font);
        for (const QGlyphRun &run : line.glyphs)
            painter->drawGlyphRun(origin, run);
        return;
    }
    if (batch)
        batch->flush(painter);
    painter->setFont(font);
    QTextLayout layout(text, font);
    layOut(layout, rect.width());
    layout.draw(painter, rect.topLeft());
}

} // namespace Candor
