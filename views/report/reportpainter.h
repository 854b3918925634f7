// SPDX-License-Identifier: MIT
#pragma once

#include "graph/forecast.h"
#include "reportchartpainter.h"

#include <QCoreApplication>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace Candor {

class ReportLayout;
struct ReportItem;

// Paints a laid-out report: every page's items, a running header (project, report, date) and
// the page number "n / N" in the footer. The same code drives a QPdfWriter (Export PDF, the
// command line) and a QPrinter (Print, Print Preview).
class ReportPainter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
    Q_DISABLE_COPY_MOVE(ReportPainter)
public:
    ReportPainter(const ReportLayout &layout, std::shared_ptr<const Forecast> forecast);

    // Paints all pages, a new page before each but the first. False when the device cannot be
    // painted on (a file that cannot be written).
    bool paint(QPagedPaintDevice *device);
    // One page, in dots from the top left of the page's printable area.
    void paintPage(QPainter *painter, int page);

private:
    void paintFrame(QPainter *painter, int page);
    void paintItem(QPainter *painter, const ReportItem &item);
    void paintBlock(QPainter *painter, int block, const QRectF &rect);
    void paintTitle(QPainter *painter, const QRectF &rect);
    void paintHeaderRow(QPainter *painter, int block, const QRectF &rect);
    void paintRow(QPainter *painter, int block, int row, const QRectF &rect);
    void paintFacts(QPainter *painter, int block, const QRectF &rect);
    void paintCounts(QPainter *painter, int block, const QRectF &rect);

    const ReportLayout &m_layout;
    ReportChartPainter m_charts;
};

} // namespace Candor
