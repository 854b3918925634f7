// SPDX-License-Identifier: MIT
#pragma once

#include "tasksection.h"

#include <memory>

class QLabel;

namespace Candor {

struct Forecast;
struct Schedule;

// What the last schedule and forecast say of the shown task (read-only): its earliest start and
// finish, slack and whether it is critical; and for each milestone it gates, the forecast
// finish at 50/80/95 %, the chance of meeting the target and the slip.
//
// Child widgets by objectName: earliestStartLabel, earliestFinishLabel, slackLabel,
// criticalLabel, forecastLabel.
class ScheduleSection final : public TaskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleSection)
public:
    explicit ScheduleSection(Project *project, QWidget *parent = nullptr);

    void setSchedule(std::shared_ptr<const Schedule> schedule);
    void setForecast(std::shared_ptr<const Forecast> forecast);
    void refresh() override;

private:
    void showTiming();
    void showForecast();

    std::shared_ptr<const Schedule> m_schedule;
    std::shared_ptr<const Forecast> m_forecast;
    QLabel *m_earliestStart;
    QLabel *m_earliestFinish;
    QLabel *m_slack;
    QLabel *m_critical;
    QLabel *m_forecastLabel;
};

} // namespace Candor
