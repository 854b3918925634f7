// SPDX-License-Identifier: MIT
#include "schedulewatcher.h"

#include "project/project.h"
#include "scheduleservice.h"
#include "schedulesnapshot.h"
#include "tasks/taskmodel.h"

#include <algorithm>

namespace Candor {

ScheduleWatcher::ScheduleWatcher(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_service(new ScheduleService(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleWatcher::requestNow);
    connect(m_service, &ScheduleService::scheduleReady, this,
            [this](std::shared_ptr<const Schedule> schedule) {
                m_project->tasks()->setSchedule(schedule);
                emit scheduleReady(std::move(schedule));
            });
    connect(m_service, &ScheduleService::forecastReady, this, &ScheduleWatcher::forecastReady);
    // Every write ends with tasksChanged; the others also come alone (a progressive load's end,
    // a reload). Chunks of a progressive load are not worth a schedule each: its end is.
    connect(project, &Project::tasksChanged, this, [this] {
        if (!m_project->isLoading())
            requestLater();
    });
    connect(project, &Project::dependenciesChanged, this, &ScheduleWatcher::requestLater);
    connect(project, &Project::milestonesChanged, this, &ScheduleWatcher::requestLater);
    connect(project, &Project::loadFinished, this, &ScheduleWatcher::requestLater);
    connect(project->tasks(), &QAbstractItemModel::modelReset, this,
            &ScheduleWatcher::requestLater);
    requestLater();
}

ScheduleWatcher::~ScheduleWatcher()
{
    // The service waits for its workers; their results must not reach a model being destroyed.
    m_service->disconnect(this);
}

std::shared_ptr<const Schedule> ScheduleWatcher::schedule() const
{
    return m_service->schedule();
}

std::shared_ptr<const Forecast> ScheduleWatcher::forecast() const
{
    return m_service->forecast();
}

bool ScheduleWatcher::isBusy() const
{
    return m_timer.isActive() || m_service->isBusy();
}

void ScheduleWatcher::setStart(QDate start)
{
    m_start = start;
    requestLater();
}

int ScheduleWatcher::forecastRuns(qsizetype tasks)
{
    constexpr qsizetype fullRuns = 10000;
    constexpr qsizetype budget = fullRuns * 1000; // task draws: about a second of one worker
    return int(std::clamp<qsizetype>(budget / std::max<qsizetype>(tasks, 1), 500, fullRuns));
}

void ScheduleWatcher::requestLater()
{
    const bool large = m_project->tasks()->rowCount() > largeProject;
    if (m_timer.isActive() && !large)
        return; // already asked for this turn
    m_timer.start(large ? settleMs : 0);
}

void ScheduleWatcher::requestNow()
{
    m_timer.stop();
    const ScheduleSnapshot snapshot =
        ScheduleSnapshot::of(*m_project, m_start.isValid() ? m_start : QDate::currentDate());
    ForecastOptions options;
    options.runs = forecastRuns(snapshot.tasks.size());
    m_service->requestSchedule(snapshot);
    // Without milestones there is nothing to forecast.
    if (!snapshot.milestones.isEmpty())
        m_service->requestForecast(snapshot, options);
}

} // namespace Candor
