// SPDX-License-Identifier: MIT
#pragma once

#include "chartcolours.h"
#include "metrics/livemetrics.h"

#include <QChart>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QGraphicsSimpleTextItem;
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Candor {

// Completion by component: one horizontal bar per component (and one for the whole project, on
// top) stacked as verified, claimed but not verified, and remaining, estimate-weighted; the
// completion a document stated is a black tick across the bar. Hover tells exact values;
// a click on a segment asks for its tasks (partClicked).
class CompletionChart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionChart)
public:
    explicit CompletionChart(QObject *parent = nullptr);
    ~CompletionChart() override;

    QChart *chart() const { return m_chart; }
    void update(const LiveMetrics &metrics, const ChartColours &colours);
    // Row r of the bars (0: the bottom one) is this component (-1: the whole project).
    const QList<qint64> &rows() const { return m_rows; }
    // The bar values of one part, bottom row first (what the tests read).
    QList<qreal> values(CompletionPart part) const;

signals:
    void partClicked(qint64 componentId, CompletionPart part);
    void hovered(const QString &text); // empty when the pointer left

private:
    QString describe(int row) const;
    // Each segment's value written on it, where it fits (QtCharts' own bar labels would
    // spill over narrow segments and into their neighbours).
    void placeLabels();
    void makeStatedTicks(const ChartColours &colours);

    QPointer<QChart> m_chart; // the view that shows it may own it
    QHorizontalStackedBarSeries *m_series;
    QBarSet *m_sets[3];
    QBarCategoryAxis *m_categories;
    QValueAxis *m_percent;
    QValueAxis *m_rowAxis; // hidden, for the stated ticks
    QList<qint64> m_rows;
    QList<CompletionTally> m_tallies;
    QList<std::optional<int>> m_stated;
    QList<std::optional<int>> m_shownStated; // what the ticks show: rebuilt when it differs
    ChartColours m_colours;
    QStringList m_names;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QColor m_labelColours[3];
    QFont m_font;
};

} // namespace Candor
