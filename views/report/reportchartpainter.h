// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/chartcolours.h"
#include "graph/forecast.h"

#include <QCoreApplication>

#include <memory>

class QPainter;
class QRectF;

namespace Candor {

class TimelineChart;
struct ReportDocument;
struct ReportStyle;

// The report's charts, as vectors: completion by component drawn from the document's bars in
// the dashboard's colours (verified, claimed but not verified, remaining, the stated tick), each
// part also labelled so that it reads in black and white; and the dashboard's milestone
// timeline (QtCharts) with the forecast.
class ReportChartPainter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartPainter)
    Q_DISABLE_COPY_MOVE(ReportChartPainter)
public:
    ReportChartPainter(const ReportDocument &document, const ReportStyle &style,
                       std::shared_ptr<const Forecast> forecast);
    ~ReportChartPainter();

    void paintCompletion(QPainter *painter, const QRectF &rect) const;
    void paintTimeline(QPainter *painter, const QRectF &rect);
    // Colours for print: the dashboard's light palette on white.
    static ChartColours printColours();

private:
    const ReportDocument &m_document;
    const ReportStyle &m_style;
    std::shared_ptr<const Forecast> m_forecast;
    ChartColours m_colours;
    std::unique_ptr<TimelineChart> m_timeline; // made on first use
};

} // namespace Candor
