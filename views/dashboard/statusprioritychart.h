// SPDX-License-Identifier: MIT
#pragma once

#include "chartcolours.h"
#include "core/taskenums.h"

#include <QChart>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Candor {

class LiveMetrics;

// Tasks by status, stacked by priority: counts, or estimate sums in days. Hover tells the cell's
// count and days; a click asks for its tasks (cellClicked).
class StatusPriorityChart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPriorityChart)
public:
    explicit StatusPriorityChart(QObject *parent = nullptr);
    ~StatusPriorityChart() override;

    QChart *chart() const { return m_chart; }
    void setShowEstimates(bool estimates) { m_estimates = estimates; }
    bool showsEstimates() const { return m_estimates; }
    void update(const LiveMetrics &metrics, const ChartColours &colours);
    qreal value(Status status, Priority priority) const;

signals:
    void cellClicked(Status status, Priority priority);
    void hovered(const QString &text);

private:
    QPointer<QChart> m_chart;
    QStackedBarSeries *m_series;
    QBarSet *m_sets[PriorityCount];
    QBarCategoryAxis *m_statuses;
    QValueAxis *m_values;
    bool m_estimates = false;
    ChartColours m_colours; // last applied: restyling re-lays out the chart
    int m_counts[StatusCount][PriorityCount] = {};
    double m_days[StatusCount][PriorityCount] = {};
};

} // namespace Candor
