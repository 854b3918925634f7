// SPDX-License-Identifier: MIT
#include "statusprioritychart.h"

#include "chartcolours.h"
#include "metrics/livemetrics.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace Candor {

StatusPriorityChart::StatusPriorityChart(QObject *parent)
    : QObject(parent)
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries)
    , m_statuses(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    for (int p = 0; p < PriorityCount; ++p) {
        m_sets[p] = new QBarSet(TaskEnums::label(Priority(p)));
        m_series->append(m_sets[p]);
        const auto priority = Priority(p);
        connect(m_sets[p], &QBarSet::clicked, this, [this, priority](int status) {
            if (status >= 0 && status < StatusCount)
                emit cellClicked(Status(status), priority);
        });
        connect(m_sets[p], &QBarSet::hovered, this, [this, p](bool inside, int s) {
            if (!inside || s < 0 || s >= StatusCount) {
                emit hovered(QString());
                return;
            }
            emit hovered(
                tr("<b>%1, %2</b>: %Ln task(s), %3 days of estimate", nullptr, m_counts[s][p])
                    .arg(TaskEnums::label(Status(s)), TaskEnums::label(Priority(p)),
                         QLocale().toString(m_days[s][p], 'f', 1)));
        });
    }
    m_series->setBarWidth(0.65);
    m_chart->addSeries(m_series);
    m_statuses->setCategories(TaskEnums::statusLabels());
    m_chart->addAxis(m_statuses, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_statuses);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_chart->legend()->setAlignment(Qt::AlignTop);
}

StatusPriorityChart::~StatusPriorityChart()
{
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

void StatusPriorityChart::update(const LiveMetrics &metrics, const ChartColours &colours)
{
    double highest = 0;
    for (int s = 0; s < StatusCount; ++s) {
        double column = 0;
        for (int p = 0; p < PriorityCount; ++p) {
            m_counts[s][p] = metrics.count(Status(s), Priority(p));
            m_days[s][p] = metrics.estimateSum(Status(s), Priority(p));
            column += m_estimates ? m_days[s][p] : m_counts[s][p];
        }
        highest = std::max(highest, column);
    }
    for (int p = 0; p < PriorityCount; ++p) {
        QList<qreal> values;
        for (int s = 0; s < StatusCount; ++s)
            values.append(m_estimates ? m_days[s][p] : qreal(m_counts[s][p]));
        // Value by value: each change re-lays out the chart, and an edit moves one or two.
        if (m_sets[p]->count() != values.size()) {
            m_sets[p]->remove(0, m_sets[p]->count());
            m_sets[p]->append(values);
        } else {
            for (int s = 0; s < StatusCount; ++s) {
                if (m_sets[p]->at(s) != values.at(s))
                    m_sets[p]->replace(s, values.at(s));
            }
        }
    }
    // A round top with a few ticks, so the axis reads in whole numbers.
    const double step = highest <= 5 ? 1 : std::pow(10.0, std::floor(std::log10(highest / 2)));
    const double top = std::max(1.0, std::ceil(highest / step) * step);
    if (m_values->max() != top) {
        m_values->setRange(0, top);
        m_values->setTickCount(int(std::min(6.0, top / step + 1)));
    }
    const QString title = m_estimates ? tr("days of estimate") : tr("tasks");
    if (m_values->titleText() != title)
        m_values->setTitleText(title);
    if (colours == m_colours)
        return;
    m_colours = colours;
    for (int p = 0; p < PriorityCount; ++p) {
        m_sets[p]->setColor(colours.priorities[p]);
        m_sets[p]->setBorderColor(colours.background);
    }
    colours.apply(m_chart);
}

qreal StatusPriorityChart::value(Status status, Priority priority) const
{
    return m_sets[int(priority)]->at(int(status));
}

} // namespace Candor
