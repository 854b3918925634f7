// SPDX-License-Identifier: MIT
#pragma once

#include "chartcolours.h"
#include "metrics/snapshotstore.h"

#include <QChart>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Candor {

// Claimed and verified completion over time (percent, left axis) and the estimate left (days,
// right axis: the burn-down), one point per snapshot of the whole project.
class TrendChart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)
public:
    explicit TrendChart(QObject *parent = nullptr);
    ~TrendChart() override;

    QChart *chart() const { return m_chart; }
    void update(const QList<SnapshotPoint> &history, const ChartColours &colours);
    int pointCount() const;

signals:
    void hovered(const QString &text);

private:
    QString describe(qsizetype index) const;

    QPointer<QChart> m_chart;
    QDateTimeAxis *m_dates;
    QValueAxis *m_percent;
    QValueAxis *m_days;
    QLineSeries *m_claimed;
    QLineSeries *m_verified;
    QLineSeries *m_remaining;
    QList<SnapshotPoint> m_history;
};

} // namespace Candor
