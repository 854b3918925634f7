// SPDX-License-Identifier: MIT
#include "projectworkspace.h"

#include "board/boardpage.h"
#include "board/boardview.h"
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
    , m_filterBar(new FilterBar(project->components(), this))
    , m_stack(new QStackedWidget(this))
{
    m_table = new TaskTableView(project, m_filterModel, m_selection, m_stack);
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);

    connect(m_filterBar, &FilterBar::filterChanged, m_filterModel, &TaskFilterModel::setFilter);
    connect(m_table, &TaskTableView::message, this, &ProjectWorkspace::message);
    connect(m_table, &TaskTableView::contextMenuWanted, this, &ProjectWorkspace::contextMenuWanted);
}

ProjectWorkspace::~ProjectWorkspace()
{
    // An open cell editor commits when focus leaves it during destruction; its messages must
    // not reach this half-destroyed object.
    m_table->disconnect(this);
    if (m_board)
        m_board->disconnect(this);
}

BoardPage *ProjectWorkspace::board()
{
    if (!m_board) {
        m_board = new BoardPage(m_project, m_filterModel, m_selection, m_stack);
        m_stack->addWidget(m_board);
        connect(m_board, &BoardPage::message, this, &ProjectWorkspace::message);
        connect(m_board, &BoardPage::inspectorWanted, this, &ProjectWorkspace::inspectorWanted);
        connect(m_board, &BoardPage::contextMenuWanted, this, &ProjectWorkspace::contextMenuWanted);
    }
    return m_board;
}

void ProjectWorkspace::setCurrentView(View view)
{
    m_view = view;
    switch (view) {
    case View::Table:
        m_stack->setCurrentWidget(m_table);
        break;
    case View::Board:
        m_stack->setCurrentWidget(board());
        break;
    }
    m_stack->currentWidget()->setFocus();
    emit currentViewChanged(view);
}

QString ProjectWorkspace::viewName(View view)
{
    switch (view) {
    case View::Table:
        return QStringLiteral("table");
    case View::Board:
        return QStringLiteral("board");
    }
    return {};
}

QStringList ProjectWorkspace::viewNames()
{
    return {viewName(View::Table), viewName(View::Board)};
}

std::optional<ProjectWorkspace::View> ProjectWorkspace::viewFromName(const QString &name)
{
    for (View view : {View::Table, View::Board}) {
        if (name.compare(viewName(view), Qt::CaseInsensitive) == 0)
            return view;
    }
    return std::nullopt;
}

} // namespace Candor
