// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace Candor {

// Wrapped text in a report's cells and paragraphs: measured and drawn by one QTextLayout setup
// (breaking at word boundaries, or anywhere in a word too long for the line, such as a URL), so
// that what the paginator measured is what is painted. Text is always plain: nothing in it is
// read as markup.
class ReportText final
{
public:
    struct Fitted
    {
        QString text; // cut short with "…" when it needed more lines than allowed
        int lines = 1;
    };
    // The width of one line of text (shaped once and kept until clearCache()).
    static double width(const QFont &font, const QString &text);
    // Forgets the shaped lines (a report's text): called when a report is done with.
    static void clearCache();
    // The text laid out in width, cut to at most maxLines lines.
    static Fitted fit(const QString &text, const QFont &font, double width, int maxLines);
    // Glyphs of one font and pen gathered from several cells and drawn as one run. A PDF
    // engine writes each run it is given with its own text object and graphics state; a table
    // row drawn cell by cell spent a quarter of its bytes on those.
    class Batch final
    {
    public:
        // Draws what was gathered; call before the pen changes and when the row is done.
        void flush(QPainter *painter);

    private:
        friend class ReportText;
        QRawFont m_font;
        QList<quint32> m_glyphs;
        QList<QPointF> m_positions;
    };

    // Draws text laid out as fit() did, from the rectangle's top; one line is aligned as asked.
    // With a batch, a single line of plain text joins it instead of being drawn at once.
    static void draw(QPainter *painter, const QString &text, const QFont &font, const QRectF &rect,
                     Qt::Alignment alignment = Qt::AlignLeft, Batch *batch = nullptr);
};

} // namespace Candor
