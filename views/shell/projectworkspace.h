// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

class QStackedWidget;

namespace Candor {

class BoardPage;
class FilterBar;
class Project;
class TaskFilterModel;
class TaskSelection;
class TaskTableView;

// Everything the main window shows of one open project: the views (table and board; the graph
// and dashboard plug in here) over one filter and one shared task selection. The board is made
// when first shown, so that opening a large project pays only for the table.
class ProjectWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectWorkspace)
public:
    enum class View { Table, Board };

    ProjectWorkspace(Project *project, QWidget *parent = nullptr);
    ~ProjectWorkspace() override;

    Project *project() const { return m_project; }
    TaskSelection *selection() const { return m_selection; }
    TaskFilterModel *filterModel() const { return m_filterModel; }
    FilterBar *filterBar() const { return m_filterBar; }
    TaskTableView *table() const { return m_table; }
    BoardPage *board(); // made on first use

    View currentView() const { return m_view; }
    void setCurrentView(View view);
    static QString viewName(View view); // "table", "board": as the command line names them
    static QStringList viewNames();
    static std::optional<View> viewFromName(const QString &name);

signals:
    void message(const QString &text);
    void contextMenuWanted(const QPoint &globalPos);
    void inspectorWanted();
    void currentViewChanged(ProjectWorkspace::View view);

private:
    Project *m_project;
    TaskSelection *m_selection;
    TaskFilterModel *m_filterModel;
    FilterBar *m_filterBar;
    TaskTableView *m_table;
    BoardPage *m_board = nullptr;
    QStackedWidget *m_stack;
    View m_view = View::Table;
};

} // namespace Candor
