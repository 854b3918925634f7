// SPDX-License-Identifier: MIT
#include "projectworkspace.h"

#include "board/boardpage.h"
#include "graph/schedulewatcher.h"
#include "metrics/snapshotrecorder.h"
#include "pageregistry.h"
#include "project/project.h"
#include "table/filterbar.h"
#include "table/tasktableview.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskselection.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace Candor {

ProjectWorkspace::ProjectWorkspace(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_selection(new TaskSelection(this))
    , m_filterModel(new TaskFilterModel(project->tasks(), this))
    , m_snapshots(new SnapshotRecorder(project, this))
    , m_filterBar(new FilterBar(project->components(), this))
    , m_scheduleWatcher(new ScheduleWatcher(project, this))
    , m_stack(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
    connect(m_filterBar, &FilterBar::filterChanged, m_filterModel, &TaskFilterModel::setFilter);
    setCurrentPage(tablePage);
}

ProjectWorkspace::~ProjectWorkspace()
{
    // An open cell editor commits when focus leaves it during destruction; its messages must
    // not reach this half-destroyed object.
    for (QWidget *page : std::as_const(m_pages))
        page->disconnect(this);
}

void ProjectWorkspace::showOnlyInTable(const QList<qint64> &taskIds)
{
    m_filterBar->showOnly(taskIds);
    setCurrentPage(tablePage);
}

QWidget *ProjectWorkspace::page(const QString &name)
{
    const PageType *type = PageRegistry::instance().find(name);
    if (!type)
        return nullptr;
    QWidget *&page = m_pages[type->name];
    if (!page) {
        page = type->create(this);
        page->setObjectName(type->name + QStringLiteral("Page"));
        m_stack->addWidget(page);
    }
    return page;
}

bool ProjectWorkspace::setCurrentPage(const QString &name)
{
    QWidget *shown = page(name);
    if (!shown)
        return false;
    m_current = PageRegistry::instance().find(name)->name;
    m_stack->setCurrentWidget(shown);
    shown->setFocus();
    emit currentPageChanged(m_current);
    return true;
}

TaskTableView *ProjectWorkspace::table()
{
    return qobject_cast<TaskTableView *>(page(tablePage));
}

BoardPage *ProjectWorkspace::board()
{
    return qobject_cast<BoardPage *>(page(boardPage));
}

} // namespace Candor
