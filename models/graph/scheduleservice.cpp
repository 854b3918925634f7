// SPDX-License-Identifier: MIT
#include "scheduleservice.h"

#include "criticalpath.h"

#include <QThread>

namespace Candor {

ScheduleService::ScheduleService(QObject *parent)
    : QObject(parent)
{
    m_schedulePool.setMaxThreadCount(1);
    m_schedulePool.setThreadPriority(QThread::LowPriority);
    m_forecastPool.setMaxThreadCount(1);
    // On Linux only the idle class (SCHED_IDLE, the lowest weight of the fair scheduler, not a
    // strict idle) yields to the GUI thread; the other priorities are ignored there.
    m_forecastPool.setThreadPriority(QThread::IdlePriority);
    m_forecastRunsPool.setMaxThreadCount(QThread::idealThreadCount());
    m_forecastRunsPool.setThreadPriority(QThread::IdlePriority);
}

ScheduleService::~ScheduleService()
{
    // Nothing queued is worth starting now, and a running forecast stops at its next chunk.
    ++m_scheduleGeneration;
    ++m_forecastGeneration;
    m_schedulePool.clear();
    m_forecastPool.clear();
    waitForWorkers();
}

void ScheduleService::waitForWorkers()
{
    m_schedulePool.waitForDone();
    m_forecastPool.waitForDone();
    m_forecastRunsPool.waitForDone();
}

void ScheduleService::requestSchedule(ScheduleSnapshot snapshot)
{
    const quint64 generation = ++m_scheduleGeneration;
    m_pendingSchedule = true;
    m_schedulePool.clear(); // an older request not started yet is moot
    m_schedulePool.start([this, generation, snapshot = std::move(snapshot)] {
        if (generation != m_scheduleGeneration.load())
            return;
        auto schedule = std::make_shared<const Schedule>(CriticalPath::compute(snapshot));
        QMetaObject::invokeMethod(
            this, [this, generation, schedule] { deliverSchedule(generation, schedule); },
            Qt::QueuedConnection);
    });
}

void ScheduleService::requestForecast(ScheduleSnapshot snapshot, ForecastOptions options)
{
    const quint64 generation = ++m_forecastGeneration;
    m_pendingForecast = true;
    m_forecastPool.clear();
    if (!options.pool)
        options.pool = &m_forecastRunsPool;
    m_forecastPool.start([this, generation, snapshot = std::move(snapshot), options] {
        const auto superseded = [this, generation] {
            return generation != m_forecastGeneration.load();
        };
        if (superseded())
            return;
        auto forecast = std::make_shared<const Forecast>(
            MonteCarloForecast::run(snapshot, options, superseded));
        if (forecast->cancelled)
            return;
        QMetaObject::invokeMethod(
            this, [this, generation, forecast] { deliverForecast(generation, forecast); },
            Qt::QueuedConnection);
    });
}

void ScheduleService::deliverSchedule(quint64 generation, std::shared_ptr<const Schedule> schedule)
{
    if (generation != m_scheduleGeneration.load())
        return; // a newer request is on its way
    m_pendingSchedule = false;
    m_schedule = std::move(schedule);
    emit scheduleReady(m_schedule);
}

void ScheduleService::deliverForecast(quint64 generation, std::shared_ptr<const Forecast> forecast)
{
    if (generation != m_forecastGeneration.load())
        return;
    m_pendingForecast = false;
    m_forecast = std::move(forecast);
    emit forecastReady(m_forecast);
}

} // namespace Candor
