// SPDX-License-Identifier: MIT
#include "trendchart.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace Candor {

namespace {

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace

TrendChart::TrendChart(QObject *parent)
    : QObject(parent)
    , m_chart(new QChart)
    , m_dates(new QDateTimeAxis)
    , m_percent(new QValueAxis)
    , m_days(new QValueAxis)
    , m_claimed(new QLineSeries)
    , m_verified(new QLineSeries)
    , m_remaining(new QLineSeries)
{
    m_claimed->setName(tr("Claimed %"));
    m_verified->setName(tr("Verified %"));
    m_remaining->setName(tr("Estimate left (days)"));
    m_chart->addAxis(m_dates, Qt::AlignBottom);
    m_chart->addAxis(m_percent, Qt::AlignLeft);
    m_chart->addAxis(m_days, Qt::AlignRight);
    m_dates->setFormat(QStringLiteral("MMM d"));
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(QStringLiteral("%d%%"));
    m_days->setLabelFormat(QStringLiteral("%d d"));
    for (QLineSeries *series : {m_claimed, m_verified, m_remaining}) {
        m_chart->addSeries(series);
        series->attachAxis(m_dates);
        series->attachAxis(series == m_remaining ? m_days : m_percent);
        series->setPointsVisible(true);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool inside) {
            if (!inside) {
                emit hovered(QString());
                return;
            }
            // The snapshot nearest to the pointer's date.
            qsizetype best = -1;
            for (qsizetype i = 0; i < m_history.size(); ++i) {
                if (best < 0 || std::abs(msecs(m_history.at(i).date) - point.x()) <
                                    std::abs(msecs(m_history.at(best).date) - point.x()))
                    best = i;
            }
            emit hovered(describe(best));
        });
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
}

TrendChart::~TrendChart()
{
    if (m_chart && !m_chart->scene())
        delete m_chart;
}

int TrendChart::pointCount() const
{
    return int(m_claimed->count());
}

void TrendChart::update(const QList<SnapshotPoint> &history, const ChartColours &colours)
{
    m_history = history;
    QList<QPointF> claimed;
    QList<QPointF> verified;
    QList<QPointF> remaining;
    double most = 1;
    for (const SnapshotPoint &point : history) {
        claimed.append({msecs(point.date), point.claimed});
        verified.append({msecs(point.date), point.verified});
        if (point.remaining) {
            remaining.append({msecs(point.date), *point.remaining});
            most = std::max(most, *point.remaining);
        }
    }
    m_claimed->replace(claimed);
    m_verified->replace(verified);
    m_remaining->replace(remaining);
    const QDate first = history.isEmpty() ? QDate::currentDate() : history.first().date;
    const QDate last = history.isEmpty() ? first : history.last().date;
    // A single day still gets a week of axis, so its point is not squeezed against an edge.
    m_dates->setRange(first.addDays(-1).startOfDay(),
                      std::max(last.addDays(1), first.addDays(7)).startOfDay());
    m_days->setRange(0, std::ceil(most * 1.1));
    m_chart->setTitle(history.isEmpty() ? tr("No snapshots yet: one is taken on the first "
                                             "change of each day, or with Take Snapshot.")
                                        : QString());
    m_claimed->setPen(QPen(colours.claimedOnly, 2));
    m_claimed->setColor(colours.claimedOnly);
    m_verified->setPen(QPen(colours.verified, 2));
    m_verified->setColor(colours.verified);
    m_remaining->setPen(QPen(colours.mutedText, 2, Qt::DashLine));
    m_remaining->setColor(colours.mutedText);
    colours.apply(m_chart);
    QFont small = colours.font;
    small.setBold(false);
    m_chart->setTitleFont(small);
    m_chart->setTitleBrush(colours.mutedText);
}

QString TrendChart::describe(qsizetype index) const
{
    if (index < 0 || index >= m_history.size())
        return {};
    const SnapshotPoint &point = m_history.at(index);
    const QLocale locale;
    QString text =
        QStringLiteral("<b>%1</b><br>").arg(locale.toString(point.date, QLocale::ShortFormat)) +
        tr("Claimed %1%, verified %2%")
            .arg(locale.toString(point.claimed, 'f', 1), locale.toString(point.verified, 'f', 1));
    if (point.remaining)
        text += QStringLiteral("<br>") +
                tr("%1 days of estimate left").arg(locale.toString(*point.remaining, 'f', 1));
    return text;
}

} // namespace Candor
