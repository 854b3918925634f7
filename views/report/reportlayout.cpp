// SPDX-License-Identifier: MIT
#include "reportlayout.h"

#include "reporttext.h"

#include <algorithm>
#include <cmath>

namespace Candor {

ReportLayout::ReportLayout(const ReportDocument &document, const ReportStyle &style,
                           const QSizeF &body, int maxCellLines)
    : m_document(document)
    , m_style(style)
    , m_body(body)
    , m_maxCellLines(maxCellLines)
{
    for (int i = 0; i < document.blocks.size(); ++i)
        measure(i);
    paginate();
}

double ReportLayout::titleHeight() const
{
    return QFontMetricsF(m_style.title).height() + m_style.bodyMetrics.height() * 1.6 +
           ReportStyle::mm(3);
}

double ReportLayout::chartHeight(const ReportBlock &block) const
{
    if (block.chart == ReportChart::Completion)
        return double(m_document.bars.size()) * ReportStyle::barPitch + ReportStyle::mm(12);
    // The timeline: 40 mm on portrait paper, less on landscape, where the page is short.
    return std::clamp(m_body.height() * m_style.chartShare, ReportStyle::mm(20),
                      ReportStyle::mm(40));
}

MeasuredTable ReportLayout::measureTable(const ReportTable &table) const
{
    MeasuredTable measured;
    const double padding = m_style.cellPadding;
    // Fitted columns as wide as their widest cell (at most a quarter of the page), the text
    // columns sharing the rest by their weights.
    QList<double> widths;
    double fitted = 0;
    double weights = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &column = table.columns.at(c);
        if (!column.fitted()) {
            weights += column.width;
            widths.append(0);
            continue;
        }
        double widest = ReportText::width(m_style.bold, column.title);
        for (const ReportRow &row : table.rows) {
            widest = std::max(widest, ReportText::width(row.strong ? m_style.bold : m_style.body,
                                                        row.cells.value(c)) +
                                          (c == 0 && row.status ? m_style.markerSize() * 1.6 : 0));
        }
        widths.append(std::min(widest + 2 * padding + ReportStyle::mm(0.5), m_body.width() / 4));
        fitted += widths.last();
    }
    const double left = std::max(m_body.width() - fitted, m_body.width() * 0.25);
    double x = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &column = table.columns.at(c);
        const double width =
            column.fitted() ? widths.at(c) : left * column.width / std::max(weights, 1e-9);
        measured.left.append(x);
        measured.width.append(width);
        x += width;
    }
    const double line = m_style.bodyMetrics.height();
    measured.headerHeight = m_style.boldMetrics.height() + 2 * padding;
    measured.rowHeights.reserve(table.rows.size());
    measured.cells.reserve(table.rows.size());
    for (const ReportRow &row : table.rows) {
        QStringList cells;
        int lines = 1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            double width = measured.width.at(c) - 2 * padding;
            if (c == 0 && row.status)
                width -= m_style.markerSize() * 1.6;
            const ReportText::Fitted fitted =
                ReportText::fit(row.cells.value(c), row.strong ? m_style.bold : m_style.body, width,
                                table.columns.at(c).fitted() ? 1 : m_maxCellLines);
            cells.append(fitted.text);
            lines = std::max(lines, fitted.lines);
        }
        double height = lines * line + 2 * padding;
        QStringList notes;
        if (!row.notes.isEmpty() && table.columns.size() > 1) {
            const double width = measured.width.at(1) - 2 * padding;
            for (const QString &note : row.notes)
                notes.append(ReportText::fit(note, m_style.small, width, 1).text);
            // The notes sit under the second cell, which may be shorter than the row's others.
            const double second =
                ReportText::fit(row.cells.value(1), m_style.body, width, m_maxCellLines).lines *
                line;
            height = std::max(height, second + notes.size() * m_style.smallMetrics.height() +
                                          2 * padding + ReportStyle::mm(0.6));
        }
        measured.rowHeights.append(height);
        measured.cells.append(cells);
        measured.notes.append(notes);
    }
    return measured;
}

void ReportLayout::measure(int index)
{
    const ReportBlock &block = m_document.blocks.at(index);
    const double width = m_body.width();
    switch (block.kind) {
    case ReportBlock::Kind::Table:
        m_tables.insert(index, measureTable(block.table));
        return;
    case ReportBlock::Kind::Heading: {
        const ReportText::Fitted fitted = ReportText::fit(block.text, m_style.heading, width, 1);
        m_texts.insert(index, fitted.text);
        m_heights.insert(index, QFontMetricsF(m_style.heading).height() + ReportStyle::mm(1.8));
        return;
    }
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Note: {
        const bool note = block.kind == ReportBlock::Kind::Note;
        const QFont &font = note ? m_style.small : m_style.body;
        const ReportText::Fitted fitted = ReportText::fit(block.text, font, width, 12);
        m_texts.insert(index, fitted.text);
        m_heights.insert(index, fitted.lines * QFontMetricsF(font).height());
        return;
    }
    case ReportBlock::Kind::Facts: {
        const int rows = int((block.facts.size() + factsPerRow - 1) / factsPerRow);
        m_heights.insert(index, rows * (QFontMetricsF(m_style.figure).height() +
                                        m_style.smallMetrics.height() + ReportStyle::mm(2)));
        return;
    }
    case ReportBlock::Kind::Counts:
        m_heights.insert(index, m_style.bodyMetrics.height() * 1.3);
        return;
    case ReportBlock::Kind::Chart:
        m_heights.insert(index, chartHeight(block));
        return;
    }
}

double ReportLayout::height(int block) const
{
    return m_heights.value(block);
}

double ReportLayout::firstPieceHeight(int block) const
{
    if (const auto table = m_tables.constFind(block); table != m_tables.cend())
        return table->headerHeight + table->rowHeights.value(0);
    return height(block);
}

bool ReportLayout::keepsWithNext(int block) const
{
    if (block + 1 >= m_document.blocks.size())
        return false;
    const ReportBlock::Kind kind = m_document.blocks.at(block).kind;
    const ReportBlock::Kind next = m_document.blocks.at(block + 1).kind;
    if (kind == ReportBlock::Kind::Heading)
        return true;
    // A line that introduces a table or a chart stays with its first row.
    return kind == ReportBlock::Kind::Paragraph &&
           (next == ReportBlock::Kind::Table || next == ReportBlock::Kind::Chart);
}

void ReportLayout::newPage()
{
    m_pages.append(ReportPage{});
    m_y = 0;
}

void ReportLayout::place(ReportItem::Kind kind, int block, int row, double height)
{
    m_pages.last().items.append(
        ReportItem{kind, block, row, QRectF(0, m_y, m_body.width(), height)});
    m_y += height;
}

void ReportLayout::paginate()
{
    newPage();
    place(ReportItem::Kind::Title, -1, -1, titleHeight());
    const double bottom = m_body.height();
    for (int i = 0; i < m_document.blocks.size(); ++i) {
        const ReportBlock &block = m_document.blocks.at(i);
        const double gap = block.kind == ReportBlock::Kind::Heading ? m_style.headingGap
                           : block.kind == ReportBlock::Kind::Table ? m_style.blockGap * 0.5
                                                                    : m_style.blockGap;
        // What has to fit here: this block's first piece, and the first piece of every block
        // it is kept with.
        double needed = firstPieceHeight(i);
        for (int next = i; keepsWithNext(next); ++next)
            needed += m_style.blockGap + firstPieceHeight(next + 1);
        if (m_y > 0 && m_y + gap + needed > bottom)
            newPage();
        if (m_y > 0)
            m_y += gap;
        const auto table = m_tables.constFind(i);
        if (table == m_tables.cend()) {
            place(ReportItem::Kind::Block, i, -1, std::min(height(i), bottom));
            continue;
        }
        place(ReportItem::Kind::TableHeader, i, -1, table->headerHeight);
        for (int row = 0; row < table->rowHeights.size(); ++row) {
            const double rowHeight = std::min(table->rowHeights.at(row), bottom * 0.9);
            if (m_y + rowHeight > bottom) {
                newPage();
                place(ReportItem::Kind::TableHeader, i, -1, table->headerHeight);
            }
            place(ReportItem::Kind::TableRow, i, row, rowHeight);
        }
    }
}

} // namespace Candor
