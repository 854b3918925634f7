// SPDX-License-Identifier: MIT
#pragma once

#include "forecast.h"
#include "montecarloforecast.h"
#include "schedule.h"
#include "schedulesnapshot.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Candor {

// Computes schedules and forecasts off the GUI thread, so that an edit never waits for them.
// Each request copies a snapshot; a newer request supersedes an older one that has not been
// delivered (a queued one is dropped, a running one is discarded when done, and a forecast
// stops at its next chunk). Results arrive as signals in the service's thread.
class ScheduleService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleService)
public:
    explicit ScheduleService(QObject *parent = nullptr);
    ~ScheduleService() override; // waits for the worker threads

    void requestSchedule(ScheduleSnapshot snapshot);
    void requestForecast(ScheduleSnapshot snapshot, ForecastOptions options = {});

    // The last results delivered (null before the first).
    std::shared_ptr<const Schedule> schedule() const { return m_schedule; }
    std::shared_ptr<const Forecast> forecast() const { return m_forecast; }
    // Whether a request has not been delivered yet.
    bool isBusy() const { return m_pendingSchedule || m_pendingForecast; }
    // Blocks until the workers are idle (command line, tests); results are still delivered
    // through the event loop.
    void waitForWorkers();

signals:
    void scheduleReady(std::shared_ptr<const Candor::Schedule> schedule);
    void forecastReady(std::shared_ptr<const Candor::Forecast> forecast);

private:
    void deliverSchedule(quint64 generation, std::shared_ptr<const Schedule> schedule);
    void deliverForecast(quint64 generation, std::shared_ptr<const Forecast> forecast);

    // One thread each, so that a long forecast never delays a schedule. The forecast's runs
    // fan out on a pool of their own, at idle priority: a forecast of 100k tasks takes seconds
    // of every core, and a person sorting the table meanwhile must not wait for it.
    QThreadPool m_schedulePool;
    QThreadPool m_forecastPool;
    QThreadPool m_forecastRunsPool;
    std::atomic<quint64> m_scheduleGeneration{0};
    std::atomic<quint64> m_forecastGeneration{0};
    bool m_pendingSchedule = false;
    bool m_pendingForecast = false;
    std::shared_ptr<const Schedule> m_schedule;
    std::shared_ptr<const Forecast> m_forecast;
};

} // namespace Candor
