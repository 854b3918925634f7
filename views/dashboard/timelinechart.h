// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "graph/forecast.h"

#include <QChart>
#include <QDate>
#include <QObject>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace Candor {

struct ChartColours;

// The milestones on a date axis with a line for today: each at its target date (a done one at
// its done date, muted), slipped ones (past their target, not done) in the warning colour.
// Labels are stacked in as many rows as it takes for none to overlap another.
class TimelineChart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)
public:
    explicit TimelineChart(QObject *parent = nullptr);
    ~TimelineChart() override;

    QChart *chart() const { return m_chart; }
    // forecast: the schedule's Monte Carlo forecast, when one arrived (null: target dates only).
    void update(const QList<Milestone> &milestones, const QDate &today, const ChartColours &colours,
                std::shared_ptr<const Forecast> forecast = nullptr);
    // The label row of each milestone, in the order given to update() (what the tests read).
    const QList<int> &rows() const { return m_rowOf; }
    // Past its target and not done, or forecast (80 %) to finish after it.
    static bool isSlipped(const Milestone &milestone, const QDate &today,
                          const MilestoneForecast *forecast = nullptr);
    int bandCount() const { return m_bands; } // forecast ranges drawn (tests)
    // Rows for labels of these widths (pixels) centred at these x positions, sorted by x: the
    // first row whose last label ends (with a gap) before this one starts.
    static QList<int> labelRows(const QList<double> &centres, const QList<double> &widths);

signals:
    void milestoneClicked(qint64 milestoneId);
    void hovered(const QString &text);

private:
    void layOut();
    QString describe(const Milestone &milestone) const;
    const MilestoneForecast *forecastOf(qint64 milestoneId) const;

    QPointer<QChart> m_chart;
    QDateTimeAxis *m_dates;
    QValueAxis *m_rows;
    QList<Milestone> m_milestones;
    QList<int> m_rowOf;
    QDate m_today;
    QDate m_first; // the earliest and latest date shown (milestones and today)
    QDate m_last;
    QFont m_font;
    bool m_layingOut = false;
    std::shared_ptr<const Forecast> m_forecast;
    int m_bands = 0;
};

} // namespace Candor
