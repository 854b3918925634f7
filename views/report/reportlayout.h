// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportdocument.h"
#include "reportstyle.h"

#include <QHash>
#include <QList>
#include <QRectF>

namespace Candor {

// One thing placed on a page, in the body's coordinates (dots from its top left).
struct ReportItem
{
    enum class Kind : quint8 { Title, Block, TableHeader, TableRow };
    Kind kind = Kind::Block;
    int block = -1; // index into the document's blocks
    int row = -1;   // a table's row
    QRectF rect;
};

struct ReportPage
{
    QList<ReportItem> items;
};

// A table as measured for the page's width: where its columns are, and each row's height and
// text (cut to the lines a cell may have).
struct MeasuredTable
{
    QList<double> left;
    QList<double> width;
    double headerHeight = 0;
    QList<double> rowHeights;
    QList<QStringList> cells;
    QList<QStringList> notes;
};

// The paginator: measures every block of a report for the body's width and places them on
// pages. Pages break only between table rows, never inside one; a table's header is repeated
// on every page it continues on; a heading (and a line introducing a table or chart) moves to
// the next page with what follows it when that does not fit under it. Page numbers "n / N"
// are painted afterwards by ReportPainter, when N is known.
class ReportLayout final
{
public:
    // maxCellLines: the lines a table cell may take before it is cut with "…".
    ReportLayout(const ReportDocument &document, const ReportStyle &style, const QSizeF &body,
                 int maxCellLines);

    const QList<ReportPage> &pages() const { return m_pages; }
    const ReportDocument &document() const { return m_document; }
    const ReportStyle &style() const { return m_style; }
    QSizeF body() const { return m_body; }
    const MeasuredTable &table(int block) const { return m_tables.find(block).value(); }
    // A paragraph's or note's text as fitted, and its height.
    QString text(int block) const { return m_texts.value(block); }
    double titleHeight() const;
    double chartHeight(const ReportBlock &block) const;
    // Facts are shown in rows of up to this many.
    static constexpr int factsPerRow = 5;

private:
    void measure(int block);
    MeasuredTable measureTable(const ReportTable &table) const;
    double height(int block) const;           // a block that is not a table
    double firstPieceHeight(int block) const; // what must fit with the heading before it
    bool keepsWithNext(int block) const;
    void paginate();
    void place(ReportItem::Kind kind, int block, int row, double height);
    void newPage();

    const ReportDocument &m_document;
    const ReportStyle &m_style;
    QSizeF m_body;
    int m_maxCellLines;
    QHash<int, MeasuredTable> m_tables;
    QHash<int, QString> m_texts;
    QHash<int, double> m_heights;
    QList<ReportPage> m_pages;
    double m_y = 0;
};

} // namespace Candor
