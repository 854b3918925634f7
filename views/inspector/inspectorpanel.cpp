// SPDX-License-Identifier: MIT
#include "inspectorpanel.h"

#include "checklisteditor.h"
#include "dependencyeditor.h"
#include "detailssection.h"
#include "estimatesection.h"
#include "graph/schedulewatcher.h"
#include "project/project.h"
#include "schedulesection.h"
#include "tasks/componentmodel.h"
#include "tasks/historymodel.h"
#include "tasks/taskmodel.h"
#include "verificationsection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Candor {

InspectorPanel::InspectorPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("No task selected"), m_stack))
    , m_scroll(new QScrollArea(m_stack))
    , m_content(new QWidget(m_scroll))
    , m_details(new DetailsSection(project, m_content))
    , m_estimate(new EstimateSection(project, m_content))
    , m_verification(new VerificationSection(project, m_content))
    , m_checklist(new ChecklistEditor(project, m_content))
    , m_dependencies(new DependencyEditor(project, m_content))
    , m_schedule(new ScheduleSection(project, m_content))
    , m_sections{m_details, m_estimate, m_verification, m_checklist, m_dependencies, m_schedule}
    , m_history(new HistoryModel(project, this))
    , m_historyView(new QTableView(m_content))
{
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setWordWrap(true);

    auto *column = new QVBoxLayout(m_content);
    for (TaskSection *section : std::as_const(m_sections))
        column->addWidget(section);

    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setSectionResizeMode(HistoryModel::When, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::From, QHeaderView::Stretch);
    header->setSectionResizeMode(HistoryModel::To, QHeaderView::Stretch);
    m_historyView->setMinimumHeight(m_historyView->verticalHeader()->defaultSectionSize() * 8);
    auto *history = new QGroupBox(tr("History"), m_content);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_historyView);
    column->addWidget(history);
    column->addStretch(1);

    m_scroll->setObjectName(QStringLiteral("scrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // A narrow dock (a small screen, a longer language, a width restored from last time)
    // reflows the fields first and scrolls only past that: it never cuts a field off.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setWidget(m_content);
    letNarrow(m_content);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connectProject();
    setTaskId(0);
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::letNarrow(QWidget *content)
{
    // Labels go above their fields when both do not fit side by side.
    for (QFormLayout *form : content->findChildren<QFormLayout *>())
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // A combo box is as wide as its longest item by default ("In Prüfung (Review)"): let it
    // shrink to a few characters and elide.
    for (QComboBox *combo : content->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(minimumComboCharacters);
    }
}

void InspectorPanel::setScheduleWatcher(ScheduleWatcher *watcher)
{
    connect(watcher, &ScheduleWatcher::scheduleReady, m_schedule, &ScheduleSection::setSchedule);
    connect(watcher, &ScheduleWatcher::forecastReady, m_schedule, &ScheduleSection::setForecast);
    m_schedule->setSchedule(watcher->schedule());
    m_schedule->setForecast(watcher->forecast());
}

void InspectorPanel::connectProject()
{
    TaskModel *tasks = m_project->tasks();
    connect(tasks, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A new schedule comes to the Schedule section from the watcher.
                if (!ScheduleColumns::contains(topLeft.column()))
                    taskRowsChanged(topLeft.row(), bottomRight.row());
            });
    // Before the rows go, while row numbers still name tasks: TaskModel renumbers its id index
    // only after its last rowsRemoved, so task(id) is not to be asked in between.
    connect(tasks, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { taskRowsRemoved(first, last); });
    connect(tasks, &QAbstractItemModel::modelReset, this, [this] { tasksReset(); });
    connect(m_project, &Project::dependenciesChanged, this, [this](qint64 taskId) {
        if (taskId == m_taskId)
            m_dependencies->refresh();
    });
    // The milestone list is rebuilt even with no task shown: it is the list the next task
    // shown is checked against (a project filled after it opened, as the demo is, showed none).
    connect(m_project, &Project::linksLoaded, this, [this] {
        m_details->rebuildMilestones();
        if (m_taskId != 0)
            m_dependencies->refresh();
    });
    connect(m_project, &Project::milestonesChanged, this, [this] {
        m_details->rebuildMilestones();
        if (m_taskId != 0)
            m_schedule->refresh(); // the milestones it gates
    });
    // The checklist and history models follow Project::checklistChanged and historyChanged
    // themselves; the checklist editor updates its count when its model reloads.
    ComponentModel *components = m_project->components();
    connect(components, &QAbstractItemModel::modelReset, this,
            [this] { m_details->rebuildComponents(); });
    connect(components, &QAbstractItemModel::rowsInserted, this,
            [this] { m_details->rebuildComponents(); });
    connect(components, &QAbstractItemModel::dataChanged, this,
            [this] { m_details->rebuildComponents(); });
}

void InspectorPanel::setTaskId(qint64 taskId)
{
    if (taskId != 0 && !m_project->tasks()->task(taskId))
        taskId = 0;
    m_taskId = taskId;
    for (TaskSection *section : std::as_const(m_sections))
        section->setTaskId(taskId);
    m_history->setTaskId(taskId);
    m_stack->setCurrentIndex(taskId == 0 ? 0 : 1);
}

void InspectorPanel::refreshFields()
{
    m_details->refresh();
    m_estimate->refresh();
    m_verification->refresh();
}

void InspectorPanel::taskRowsChanged(int first, int last)
{
    if (m_taskId == 0)
        return;
    const TaskModel *tasks = m_project->tasks();
    const int row = tasks->rowOf(m_taskId);
    if (row >= first && row <= last)
        refreshFields();
    // A key, title or status shown in a dependency list may have changed.
    for (int changed = first; changed <= last; ++changed) {
        if (m_dependencies->shows(tasks->taskAt(changed).id)) {
            m_dependencies->refresh();
            break;
        }
    }
}

void InspectorPanel::taskRowsRemoved(int first, int last)
{
    const TaskModel *tasks = m_project->tasks();
    for (int row = first; row <= last && m_taskId != 0; ++row) {
        if (tasks->taskAt(row).id == m_taskId)
            setTaskId(0); // deleted: nothing to show
    }
    // Dependencies on removed tasks are gone too; Project::dependenciesChanged tells of that.
}

void InspectorPanel::tasksReset()
{
    if (m_taskId == 0)
        return;
    if (!m_project->tasks()->task(m_taskId)) {
        setTaskId(0);
        return;
    }
    refreshFields();
    m_dependencies->refresh();
}

} // namespace Candor
