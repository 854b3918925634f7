// SPDX-License-Identifier: MIT
#include "reportpainter.h"

#include "report/reportformat.h"
#include "report/statusmarker.h"
#include "reportlayout.h"
#include "reporttext.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace Candor {

ReportPainter::ReportPainter(const ReportLayout &layout, std::shared_ptr<const Forecast> forecast)
    : m_layout(layout)
    , m_charts(layout.document(), layout.style(), std::move(forecast))
{}

bool ReportPainter::paint(QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    // From dots to the device's own resolution (1 for a QPdfWriter at 1200 dpi).
    const double scale = device->logicalDpiX() / ReportStyle::dotsPerInch;
    for (int page = 0; page < m_layout.pages().size(); ++page) {
        if (page > 0 && !device->newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        paintPage(&painter, page);
        painter.restore();
    }
    return painter.end();
}

void ReportPainter::paintPage(QPainter *painter, int page)
{
    paintFrame(painter, page);
    painter->save();
    painter->translate(0, m_layout.style().headerBand);
    for (const ReportItem &item : m_layout.pages().at(page).items)
        paintItem(painter, item);
    painter->restore();
}

void ReportPainter::paintFrame(QPainter *painter, int page)
{
    const ReportStyle &style = m_layout.style();
    const ReportDocument &document = m_layout.document();
    const double width = m_layout.body().width();
    const QFontMetricsF small = style.smallMetrics;
    painter->setPen(style.muted);
    // The running header on every page but the first, which has the title.
    if (page > 0) {
        const QString right = ReportFormat::date(document.date);
        const double rightWidth = small.horizontalAdvance(right);
        ReportText::draw(painter,
                         small.elidedText(tr("%1 · %2").arg(document.project, document.title),
                                          Qt::ElideRight, width - rightWidth - ReportStyle::mm(5)),
                         style.small, QRectF(0, 0, width, small.height()));
        ReportText::draw(painter, right, style.small, QRectF(0, 0, width, small.height()),
                         Qt::AlignRight);
        const double y = small.height() + ReportStyle::mm(1.2);
        painter->setPen(QPen(style.rule, ReportStyle::dots(0.5)));
        painter->drawLine(QPointF(0, y), QPointF(width, y));
    }
    const double footer =
        style.headerBand + m_layout.body().height() + style.footerBand - small.height();
    painter->setPen(style.muted);
    ReportText::draw(painter, tr("%1 / %2").arg(page + 1).arg(m_layout.pages().size()), style.small,
                     QRectF(0, footer, width, small.height()), Qt::AlignHCenter);
}

void ReportPainter::paintItem(QPainter *painter, const ReportItem &item)
{
    switch (item.kind) {
    case ReportItem::Kind::Title:
        paintTitle(painter, item.rect);
        return;
    case ReportItem::Kind::Block:
        paintBlock(painter, item.block, item.rect);
        return;
    case ReportItem::Kind::TableHeader:
        paintHeaderRow(painter, item.block, item.rect);
        return;
    case ReportItem::Kind::TableRow:
        paintRow(painter, item.block, item.row, item.rect);
        return;
    }
}

void ReportPainter::paintTitle(QPainter *painter, const QRectF &rect)
{
    const ReportStyle &style = m_layout.style();
    const ReportDocument &document = m_layout.document();
    const QFontMetricsF title(style.title);
    painter->setPen(style.text);
    ReportText::draw(painter, title.elidedText(document.project, Qt::ElideRight, rect.width()),
                     style.title, QRectF(rect.left(), rect.top(), rect.width(), title.height()));
    painter->setPen(style.muted);
    const QString subtitle = tr("%1 · %2 · %3 report")
                                 .arg(document.title, ReportFormat::date(document.date),
                                      ReportOptions::displayName(document.reportTemplate));
    const double y = rect.top() + title.height() + style.bodyMetrics.height() * 0.2;
    ReportText::draw(painter, subtitle, style.body,
                     QRectF(rect.left(), y, rect.width(), style.bodyMetrics.height()));
    painter->setPen(QPen(style.text, ReportStyle::dots(1)));
    const double ruleY = rect.bottom() - ReportStyle::mm(1.5);
    painter->drawLine(QPointF(rect.left(), ruleY), QPointF(rect.right(), ruleY));
}

void ReportPainter::paintBlock(QPainter *painter, int index, const QRectF &rect)
{
    const ReportStyle &style = m_layout.style();
    const ReportBlock &block = m_layout.document().blocks.at(index);
    switch (block.kind) {
    case ReportBlock::Kind::Heading: {
        painter->setPen(style.text);
        ReportText::draw(painter, m_layout.text(index), style.heading, rect);
        const double y = rect.bottom() - ReportStyle::mm(0.8);
        painter->setPen(QPen(style.rule, ReportStyle::dots(0.6)));
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        return;
    }
    case ReportBlock::Kind::Paragraph:
        painter->setPen(style.text);
        ReportText::draw(painter, m_layout.text(index), style.body, rect);
        return;
    case ReportBlock::Kind::Note:
        painter->setPen(style.muted);
        ReportText::draw(painter, m_layout.text(index), style.small, rect);
        return;
    case ReportBlock::Kind::Facts:
        paintFacts(painter, index, rect);
        return;
    case ReportBlock::Kind::Counts:
        paintCounts(painter, index, rect);
        return;
    case ReportBlock::Kind::Chart:
        if (block.chart == ReportChart::Completion)
            m_charts.paintCompletion(painter, rect);
        else
            m_charts.paintTimeline(painter, rect);
        return;
    case ReportBlock::Kind::Table:
        return; // painted row by row
    }
}

void ReportPainter::paintFacts(QPainter *painter, int index, const QRectF &rect)
{
    const ReportStyle &style = m_layout.style();
    const auto &facts = m_layout.document().blocks.at(index).facts;
    const QFontMetricsF figure(style.figure);
    const int perRow = int(std::min<qsizetype>(facts.size(), ReportLayout::factsPerRow));
    const double cell = rect.width() / std::max(1, perRow);
    const double rowHeight = figure.height() + style.smallMetrics.height() + ReportStyle::mm(2);
    for (int i = 0; i < facts.size(); ++i) {
        const QRectF box(rect.left() + (i % perRow) * cell, rect.top() + (i / perRow) * rowHeight,
                         cell - ReportStyle::mm(3), rowHeight);
        painter->setPen(style.text);
        ReportText::draw(painter,
                         figure.elidedText(facts.at(i).second, Qt::ElideRight, box.width()),
                         style.figure, QRectF(box.left(), box.top(), box.width(), figure.height()));
        painter->setPen(style.muted);
        ReportText::draw(
            painter, style.smallMetrics.elidedText(facts.at(i).first, Qt::ElideRight, box.width()),
            style.small,
            QRectF(box.left(), box.top() + figure.height(), box.width(),
                   style.smallMetrics.height()));
    }
}

void ReportPainter::paintCounts(QPainter *painter, int index, const QRectF &rect)
{
    const ReportStyle &style = m_layout.style();
    const QFontMetricsF &metrics = style.bodyMetrics;
    double x = rect.left();
    const double centre = rect.top() + metrics.height() / 2;
    for (const auto &[status, count] : m_layout.document().blocks.at(index).counts) {
        const QString text = tr("%1 %2").arg(TaskEnums::label(status)).arg(count);
        const double width = style.markerSize() * 1.6 + metrics.horizontalAdvance(text);
        if (x + width > rect.right())
            break; // one line; the table of statuses is in the full report
        style.paintMarker(painter, QPointF(x + style.markerSize() / 2, centre), status);
        painter->setPen(style.text);
        ReportText::draw(painter, text, style.body,
                         QRectF(x + style.markerSize() * 1.6, rect.top(), width, metrics.height()));
        x += width + ReportStyle::mm(6);
    }
}

void ReportPainter::paintHeaderRow(QPainter *painter, int index, const QRectF &rect)
{
    const ReportStyle &style = m_layout.style();
    const ReportTable &table = m_layout.document().blocks.at(index).table;
    const MeasuredTable &measured = m_layout.table(index);
    painter->fillRect(rect, style.headerFill);
    painter->setPen(QPen(style.muted, ReportStyle::dots(0.6)));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->setPen(style.text);
    const double padding = style.cellPadding;
    for (int c = 0; c < table.columns.size(); ++c) {
        const QRectF cell(rect.left() + measured.left.at(c) + padding, rect.top() + padding,
                          measured.width.at(c) - 2 * padding, rect.height() - 2 * padding);
        ReportText::draw(
            painter,
            style.boldMetrics.elidedText(table.columns.at(c).title, Qt::ElideRight, cell.width()),
            style.bold, cell, table.columns.at(c).numeric() ? Qt::AlignRight : Qt::AlignLeft);
    }
}

void ReportPainter::paintRow(QPainter *painter, int index, int row, const QRectF &rect)
{
    const ReportStyle &style = m_layout.style();
    const ReportTable &table = m_layout.document().blocks.at(index).table;
    const ReportRow &data = table.rows.at(row);
    const MeasuredTable &measured = m_layout.table(index);
    if (row % 2 == 1)
        painter->fillRect(rect, style.stripe);
    painter->setPen(QPen(style.rule, ReportStyle::dots(0.4)));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    const double padding = style.cellPadding;
    const QStringList &cells = measured.cells.at(row);
    ReportText::Batch batch;
    painter->setPen(style.text);
    for (int c = 0; c < table.columns.size(); ++c) {
        QRectF cell(rect.left() + measured.left.at(c) + padding, rect.top() + padding,
                    measured.width.at(c) - 2 * padding, rect.height() - 2 * padding);
        if (c == 0 && data.status) {
            const double side = style.markerSize();
            style.paintMarker(
                painter,
                QPointF(cell.left() + side / 2, cell.top() + style.bodyMetrics.ascent() -
                                                    style.bodyMetrics.capHeight() / 2),
                *data.status);
            cell.setLeft(cell.left() + side * 1.6);
        }
        ReportText::draw(painter, cells.value(c), data.strong ? style.bold : style.body, cell,
                         table.columns.at(c).numeric() ? Qt::AlignRight : Qt::AlignLeft, &batch);
        if (c == 1 && !measured.notes.at(row).isEmpty()) {
            const QStringList &notes = measured.notes.at(row);
            const QFontMetricsF &small = style.smallMetrics;
            double y = cell.bottom() - notes.size() * small.height();
            batch.flush(painter);
            painter->setPen(style.muted);
            for (const QString &note : notes) {
                ReportText::draw(painter, note, style.small,
                                 QRectF(cell.left(), y, cell.width(), small.height()));
                y += small.height();
            }
            painter->setPen(style.text);
        }
    }
    batch.flush(painter);
}

} // namespace Candor
