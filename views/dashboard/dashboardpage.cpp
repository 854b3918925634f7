// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include "chartcolours.h"
#include "completionchart.h"
#include "dashboardchartview.h"
#include "graph/schedulewatcher.h"
#include "honestypanel.h"
#include "metrics/livemetrics.h"
#include "metrics/snapshotrecorder.h"
#include "project/project.h"
#include "statusprioritychart.h"
#include "tasklistpanel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskselection.h"
#include "timelinechart.h"
#include "trendchart.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Candor {

DashboardPage::DashboardPage(Project *project, TaskSelection *selection, TaskFilterModel *filter,
                             SnapshotRecorder *snapshots, ScheduleWatcher *schedules,
                             QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_selection(selection)
    , m_filter(filter)
    , m_metrics(new LiveMetrics(project, this))
    , m_completion(new CompletionChart(this))
    , m_timeline(new TimelineChart(this))
    , m_statusPriority(new StatusPriorityChart(this))
    , m_trend(new TrendChart(this))
    , m_snapshots(snapshots ? snapshots : new SnapshotRecorder(project, this))
    , m_schedules(schedules ? schedules : new ScheduleWatcher(project, this))
    , m_today(QDate::currentDate())
{
    m_metrics->setFilter(filter->filter());
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(8, 8, 8, 8);
    grid->setSpacing(8);

    m_completionView = new DashboardChartView(m_completion->chart(), content);
    m_timelineView = new DashboardChartView(m_timeline->chart(), content);
    m_statusPriorityView = new DashboardChartView(m_statusPriority->chart(), content);
    m_trendView = new DashboardChartView(m_trend->chart(), content);
    m_trendView->setMinimumHeight(220);
    auto *takeSnapshot = new QToolButton(content);
    takeSnapshot->setText(tr("Take Snapshot"));
    takeSnapshot->setToolTip(tr("Record today's completion in the history now"));
    connect(takeSnapshot, &QToolButton::clicked, this, &DashboardPage::takeSnapshot);
    m_honesty = new HonestyPanel(content);
    m_openP0 = new TaskListPanel(tr("No open P0 task."), content);
    m_measure = new QComboBox(content);
    m_measure->addItem(tr("Count"));
    m_measure->addItem(tr("Estimate (days)"));
    m_timelineView->setMinimumHeight(170);
    m_statusPriorityView->setMinimumHeight(220);

    // The completion bars and the honesty gap first, where the eye lands; then the timeline
    // and the open P0 tasks, then status × priority (and trends below).
    m_showInTable = new QToolButton(content);
    m_showInTable->setText(tr("Show Selection in Table"));
    m_showInTable->setToolTip(
        tr("Filter the table to the tasks selected here (click a bar, a cell or a milestone)"));
    m_showInTable->setEnabled(!selection->selected().isEmpty());
    connect(
        selection, &TaskSelection::changed, m_showInTable,
        [this](const QList<qint64> &selected) { m_showInTable->setEnabled(!selected.isEmpty()); });
    connect(m_showInTable, &QToolButton::clicked, this,
            [this]() { emit showInTableWanted(m_selection->selected()); });
    grid->addWidget(card(tr("Completion by component"), m_completionView, m_showInTable), 0, 0, 1,
                    2);
    grid->addWidget(card(tr("Honesty gap"), m_honesty), 0, 2);
    grid->addWidget(card(tr("Milestones"), m_timelineView), 1, 0, 1, 2);
    grid->addWidget(card(tr("Open P0 tasks"), m_openP0), 1, 2);
    grid->addWidget(card(tr("Status × priority"), m_statusPriorityView, m_measure), 2, 0, 1, 2);
    grid->addWidget(card(tr("Trends"), m_trendView, takeSnapshot), 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_metrics, &LiveMetrics::changed, this, &DashboardPage::scheduleRefresh);
    // The forecast is the workspace's, kept current on a worker after each change.
    connect(m_schedules, &ScheduleWatcher::forecastReady, this, [this]() {
        m_milestonesStale = true;
        scheduleRefresh();
    });
    connect(project, &Project::milestonesChanged, this, [this]() {
        m_milestonesStale = true;
        scheduleRefresh();
    });
    connect(filter, &TaskFilterModel::filterChanged, this,
            [this]() { m_metrics->setFilter(m_filter->filter()); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_statusPriority->setShowEstimates(index == 1);
        scheduleRefresh();
    });

    connect(m_completion, &CompletionChart::partClicked, this,
            [this](qint64 component, CompletionPart part) {
                select(m_metrics->tasksOf(component, part), tr("tasks in that segment"));
            });
    connect(m_statusPriority, &StatusPriorityChart::cellClicked, this,
            [this](Status status, Priority priority) {
                select(m_metrics->tasksOf(status, priority),
                       tr("%1 %2 tasks").arg(TaskEnums::label(priority), TaskEnums::label(status)));
            });
    connect(m_timeline, &TimelineChart::milestoneClicked, this, [this](qint64 id) {
        select(m_project->tasksOfMilestone(id), tr("tasks gating the milestone"));
    });
    connect(m_honesty, &HonestyPanel::tasksWanted, this,
            [this](const QList<qint64> &ids) { select(ids, tr("tasks")); });
    connect(m_honesty, &HonestyPanel::componentWanted, this, [this](qint64 component) {
        QList<qint64> ids;
        for (CompletionPart part :
             {CompletionPart::Verified, CompletionPart::ClaimedOnly, CompletionPart::Remaining})
            ids += m_metrics->tasksOf(component, part);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        select(ids, tr("tasks of the component"));
    });
    connect(m_openP0, &TaskListPanel::tasksWanted, this,
            [this](const QList<qint64> &ids) { select(ids, tr("open P0 tasks")); });
    connect(m_snapshots, &SnapshotRecorder::taken, this, [this]() {
        m_trendStale = true;
        scheduleRefresh();
    });
    connect(m_trend, &TrendChart::hovered, m_trendView, &DashboardChartView::showHover);
    connect(m_completion, &CompletionChart::hovered, m_completionView,
            &DashboardChartView::showHover);
    connect(m_timeline, &TimelineChart::hovered, m_timelineView, &DashboardChartView::showHover);
    connect(m_statusPriority, &StatusPriorityChart::hovered, m_statusPriorityView,
            &DashboardChartView::showHover);
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::card(const QString &title, QWidget *content, QWidget *corner)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto *heading = new QHBoxLayout;
    auto *label = new QLabel(title, frame);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    heading->addWidget(label, 1);
    if (corner)
        heading->addWidget(corner);
    layout->addLayout(heading);
    layout->addWidget(content, 1);
    if (content->sizePolicy().verticalPolicy() == QSizePolicy::Fixed)
        layout->addStretch(1); // a short list sits under its title, not in the middle
    return frame;
}

void DashboardPage::setToday(const QDate &today)
{
    m_today = today;
    m_schedules->setStart(today); // the forecast counts from the same day
    m_schedules->requestLater();
    scheduleRefresh();
}

void DashboardPage::scheduleRefresh()
{
    m_stale = true;
    if (m_pending || !isVisible())
        return; // shown later: showEvent refreshes
    m_pending = true;
    // Every change of this event-loop turn lands before the one repaint.
    QMetaObject::invokeMethod(
        this,
        [this]() {
            if (m_pending)
                refresh();
        },
        Qt::QueuedConnection);
}

void DashboardPage::refresh()
{
    m_pending = false;
    m_stale = false;
    ++m_refreshes;
    const ChartColours colours = ChartColours::from(palette(), font());
    m_completion->update(*m_metrics, colours);
    m_completionView->setMinimumHeight(90 + int(m_completion->rows().size()) *
                                                (fontMetrics().height() + 14));
    // Task edits leave the milestones alone: the timeline is redrawn only when they, the date
    // or the palette changed.
    if (m_milestonesStale || !(colours == m_timelineColours) || m_timelineDay != m_today) {
        m_timeline->update(m_project->milestones()->milestones(), m_today, colours,
                           m_schedules->forecast());
        m_milestonesStale = false;
        m_timelineColours = colours;
        m_timelineDay = m_today;
    }
    m_statusPriority->update(*m_metrics, colours);
    m_honesty->update(*m_metrics);
    if (m_trendStale || !(colours == m_trendColours)) {
        m_trend->update(m_snapshots->store().history(), colours); // a query: only when it changed
        m_trendStale = false;
        m_trendColours = colours;
    }
    m_openP0->setTasks(m_metrics->openP0(), *m_project->tasks());
    for (DashboardChartView *view :
         {m_completionView, m_timelineView, m_statusPriorityView, m_trendView}) {
        if (view->backgroundBrush().color() != colours.background)
            view->setBackgroundBrush(colours.background);
    }
}

void DashboardPage::takeSnapshot()
{
    const WriteResult result = m_snapshots->takeNow();
    emit message(result ? tr("Snapshot of today's completion taken.") : result.error());
}

void DashboardPage::select(const QList<qint64> &ids, const QString &what)
{
    m_selection->select(ids, ids.isEmpty() ? 0 : ids.first());
    emit message(tr("Selected %n %1", nullptr, int(ids.size())).arg(what));
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        scheduleRefresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace Candor
