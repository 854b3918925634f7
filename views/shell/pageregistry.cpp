// SPDX-License-Identifier: MIT
#include "pageregistry.h"

#include "board/boardpage.h"
#include "dashboard/dashboardpage.h"
#include "graph/graphpage.h"
#include "graph/schedulewatcher.h"
#include "projectworkspace.h"
#include "table/tasktableview.h"

#include <QCoreApplication>

namespace Candor {

namespace {

QWidget *tablePage(ProjectWorkspace *workspace)
{
    auto *table =
        new TaskTableView(workspace->project(), workspace->filterModel(), workspace->selection());
    QObject::connect(table, &TaskTableView::message, workspace, &ProjectWorkspace::message);
    QObject::connect(table, &TaskTableView::contextMenuWanted, workspace,
                     &ProjectWorkspace::contextMenuWanted);
    return table;
}

QWidget *boardPage(ProjectWorkspace *workspace)
{
    auto *board =
        new BoardPage(workspace->project(), workspace->filterModel(), workspace->selection());
    QObject::connect(board, &BoardPage::message, workspace, &ProjectWorkspace::message);
    QObject::connect(board, &BoardPage::inspectorWanted, workspace,
                     &ProjectWorkspace::inspectorWanted);
    QObject::connect(board, &BoardPage::contextMenuWanted, workspace,
                     &ProjectWorkspace::contextMenuWanted);
    return board;
}

QWidget *graphPage(ProjectWorkspace *workspace)
{
    auto *graph =
        new GraphPage(workspace->project(), workspace->selection(), workspace->filterModel());
    QObject::connect(graph, &GraphPage::message, workspace, &ProjectWorkspace::message);
    QObject::connect(graph, &GraphPage::inspectorWanted, workspace,
                     &ProjectWorkspace::inspectorWanted);
    ScheduleWatcher *schedule = workspace->scheduleWatcher();
    QObject::connect(schedule, &ScheduleWatcher::scheduleReady, graph, &GraphPage::setSchedule);
    if (schedule->schedule())
        graph->setSchedule(schedule->schedule());
    return graph;
}

QWidget *dashboardPage(ProjectWorkspace *workspace)
{
    auto *dashboard =
        new DashboardPage(workspace->project(), workspace->selection(), workspace->filterModel(),
                          workspace->snapshots(), workspace->scheduleWatcher());
    QObject::connect(dashboard, &DashboardPage::message, workspace, &ProjectWorkspace::message);
    QObject::connect(dashboard, &DashboardPage::showInTableWanted, workspace,
                     &ProjectWorkspace::showOnlyInTable);
    return dashboard;
}

} // namespace

PageRegistry::PageRegistry()
{
    add({QStringLiteral("table"), QT_TRANSLATE_NOOP("Candor::PageRegistry", "&Table"),
         QKeySequence(Qt::CTRL | Qt::Key_1), tablePage});
    add({QStringLiteral("board"), QT_TRANSLATE_NOOP("Candor::PageRegistry", "&Board"),
         QKeySequence(Qt::CTRL | Qt::Key_2), boardPage});
    add({QStringLiteral("graph"), QT_TRANSLATE_NOOP("Candor::PageRegistry", "&Graph"),
         QKeySequence(Qt::CTRL | Qt::Key_3), graphPage});
    add({QStringLiteral("dashboard"), QT_TRANSLATE_NOOP("Candor::PageRegistry", "&Dashboard"),
         QKeySequence(Qt::CTRL | Qt::Key_4), dashboardPage});
}

const PageRegistry &PageRegistry::instance()
{
    static const PageRegistry registry;
    return registry;
}

const PageType *PageRegistry::find(const QString &name) const
{
    for (const PageType &page : m_pages) {
        if (page.name.compare(name, Qt::CaseInsensitive) == 0)
            return &page;
    }
    return nullptr;
}

QStringList PageRegistry::names() const
{
    QStringList names;
    for (const PageType &page : m_pages)
        names << page.name;
    return names;
}

QString PageRegistry::title(const PageType &page)
{
    return QCoreApplication::translate("Candor::PageRegistry", page.title).remove(QLatin1Char('&'));
}

} // namespace Candor
