// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graphlayoutscope.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace Candor {

class GraphPageBar;
class GraphScene;
class GraphView;
class Project;
struct Schedule;
class TaskFilterModel;
class TaskSelection;

// The Graph view of the workspace: the dependency graph drawn left to right (LayeredLayout),
// with a bar for the focus (all, upstream or downstream of the selection, critical path only,
// unfinished only), zoom (fit Ctrl+0, 100% Ctrl+1) and export (SVG, PNG). Shares the filter
// and the selection with the other views; every edit goes through the undo stack and is
// relaid stably, keeping zoom and position. Past maxDrawnTasks it draws nothing and offers the
// focus modes instead, so that a 100k-task project stays responsive.
class GraphPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPage)
public:
    using Focus = GraphLayoutScope::Focus;
    static constexpr int maxDrawnTasks = 3000;

    GraphPage(Project *project, TaskSelection *selection, TaskFilterModel *filter,
              QWidget *parent = nullptr);
    ~GraphPage() override;

    GraphView *view() const { return m_view; }
    GraphScene *scene() const { return m_scene; }
    QComboBox *focusChooser() const { return m_focusChooser; }
    QAction *fitAction() const { return m_fitAction; }
    QAction *actualSizeAction() const { return m_actualSizeAction; }
    QAction *exportSvgAction() const { return m_exportSvgAction; }
    QAction *exportPngAction() const { return m_exportPngAction; }

    Focus focusMode() const { return m_scope.focus(); }
    void setFocusMode(Focus focus);
    // The last schedule (ScheduleWatcher): its critical tasks and the edges of its critical
    // chains stand out, restyled in place (relaid out only in the critical-path focus).
    void setSchedule(std::shared_ptr<const Schedule> schedule);
    const Schedule *schedule() const { return m_schedule.get(); }
    // The tasks on the critical path; their nodes stand out.
    void setCritical(const QSet<qint64> &tasks);
    const QSet<qint64> &critical() const { return m_scope.critical(); }
    // Lays out now (otherwise edits relayout on the next event-loop turn, when shown).
    void relayout();
    // What is shown instead of the graph (too many tasks, nothing selected...); empty if none.
    QString notice() const;

    // The drawing as shown (without the selection), for File ▸ Export Graph.
    bool exportSvg(const QString &path, QString *error = nullptr);
    bool exportPng(const QString &path, QString *error = nullptr);

signals:
    void message(const QString &text);
    void inspectorWanted();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeNoticePanel();
    void scheduleRelayout();
    void showNotice(const QString &text, bool offerFocus);
    void connectTasks(qint64 from, qint64 to);
    void removeSelectedEdges();
    void sceneSelectionChanged();
    void followSelection();
    void chooseExportFile(bool svg);
    QAction *shortcutFor(const QKeyEvent *event) const;

    Project *m_project;
    TaskSelection *m_selection;
    TaskFilterModel *m_filter;
    GraphLayoutScope m_scope;
    std::shared_ptr<const Schedule> m_schedule;
    GraphScene *m_scene;
    GraphView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_notice;
    QWidget *m_focusButtons = nullptr;
    GraphPageBar *m_bar;
    QComboBox *m_focusChooser;
    QAction *m_fitAction;
    QAction *m_actualSizeAction;
    QAction *m_exportSvgAction;
    QAction *m_exportPngAction;
    QTimer *m_relayoutTimer;
    bool m_stale = true;
    bool m_fitPending = true; // the first drawing and a new focus are shown whole
    bool m_syncing = false;
};

} // namespace Candor
