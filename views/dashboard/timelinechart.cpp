// SPDX-License-Identifier: MIT
#include "timelinechart.h"

#include "chartcolours.h"

#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace Candor {

namespace {

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QDate shownDate(const Milestone &milestone)
{
    return milestone.doneDate.isValid() ? milestone.doneDate : milestone.targetDate;
}

} // namespace

TimelineChart::TimelineChart(QObject *parent)
    : QObject(parent)
    , m_chart(new QChart)
    , m_dates(new QDateTimeAxis)
    , m_rows(new QValueAxis)
{
    m_chart->addAxis(m_dates, Qt::AlignBottom);
    m_chart->addAxis(m_rows, Qt::AlignLeft);
    m_rows->setVisible(false);
    m_dates->setFormat(QStringLiteral("MMM d"));
    m_chart->legend()->setVisible(false);
    // Label rows depend on the pixels a day takes: lay them out again when the plot resizes.
    connect(m_chart, &QChart::plotAreaChanged, this, [this]() {
        if (!m_layingOut)
            layOut();
    });
}

TimelineChart::~TimelineChart()
{
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

bool TimelineChart::isSlipped(const Milestone &milestone, const QDate &today,
                              const MilestoneForecast *forecast)
{
    if (milestone.doneDate.isValid() || !milestone.targetDate.isValid())
        return false;
    return milestone.targetDate < today ||
           (forecast && forecast->hasForecast() && forecast->slipDays && *forecast->slipDays > 0);
}

QList<int> TimelineChart::labelRows(const QList<double> &centres, const QList<double> &widths)
{
    constexpr double gap = 8;
    QList<double> rowEnds;
    QList<int> rows;
    for (qsizetype i = 0; i < centres.size(); ++i) {
        const double start = centres.at(i) - widths.at(i) / 2;
        int row = 0;
        while (row < rowEnds.size() && rowEnds.at(row) + gap > start)
            ++row;
        if (row == rowEnds.size())
            rowEnds.append(0);
        rowEnds[row] = centres.at(i) + widths.at(i) / 2;
        rows.append(row);
    }
    return rows;
}

void TimelineChart::update(const QList<Milestone> &milestones, const QDate &today,
                           const ChartColours &colours, std::shared_ptr<const Forecast> forecast)
{
    m_forecast = forecast && forecast->isValid() ? std::move(forecast) : nullptr;
    m_milestones.clear();
    for (const Milestone &milestone : milestones) {
        if (shownDate(milestone).isValid())
            m_milestones.append(milestone);
    }
    m_today = today;
    m_font = colours.font;
    m_chart->removeAllSeries();
    QDate first = today;
    QDate last = today;
    for (const Milestone &milestone : std::as_const(m_milestones)) {
        first = std::min(first, shownDate(milestone));
        last = std::max(last, shownDate(milestone));
        if (const MilestoneForecast *f = forecastOf(milestone.id); f && f->p95.isValid())
            last = std::max(last, f->p95);
    }
    m_first = first;
    m_last = last;

    auto *todayLine = new QLineSeries;
    todayLine->setName(tr("Today"));
    todayLine->setPen(QPen(colours.today, 2, Qt::DashLine));
    m_chart->addSeries(todayLine);
    for (const Milestone &milestone : std::as_const(m_milestones)) {
        auto *point = new QScatterSeries;
        point->setName(milestone.name);
        point->setMarkerSize(11);
        const QColor colour = milestone.doneDate.isValid()    ? colours.mutedText
                              : isSlipped(milestone, m_today) ? colours.warning
                                                              : colours.text;
        point->setColor(colour);
        point->setBorderColor(colours.background);
        // Point labels are formats: '@' would start a tag.
        QString label = milestone.name;
        label.replace(QLatin1Char('@'), QStringLiteral("(at)"));
        if (milestone.doneDate.isValid())
            label = tr("%1 ✓").arg(label);
        point->setPointLabelsFormat(label);
        point->setPointLabelsVisible(true);
        point->setPointLabelsColor(colour);
        point->setPointLabelsFont(colours.font);
        point->setPointLabelsClipping(false);
        m_chart->addSeries(point);
        const qint64 id = milestone.id;
        connect(point, &QScatterSeries::clicked, this, [this, id]() { emit milestoneClicked(id); });
        const Milestone copy = milestone;
        connect(point, &QScatterSeries::hovered, this, [this, copy](const QPointF &, bool inside) {
            emit hovered(inside ? describe(copy) : QString());
        });
    }
    // The forecast: a band from the 50 % to the 95 % date on the milestone's row (a marker's
    // label sits above it, so labels still never collide).
    m_bands = 0;
    for (const Milestone &milestone : std::as_const(m_milestones)) {
        const MilestoneForecast *f = forecastOf(milestone.id);
        if (!f || !f->hasForecast() || !f->p50.isValid() || !f->p95.isValid())
            continue;
        // A dotted line ties the band to its milestone's marker on the same row.
        auto *tie = new QLineSeries;
        tie->setName(milestone.name);
        tie->setPen(QPen(colours.mutedText, 1, Qt::DotLine));
        m_chart->addSeries(tie);
        auto *band = new QLineSeries;
        band->setName(milestone.name);
        QColor fill = isSlipped(milestone, m_today, f) ? colours.warning : colours.today;
        fill.setAlpha(110);
        QPen pen(fill, 7);
        pen.setCapStyle(Qt::FlatCap);
        band->setPen(pen);
        m_chart->addSeries(band);
        const Milestone copy = milestone;
        connect(band, &QLineSeries::hovered, this, [this, copy](const QPointF &, bool inside) {
            emit hovered(inside ? describe(copy) : QString());
        });
        ++m_bands;
    }
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_dates);
        series->attachAxis(m_rows);
    }
    colours.apply(m_chart);
    m_chart->setMargins(QMargins(4, 4, 28, 4)); // the last date label is centred on the edge
    const qsizetype undated = milestones.size() - m_milestones.size();
    m_chart->setTitle(
        milestones.isEmpty() ? tr("No milestones.")
        : undated > 0 ? tr("%n milestone(s) without a date are not shown.", nullptr, int(undated))
                      : QString());
    QFont small = colours.font;
    small.setBold(false);
    m_chart->setTitleFont(small);
    m_chart->setTitleBrush(colours.mutedText);
    layOut();
}

void TimelineChart::layOut()
{
    m_layingOut = true;
    const QList<QAbstractSeries *> series = m_chart->series();
    const double width = m_chart->plotArea().width() > 50 ? m_chart->plotArea().width() : 600;
    const QFontMetricsF metrics(m_font);
    // Room on both sides for half the widest label, so that no label is cut at an edge.
    double half = 40;
    for (const Milestone &milestone : std::as_const(m_milestones))
        half = std::max(half, metrics.horizontalAdvance(milestone.name) / 2 + 12);
    const QDate last = std::max(m_last, m_first.addDays(14)); // at least two weeks wide
    const double days = double(m_first.daysTo(last));
    const qint64 pad =
        qint64(std::ceil(width > 2 * half + 20 ? days * half / (width - 2 * half) : days));
    const QDate start = m_first.addDays(-pad);
    const QDate end = last.addDays(pad);
    m_dates->setRange(start.startOfDay(), end.startOfDay());
    const double from = msecs(start);
    const double span = std::max(1.0, msecs(end) - from);
    // Sorted by date, so that the greedy rows fill left to right.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_milestones.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return shownDate(m_milestones.at(a)) < shownDate(m_milestones.at(b));
    });
    QList<double> centres;
    QList<double> widths;
    for (qsizetype i : std::as_const(order)) {
        // What a milestone takes on its row: its label, and its forecast's tie and band.
        const double x = (msecs(shownDate(m_milestones.at(i))) - from) / span * width;
        const double label = metrics.horizontalAdvance(m_milestones.at(i).name) + 16;
        double left = x - label / 2;
        double right = x + label / 2;
        if (const MilestoneForecast *f = forecastOf(m_milestones.at(i).id);
            f && f->hasForecast() && f->p50.isValid() && f->p95.isValid()) {
            left = std::min(left, (msecs(f->p50) - from) / span * width);
            right = std::max(right, (msecs(f->p95) - from) / span * width);
        }
        centres.append((left + right) / 2);
        widths.append(right - left);
    }
    const QList<int> sortedRows = labelRows(centres, widths);
    m_rowOf = QList<int>(m_milestones.size(), 0);
    int rowCount = 1;
    for (qsizetype k = 0; k < order.size(); ++k) {
        m_rowOf[order.at(k)] = sortedRows.at(k);
        rowCount = std::max(rowCount, sortedRows.at(k) + 1);
    }
    // Row r sits at height r + 1; room above the top row for its label.
    m_rows->setRange(0, rowCount + 0.9);
    if (!series.isEmpty()) {
        auto *today = static_cast<QLineSeries *>(series.first());
        today->clear();
        today->append(msecs(m_today), 0);
        today->append(msecs(m_today), rowCount + 0.9);
    }
    for (qsizetype i = 0; i < m_milestones.size() && i + 1 < series.size(); ++i) {
        auto *point = static_cast<QScatterSeries *>(series.at(i + 1));
        point->clear();
        point->append(msecs(shownDate(m_milestones.at(i))), m_rowOf.at(i) + 0.6);
    }
    // After the points: a tie and a band for each milestone with a forecast, in their order.
    qsizetype next = m_milestones.size() + 1;
    for (qsizetype i = 0; i < m_milestones.size(); ++i) {
        const MilestoneForecast *f = forecastOf(m_milestones.at(i).id);
        if (!f || !f->hasForecast() || !f->p50.isValid() || !f->p95.isValid())
            continue;
        if (next + 1 >= series.size())
            break;
        const qreal y = m_rowOf.at(i) + 0.6;
        auto *tie = static_cast<QLineSeries *>(series.at(next++));
        tie->clear();
        tie->append(msecs(shownDate(m_milestones.at(i))), y);
        tie->append(msecs(f->p50), y);
        auto *band = static_cast<QLineSeries *>(series.at(next++));
        band->clear();
        band->append(msecs(f->p50), y);
        band->append(msecs(f->p95), y);
    }
    m_layingOut = false;
}

const MilestoneForecast *TimelineChart::forecastOf(qint64 milestoneId) const
{
    return m_forecast ? m_forecast->milestone(milestoneId) : nullptr;
}

QString TimelineChart::describe(const Milestone &milestone) const
{
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b>").arg(milestone.name.toHtmlEscaped());
    if (milestone.targetDate.isValid())
        text += QStringLiteral("<br>") +
                tr("Target %1").arg(locale.toString(milestone.targetDate, QLocale::ShortFormat));
    const MilestoneForecast *f = forecastOf(milestone.id);
    if (f && f->hasForecast() && f->p50.isValid())
        text += QStringLiteral("<br>") + tr("Forecast %1 (50%), %2 (80%), %3 (95%)")
                                             .arg(locale.toString(f->p50, QLocale::ShortFormat),
                                                  locale.toString(f->p80, QLocale::ShortFormat),
                                                  locale.toString(f->p95, QLocale::ShortFormat));
    if (f && f->onTimeProbability)
        text += QStringLiteral("<br>") +
                tr("On time in %1% of runs").arg(qRound(*f->onTimeProbability * 100));
    if (milestone.doneDate.isValid())
        text += QStringLiteral("<br>") +
                tr("Done %1").arg(locale.toString(milestone.doneDate, QLocale::ShortFormat));
    else if (milestone.targetDate.isValid() && milestone.targetDate < m_today)
        text += QStringLiteral("<br>") +
                tr("Slipped by %n day(s)", nullptr, int(milestone.targetDate.daysTo(m_today)));
    if (!milestone.description.isEmpty())
        text += QStringLiteral("<br>") + milestone.description.left(200).toHtmlEscaped();
    return text;
}

} // namespace Candor
