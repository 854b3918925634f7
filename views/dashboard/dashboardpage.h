// SPDX-License-Identifier: MIT
#pragma once

#include "chartcolours.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QTimer;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

class QToolButton;

namespace Candor {

class CompletionChart;
class DashboardChartView;
class HonestyPanel;
class LiveMetrics;
class Project;
class ScheduleWatcher;
class SnapshotRecorder;
class StatusPriorityChart;
class TaskFilterModel;
class TaskListPanel;
class TaskSelection;
class TimelineChart;
class TrendChart;

// The Dashboard view of the workspace: completion by component (verified, claimed, remaining,
// and the stated figure), the milestones on a timeline, tasks by status and priority with the
// open P0 tasks, and the honesty gap. It follows the shared filter, and a click on a bar,
// a milestone or a list line selects the tasks behind it in every view. The figures come from
// LiveMetrics (kept current task by task); any number of changes in one event-loop turn is
// one repaint, and none while the page is hidden.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    // snapshots: the workspace's recorder of the completion history; schedules: its schedule
    // and forecast (null: the page makes its own).
    DashboardPage(Project *project, TaskSelection *selection, TaskFilterModel *filter,
                  SnapshotRecorder *snapshots = nullptr, ScheduleWatcher *schedules = nullptr,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    LiveMetrics *metrics() const { return m_metrics; }
    CompletionChart *completion() const { return m_completion; }
    TimelineChart *timeline() const { return m_timeline; }
    StatusPriorityChart *statusPriority() const { return m_statusPriority; }
    HonestyPanel *honesty() const { return m_honesty; }
    TrendChart *trend() const { return m_trend; }
    SnapshotRecorder *snapshots() const { return m_snapshots; }
    void takeSnapshot(); // on demand (the Take Snapshot button)
    ScheduleWatcher *schedules() const { return m_schedules; }
    TaskListPanel *openP0() const { return m_openP0; }
    DashboardChartView *completionView() const { return m_completionView; }
    DashboardChartView *statusPriorityView() const { return m_statusPriorityView; }

    // Brings every chart up to date now (otherwise on the next event-loop turn, when shown).
    void refresh();
    int refreshCount() const { return m_refreshes; }
    void setToday(const QDate &today); // tests; the current date otherwise

    QToolButton *showInTableButton() const { return m_showInTable; }

signals:
    void message(const QString &text);
    // "Show Selection in Table": the tasks a click on a chart selected, to filter the table by.
    void showInTableWanted(const QList<qint64> &taskIds);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void select(const QList<qint64> &ids, const QString &what);
    QWidget *card(const QString &title, QWidget *content, QWidget *corner = nullptr);

    Project *m_project;
    TaskSelection *m_selection;
    TaskFilterModel *m_filter;
    LiveMetrics *m_metrics;
    CompletionChart *m_completion;
    TimelineChart *m_timeline;
    StatusPriorityChart *m_statusPriority;
    TrendChart *m_trend;
    SnapshotRecorder *m_snapshots;
    ScheduleWatcher *m_schedules;
    bool m_trendStale = true;
    DashboardChartView *m_completionView;
    QToolButton *m_showInTable;
    DashboardChartView *m_timelineView;
    DashboardChartView *m_statusPriorityView;
    DashboardChartView *m_trendView;
    HonestyPanel *m_honesty;
    TaskListPanel *m_openP0;
    QComboBox *m_measure;
    QDate m_today;
    bool m_milestonesStale = true;
    ChartColours m_timelineColours;
    ChartColours m_trendColours;
    QDate m_timelineDay;
    bool m_pending = false;
    bool m_stale = true;
    int m_refreshes = 0;
};

} // namespace Candor
