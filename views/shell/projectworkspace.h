// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QWidget>

class QStackedWidget;

namespace Candor {

class BoardPage;
class FilterBar;
class Project;
class ScheduleWatcher;
class SnapshotRecorder;
class TaskFilterModel;
class TaskSelection;
class TaskTableView;

// Everything the main window shows of one open project: the pages of the PageRegistry (table,
// board, ...) over one filter, one shared task selection and one schedule. A page is made when
// first shown, so that opening a large project pays only for the table.
class ProjectWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectWorkspace)
public:
    static inline const QString tablePage = QStringLiteral("table");
    static inline const QString boardPage = QStringLiteral("board");

    ProjectWorkspace(Project *project, QWidget *parent = nullptr);
    ~ProjectWorkspace() override;

    Project *project() const { return m_project; }
    TaskSelection *selection() const { return m_selection; }
    TaskFilterModel *filterModel() const { return m_filterModel; }
    FilterBar *filterBar() const { return m_filterBar; }
    // Takes the daily completion snapshot after the first change of a day, whichever page is open.
    SnapshotRecorder *snapshots() const { return m_snapshots; }
    // The project's schedule and forecast, kept current for every page and the inspector.
    ScheduleWatcher *scheduleWatcher() const { return m_scheduleWatcher; }

    // Shows the table with only these tasks (the tasks behind a dashboard bar); the filter bar
    // offers to lift it.
    void showOnlyInTable(const QList<qint64> &taskIds);

    // The page of that name (see PageRegistry), made on first use; null for an unknown name.
    QWidget *page(const QString &name);
    QString currentPage() const { return m_current; }
    // Shows the page and gives it the focus; false for an unknown name.
    bool setCurrentPage(const QString &name);

    // The two pages the shell and the tests reach into.
    TaskTableView *table();
    BoardPage *board();

signals:
    void message(const QString &text);
    void contextMenuWanted(const QPoint &globalPos);
    void inspectorWanted();
    void currentPageChanged(const QString &name);

private:
    Project *m_project;
    TaskSelection *m_selection;
    TaskFilterModel *m_filterModel;
    SnapshotRecorder *m_snapshots;
    FilterBar *m_filterBar;
    ScheduleWatcher *m_scheduleWatcher;
    QStackedWidget *m_stack;
    QHash<QString, QWidget *> m_pages;
    QString m_current;
};

} // namespace Candor
