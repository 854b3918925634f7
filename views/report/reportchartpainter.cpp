// SPDX-License-Identifier: MIT
#include "reportchartpainter.h"

#include "dashboard/chartpainter.h"
#include "dashboard/timelinechart.h"
#include "report/reportdocument.h"
#include "report/reportformat.h"
#include "reportstyle.h"
#include "reporttext.h"

#include <QPainter>
#include <QPalette>

namespace Candor {

namespace {

// QtCharts lays a chart out in screen pixels; the report paints it scaled from those.
constexpr double chartPixel = ReportStyle::dotsPerInch / 96.0;

} // namespace

ReportChartPainter::ReportChartPainter(const ReportDocument &document, const ReportStyle &style,
                                       std::shared_ptr<const Forecast> forecast)
    : m_document(document)
    , m_style(style)
    , m_forecast(std::move(forecast))
    , m_colours(printColours())
{}

ReportChartPainter::~ReportChartPainter() = default;

ChartColours ReportChartPainter::printColours()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::Highlight, QColor(0x15, 0x65, 0xc0));
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setPointSizeF(8.5);
    return ChartColours::from(palette, font);
}

void ReportChartPainter::paintCompletion(QPainter *painter, const QRectF &rect) const
{
    const QFontMetricsF body = m_style.bodyMetrics;
    const QFontMetricsF small = m_style.smallMetrics;
    const double pitch = ReportStyle::barPitch;
    const double nameWidth = rect.width() * 0.2;
    const double figureWidth = rect.width() * 0.25;
    const double barLeft = rect.left() + nameWidth;
    const double barWidth = rect.width() - nameWidth - figureWidth;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Grid lines at every 20 %, under the bars.
    const double barsBottom = rect.top() + pitch * m_document.bars.size();
    painter->setPen(QPen(m_colours.grid, ReportStyle::dots(0.5)));
    painter->setFont(m_style.small);
    for (int percent = 0; percent <= 100; percent += 20) {
        const double x = barLeft + barWidth * percent / 100;
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, barsBottom));
        const QString label = ReportFormat::percent(percent);
        painter->setPen(m_style.muted);
        painter->drawText(QPointF(x - small.horizontalAdvance(label) / 2,
                                  barsBottom + small.ascent() + ReportStyle::mm(0.8)),
                          label);
        painter->setPen(QPen(m_colours.grid, ReportStyle::dots(0.5)));
    }
    const QColor fills[3] = {m_colours.verified, m_colours.claimedOnly, m_colours.remaining};
    for (int i = 0; i < m_document.bars.size(); ++i) {
        const ReportBar &bar = m_document.bars.at(i);
        const double top = rect.top() + i * pitch;
        const QRectF barRect(barLeft, top + pitch * 0.16, barWidth, pitch * 0.68);
        painter->setPen(m_style.text);
        ReportText::draw(painter, body.elidedText(bar.name, Qt::ElideRight, nameWidth * 0.95),
                         i == 0 ? m_style.bold : m_style.body,
                         QRectF(rect.left(), barRect.center().y() - body.height() / 2, nameWidth,
                                body.height()));
        const double parts[3] = {bar.verified, bar.claimedOnly, bar.remaining};
        double x = barLeft;
        for (int p = 0; p < 3; ++p) {
            const double width = barWidth * parts[p] / 100;
            const QRectF segment(x, barRect.top(), width, barRect.height());
            painter->fillRect(segment, fills[p]);
            // The value on the segment where it fits: the figures read without colour.
            const QString text = ReportFormat::percent(parts[p]);
            if (p < 2 && width > small.horizontalAdvance(text) + ReportStyle::mm(1.5)) {
                painter->setPen(p == 0 ? QColor(Qt::white) : m_style.text);
                ReportText::draw(painter, text, m_style.small,
                                 QRectF(segment.left(), segment.center().y() - small.height() / 2,
                                        segment.width(), small.height()),
                                 Qt::AlignHCenter);
            }
            x += width;
        }
        painter->setPen(QPen(m_style.rule, ReportStyle::dots(0.4)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(barRect);
        if (bar.stated) {
            const double sx = barLeft + barWidth * *bar.stated / 100;
            painter->setPen(
                QPen(m_colours.stated, ReportStyle::dots(2), Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(QPointF(sx, top + pitch * 0.06), QPointF(sx, top + pitch * 0.94));
        }
        painter->setPen(m_style.text);
        const QString figures = tr("%1 claimed · %2 verified")
                                    .arg(ReportFormat::percent(bar.verified + bar.claimedOnly),
                                         ReportFormat::percent(bar.verified));
        ReportText::draw(painter, small.elidedText(figures, Qt::ElideRight, figureWidth * 0.95),
                         m_style.small,
                         QRectF(barLeft + barWidth + ReportStyle::mm(1.5),
                                barRect.center().y() - small.height() / 2,
                                figureWidth - ReportStyle::mm(1.5), small.height()));
    }
    // The legend, in words as well as colours.
    double x = barLeft;
    const double y = barsBottom + small.height() + ReportStyle::mm(2);
    const QString labels[4] = {tr("Verified"), tr("Claimed, not verified"), tr("Remaining"),
                               tr("Stated in the tracker")};
    for (int p = 0; p < 4; ++p) {
        const QRectF swatch(x, y + small.height() * 0.2, small.height() * 0.9,
                            small.height() * 0.6);
        if (p < 3) {
            painter->fillRect(swatch, fills[p]);
            painter->setPen(QPen(m_style.rule, ReportStyle::dots(0.4)));
            painter->drawRect(swatch);
        } else {
            painter->setPen(QPen(m_colours.stated, ReportStyle::dots(2)));
            painter->drawLine(QPointF(swatch.center().x(), y),
                              QPointF(swatch.center().x(), y + small.height()));
        }
        painter->setPen(m_style.text);
        ReportText::draw(
            painter, labels[p], m_style.small,
            QRectF(swatch.right() + ReportStyle::mm(1), y, rect.width(), small.height()));
        x = swatch.right() + ReportStyle::mm(1) + small.horizontalAdvance(labels[p]) +
            ReportStyle::mm(5);
    }
    painter->restore();
}

void ReportChartPainter::paintTimeline(QPainter *painter, const QRectF &rect)
{
    if (!m_timeline) {
        m_timeline = std::make_unique<TimelineChart>();
        QList<Milestone> milestones;
        for (const ReportMilestone &shown : m_document.milestones) {
            Milestone milestone;
            milestone.id = shown.id;
            milestone.name = shown.name;
            milestone.targetDate = shown.target;
            milestone.doneDate = shown.done;
            milestones.append(milestone);
        }
        m_timeline->update(milestones, m_document.date, m_colours, m_forecast);
    }
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(chartPixel, chartPixel);
    ChartPainter::paint(m_timeline->chart(), painter,
                        QRectF(QPointF(0, 0), rect.size() / chartPixel));
    painter->restore();
}

} // namespace Candor
