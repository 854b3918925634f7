// SPDX-License-Identifier: MIT
#pragma once

#include "forecast.h"
#include "schedule.h"

#include <QDate>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Candor {

class Project;
class ScheduleService;

// Keeps one open project's schedule and forecast current: after every change it asks its
// ScheduleService for both, once per event-loop turn however many signals the change sent, so
// an edit never waits for them. Each schedule delivered is handed to the TaskModel (its
// critical and slack columns) and announced for the views (graph, inspector, board).
class ScheduleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleWatcher)
public:
    explicit ScheduleWatcher(Project *project, QObject *parent = nullptr);
    ~ScheduleWatcher() override;

    ScheduleService *service() const { return m_service; }
    // The last results delivered (null before the first).
    std::shared_ptr<const Schedule> schedule() const;
    std::shared_ptr<const Forecast> forecast() const;

    // Whether a change has not been scheduled and forecast yet.
    bool isBusy() const;
    // Day zero of the schedule; null (the default) means today, read at each request.
    void setStart(QDate start);
    // Forecast runs for a project of that many tasks: the command line's 10,000 up to 1,000
    // tasks, fewer above, so that a large project's forecast stays within a few seconds of
    // one worker (the figures are seeded, so they still do not flicker between edits).
    static int forecastRuns(qsizetype tasks);

    // Asks on the next event-loop turn, coalesced; in a project of more than largeProject tasks
    // after edits settle for settleMs (its snapshot alone costs tens of milliseconds on the GUI
    // thread, docs/scheduling.md). requestNow() asks at once.
    static constexpr int largeProject = 20000;
    static constexpr int settleMs = 300;
    void requestLater();
    void requestNow();

signals:
    void scheduleReady(std::shared_ptr<const Candor::Schedule> schedule);
    void forecastReady(std::shared_ptr<const Candor::Forecast> forecast);

private:
    Project *m_project;
    ScheduleService *m_service;
    QDate m_start;
    QTimer m_timer;
};

} // namespace Candor
