// SPDX-License-Identifier: MIT
#include "schedulesection.h"

#include "graph/forecast.h"
#include "graph/schedule.h"
#include "graph/workcalendar.h"
#include "project/project.h"
#include "tasks/milestonemodel.h"
#include "tasks/schedulecolumns.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace Candor {

namespace {

QString dayText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString daysText(double days)
{
    return QLocale().toString(ScheduleColumns::roundedDays(days), 'g', 6);
}

} // namespace

ScheduleSection::ScheduleSection(Project *project, QWidget *parent)
    : TaskSection(tr("Schedule"), project, parent)
    , m_earliestStart(new QLabel(this))
    , m_earliestFinish(new QLabel(this))
    , m_slack(new QLabel(this))
    , m_critical(new QLabel(this))
    , m_forecastLabel(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_earliestStart->setObjectName(QStringLiteral("earliestStartLabel"));
    m_earliestFinish->setObjectName(QStringLiteral("earliestFinishLabel"));
    m_slack->setObjectName(QStringLiteral("slackLabel"));
    m_slack->setToolTip(tr("Working days this task can slip without moving the project's end"));
    m_critical->setObjectName(QStringLiteral("criticalLabel"));
    m_critical->setWordWrap(true); // a sentence: it must not hold the panel wide
    m_forecastLabel->setObjectName(QStringLiteral("forecastLabel"));
    m_forecastLabel->setWordWrap(true);
    m_forecastLabel->setTextFormat(Qt::PlainText);
    m_forecastLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Earliest start:"), m_earliestStart);
    form->addRow(tr("Earliest finish:"), m_earliestFinish);
    form->addRow(tr("Slack:"), m_slack);
    form->addRow(m_critical);
    form->addRow(m_forecastLabel);
    QPalette warm = m_critical->palette();
    warm.setColor(QPalette::WindowText, QColor(0xd8, 0x43, 0x15)); // GraphNodeLook's critical
    m_critical->setPalette(warm);
}

void ScheduleSection::setSchedule(std::shared_ptr<const Schedule> schedule)
{
    m_schedule = std::move(schedule);
    showTiming();
}

void ScheduleSection::setForecast(std::shared_ptr<const Forecast> forecast)
{
    m_forecast = std::move(forecast);
    showForecast();
}

void ScheduleSection::refresh()
{
    showTiming();
    showForecast();
}

void ScheduleSection::showTiming()
{
    const Task *shown = task();
    const TaskTiming *timing = shown && m_schedule ? m_schedule->task(shown->id) : nullptr;
    QString start = tr("—");
    QString finish = tr("—");
    QString slack = tr("—");
    QString critical;
    if (m_schedule && !m_schedule->isValid()) {
        critical = tr("Not computed: the dependencies have a cycle.");
    } else if (!timing) {
        critical = shown ? tr("Being computed…") : QString();
    } else if (timing->finished) {
        critical = tr("Finished: nothing left to schedule.");
    } else {
        // Work starts on the morning of the day after the working days before it.
        const double before = std::floor(timing->earliestStart + 1e-9);
        start = dayText(WorkCalendar::finishDate(m_schedule->start, before + 1));
        finish = dayText(WorkCalendar::finishDate(m_schedule->start, timing->earliestFinish));
        slack = tr("%1 working days").arg(daysText(timing->slack));
        critical =
            timing->critical ? tr("On the critical path: any delay moves the end.") : QString();
    }
    m_earliestStart->setText(start);
    m_earliestFinish->setText(finish);
    m_slack->setText(slack);
    m_critical->setText(critical);
    m_critical->setVisible(!critical.isEmpty());
}

void ScheduleSection::showForecast()
{
    const Task *shown = task();
    QStringList parts;
    const MilestoneModel *milestones = project()->milestones();
    for (qint64 id : shown ? project()->milestonesOf(shown->id) : QList<qint64>()) {
        const QString name = milestones->name(id);
        const MilestoneForecast *forecast = m_forecast ? m_forecast->milestone(id) : nullptr;
        if (!forecast) {
            parts << tr("%1: forecast being computed…").arg(name);
            continue;
        }
        if (!forecast->hasForecast()) {
            parts << (forecast->done ? tr("%1: reached.").arg(name)
                                     : tr("%1: no open work left.").arg(name));
            continue;
        }
        QString text =
            tr("%1 forecast: 50% by %2, 80% by %3, 95% by %4.")
                .arg(name, dayText(forecast->p50), dayText(forecast->p80), dayText(forecast->p95));
        if (forecast->target.isValid() && forecast->onTimeProbability) {
            text += QLatin1Char('\n') + tr("Target %1: %2% likely on time.")
                                            .arg(dayText(forecast->target))
                                            .arg(qRound(*forecast->onTimeProbability * 100));
        } else {
            text += QLatin1Char('\n') + tr("No target date.");
        }
        if (forecast->slipDays) {
            const qint64 slip = *forecast->slipDays;
            text += QLatin1Char(' ') +
                    (slip > 0   ? tr("Slip (at 80%): %n working day(s) late.", nullptr, int(slip))
                     : slip < 0 ? tr("%n working day(s) to spare (at 80%).", nullptr, int(-slip))
                                : tr("On the target day (at 80%)."));
        }
        parts << text;
    }
    m_forecastLabel->setText(parts.join(QStringLiteral("\n\n")));
    m_forecastLabel->setVisible(!parts.isEmpty());
}

} // namespace Candor
