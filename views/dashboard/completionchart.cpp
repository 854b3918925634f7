// SPDX-License-Identifier: MIT
#include "completionchart.h"

#include "chartcolours.h"
#include "project/project.h"
#include "tasks/componentmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace Candor {

namespace {

constexpr CompletionPart parts[3] = {CompletionPart::Verified, CompletionPart::ClaimedOnly,
                                     CompletionPart::Remaining};

QString percent(double value)
{
    // One decimal only where it matters (0.4% is not 0%), none on whole numbers.
    const bool fine = value > 0 && value < 10 && qRound(value * 10) % 10 != 0;
    return CompletionChart::tr("%1%").arg(QLocale().toString(value, 'f', fine ? 1 : 0));
}

} // namespace

CompletionChart::CompletionChart(QObject *parent)
    : QObject(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalStackedBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_percent(new QValueAxis)
    , m_rowAxis(new QValueAxis)
{
    const QString labels[3] = {tr("Verified"), tr("Claimed, not verified"), tr("Remaining")};
    for (int i = 0; i < 3; ++i) {
        m_sets[i] = new QBarSet(labels[i]);
        m_series->append(m_sets[i]);
        const CompletionPart part = parts[i];
        connect(m_sets[i], &QBarSet::clicked, this, [this, part](int row) {
            if (row >= 0 && row < m_rows.size())
                emit partClicked(m_rows.at(row), part);
        });
        connect(m_sets[i], &QBarSet::hovered, this,
                [this](bool inside, int row) { emit hovered(inside ? describe(row) : QString()); });
    }
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_percent, Qt::AlignBottom);
    m_chart->addAxis(m_rowAxis, Qt::AlignRight);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_percent);
    m_percent->setRange(0, 100);
    m_percent->setTickCount(6);
    m_percent->setLabelFormat(QStringLiteral("%d%%"));
    m_rowAxis->setVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    connect(m_chart, &QChart::plotAreaChanged, this, &CompletionChart::placeLabels);
    // The stated ticks have no entry of their own in the legend: the tooltip names them.
}

CompletionChart::~CompletionChart()
{
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

void CompletionChart::update(const LiveMetrics &metrics, const ChartColours &colours)
{
    const ComponentModel *components = metrics.project()->components();
    m_rows.clear();
    m_tallies.clear();
    m_stated.clear();
    m_names.clear();
    // Bottom to top: the last component first, the whole project on top.
    const QList<qint64> ids = metrics.componentIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const Component *component = components->component(*it);
        m_rows.append(*it);
        m_tallies.append(metrics.component(*it));
        m_stated.append(component ? component->statedCompletion : std::nullopt);
        m_names.append(component ? component->name : tr("(no component)"));
    }
    m_rows.append(-1);
    m_tallies.append(metrics.overall());
    m_stated.append(metrics.statedPercent());
    m_names.append(tr("Overall"));

    QStringList categories;
    QList<qreal> values[3];
    // Names are cut here, not by the axis, so that the figure after them always shows.
    const QFontMetrics fontMetrics(colours.font);
    const int nameWidth = fontMetrics.horizontalAdvance(QLatin1Char('x')) * 15;
    for (int row = 0; row < m_rows.size(); ++row) {
        const CompletionTally &tally = m_tallies.at(row);
        // The claimed figure beside the name, so the bar reads without hovering.
        // The claimed figure beside the name, so the bar reads without hovering; a component
        // without tasks is only its name (long labels are cut short by the axis).
        categories.append(tally.tasks == 0
                              ? fontMetrics.elidedText(m_names.at(row), Qt::ElideRight, nameWidth)
                              : tr("%1  %2").arg(fontMetrics.elidedText(m_names.at(row),
                                                                        Qt::ElideRight, nameWidth),
                                                 percent(tally.claimedPercent())));
        values[0].append(tally.verifiedPercent());
        values[1].append(tally.claimedOnlyPercent());
        values[2].append(tally.remainingPercent());
    }
    // Only what changed is handed to QtCharts: each call there re-lays out the chart, and an
    // edit of one task usually moves two bars.
    if (m_categories->categories() != categories) // unique: names are, case-insensitively
        m_categories->setCategories(categories);
    for (int i = 0; i < 3; ++i) {
        if (m_sets[i]->count() != values[i].size()) {
            m_sets[i]->remove(0, m_sets[i]->count());
            m_sets[i]->append(values[i]);
            continue;
        }
        for (int row = 0; row < values[i].size(); ++row) {
            if (m_sets[i]->at(row) != values[i].at(row))
                m_sets[i]->replace(row, values[i].at(row));
        }
    }
    const bool restyle = !(colours == m_colours);
    const bool newTicks = restyle || m_shownStated != m_stated;
    if (restyle) {
        m_colours = colours;
        const QColor fills[3] = {colours.verified, colours.claimedOnly, colours.remaining};
        for (int i = 0; i < 3; ++i) {
            m_sets[i]->setColor(fills[i]);
            m_sets[i]->setBorderColor(colours.background);
            m_labelColours[i] = i == 2                       ? colours.text
                                : fills[i].lightness() > 150 ? QColor(Qt::black)
                                                             : QColor(Qt::white);
        }
        m_font = colours.font;
    }
    if (newTicks)
        makeStatedTicks(colours);
    if (restyle)
        colours.apply(m_chart);
    if (newTicks) {
        const QList<QLegendMarker *> markers = m_chart->legend()->markers();
        for (QLegendMarker *marker : markers)
            marker->setVisible(marker->series() == m_series);
    }
    placeLabels();
}

void CompletionChart::placeLabels()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    const QFontMetricsF metrics(m_font);
    for (int row = 0; row < m_rows.size(); ++row) {
        qreal from = 0;
        for (int i = 0; i < 3; ++i) {
            const qreal value = m_sets[i]->at(row);
            const QPointF left = m_chart->mapToPosition(QPointF(from, row), m_series);
            const QPointF right = m_chart->mapToPosition(QPointF(from + value, row), m_series);
            from += value;
            const QString text = tr("%1%").arg(qRound(value));
            const qreal width = metrics.horizontalAdvance(text);
            if (value <= 0 || right.x() - left.x() < width + 6)
                continue;
            auto *label = new QGraphicsSimpleTextItem(text, m_chart);
            label->setFont(m_font);
            label->setBrush(m_labelColours[i]);
            label->setPos((left.x() + right.x() - width) / 2, left.y() - metrics.height() / 2);
            label->setZValue(10);
            m_labels.append(label);
        }
    }
}

void CompletionChart::makeStatedTicks(const ChartColours &colours)
{
    m_shownStated = m_stated;
    // The stated completion: a short vertical line across each bar that has one.
    for (QAbstractSeries *series : m_chart->series()) {
        if (series != m_series) {
            m_chart->removeSeries(series);
            delete series;
        }
    }
    m_rowAxis->setRange(-0.5, m_rows.size() - 0.5);
    QPen pen(colours.stated, 3);
    pen.setCapStyle(Qt::FlatCap);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_stated.at(row))
            continue;
        auto *tick = new QLineSeries;
        tick->append(*m_stated.at(row), row - 0.42);
        tick->append(*m_stated.at(row), row + 0.42);
        tick->setPen(pen);
        tick->setName(tr("Stated"));
        m_chart->addSeries(tick);
        tick->attachAxis(m_percent);
        tick->attachAxis(m_rowAxis);
        const int at = row;
        connect(tick, &QLineSeries::hovered, this, [this, at](const QPointF &, bool inside) {
            emit hovered(inside ? describe(at) : QString());
        });
    }
}

QList<qreal> CompletionChart::values(CompletionPart part) const
{
    const QBarSet *set = m_sets[int(part)];
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

QString CompletionChart::describe(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const CompletionTally &tally = m_tallies.at(row);
    const QLocale locale;
    if (tally.tasks == 0)
        return tr("<b>%1</b>: no tasks").arg(m_names.at(row).toHtmlEscaped()) +
               (m_stated.at(row)
                    ? QStringLiteral("<br>") + tr("Stated %1").arg(percent(*m_stated.at(row)))
                    : QString());
    QString text = tr("<b>%1</b>: %Ln task(s), %2 days of estimate", nullptr, tally.tasks)
                       .arg(m_names.at(row).toHtmlEscaped(), locale.toString(tally.weight, 'f', 1));
    text += QStringLiteral("<br>") +
            tr("Claimed %1, verified %2")
                .arg(percent(tally.claimedPercent()), percent(tally.verifiedPercent()));
    text += QStringLiteral("<br>") + tr("Verified %1 · claimed, not verified %2 · remaining %3")
                                         .arg(percent(tally.verifiedPercent()),
                                              percent(tally.claimedOnlyPercent()),
                                              percent(tally.remainingPercent()));
    if (m_stated.at(row))
        text += QStringLiteral("<br>") + tr("Stated %1").arg(percent(*m_stated.at(row)));
    return text;
}

} // namespace Candor
