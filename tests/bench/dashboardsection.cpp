// SPDX-License-Identifier: MIT
// The `dashboard` section: the Dashboard page over the fully loaded project: made and painted
// as the workspace makes it when first shown (its figures counted from every task once), then
// single-task edits and their undo, each timed up to a painted dashboard; with a check that
// the live figures equal a count from scratch afterwards.
#include "benchproject.h"
#include "benchsection.h"
#include "commands/settaskfieldcommand.h"
#include "dashboard/dashboardpage.h"
#include "measures.h"
#include "metrics/livemetrics.h"
#include "metrics/projectmetrics.h"
#include "project/project.h"
#include "shell/projectworkspace.h"
#include "tasks/taskfilter.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QUndoStack>

namespace CandorBench {

namespace {

using namespace Candor;

const QString dashboardPage = QStringLiteral("dashboard");

// What a frame of the page costs: every chart and list rendered.
void paintDashboard(QWidget *page)
{
    const QPixmap frame = page->grab();
    Q_UNUSED(frame)
}

QJsonObject dashboardFigures(BenchProject &opened)
{
    Project &project = *opened.project;
    ProjectWorkspace &workspace = *opened.workspace;
    QJsonObject result;
    workspace.filterModel()->setFilter(TaskFilter{});

    const double residentBefore = residentMegabytes();
    QElapsedTimer timer;
    timer.start();
    workspace.setCurrentPage(dashboardPage);
    auto *page = qobject_cast<DashboardPage *>(workspace.page(dashboardPage));
    if (!page) {
        result.insert(QStringLiteral("dashboard_error"), QStringLiteral("no dashboard page"));
        return result;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    paintDashboard(page);
    result.insert(QStringLiteral("dashboard_first_paint_ms"), milliseconds(timer));
    result.insert(QStringLiteral("dashboard_memory_mb"), residentMegabytes() - residentBefore);
    // Of the first paint, what counting every task once costs (the rest is making the charts).
    result.insert(QStringLiteral("dashboard_count_ms"), median(3, [&]() {
                      QElapsedTimer t;
                      t.start();
                      const LiveMetrics counted(&project);
                      return milliseconds(t);
                  }));
    result.insert(QStringLiteral("dashboard_paint_ms"), median(3, [&]() {
                      QElapsedTimer t;
                      t.start();
                      paintDashboard(page);
                      return milliseconds(t);
                  }));

    // One task's status (or progress) at a time, spread over the table, each up to the frame
    // that shows it: the write, the models, the dashboard's batched refresh and its paint.
    const TaskModel *tasks = project.tasks();
    QList<double> edits;
    QList<double> refreshes;
    QList<double> writes; // the command: file, models and their listeners, before any repaint
    constexpr int editCount = 15;
    for (int i = 0; i < editCount && tasks->rowCount() > 0; ++i) {
        const Task &task = tasks->taskAt(int(qint64(tasks->rowCount() - 1) * i / editCount));
        auto *command =
            i % 2 == 0 ? new SetTaskFieldCommand(
                             &project, TaskField::Status, {task.id},
                             {int(task.status == Status::Done ? Status::Review : Status::Done)})
                       : new SetTaskFieldCommand(&project, TaskField::Progress, {task.id},
                                                 {(task.progress + 37) % 101});
        QElapsedTimer t;
        t.start();
        project.undoStack()->push(command);
        writes.append(milliseconds(t));
        QElapsedTimer refresh;
        refresh.start();
        QCoreApplication::processEvents(); // the one refresh of this turn
        refreshes.append(milliseconds(refresh));
        paintDashboard(page);
        edits.append(milliseconds(t));
    }
    result.insert(QStringLiteral("dashboard_edit_ms"), medianAndWorst(edits));
    result.insert(QStringLiteral("dashboard_refresh_ms"), medianAndWorst(refreshes));
    result.insert(QStringLiteral("dashboard_edit_write_ms"), medianAndWorst(writes));
    QList<double> undos;
    for (int i = 0; i < edits.size(); ++i) {
        QElapsedTimer t;
        t.start();
        project.undoStack()->undo();
        QCoreApplication::processEvents();
        paintDashboard(page);
        undos.append(milliseconds(t));
    }
    result.insert(QStringLiteral("dashboard_undo_ms"), medianAndWorst(undos));
    // The running sums after all that, against a count from scratch.
    const CompletionFigures scratch = ProjectMetrics::overall(project);
    const CompletionTally &live = page->metrics()->overall();
    result.insert(QStringLiteral("dashboard_figures_match"),
                  live.tasks == scratch.tasks &&
                      qAbs(live.claimedPercent() - scratch.claimedPercent) < 1e-6 &&
                      qAbs(live.verifiedPercent() - scratch.verifiedPercent) < 1e-6);
    workspace.setCurrentPage(ProjectWorkspace::tablePage);
    return result;
}

const BenchRegistration registration{{QStringLiteral("dashboard"), 25, QStringLiteral("dashboard"),
                                      nullptr, &dashboardFigures, nullptr}};

} // namespace

} // namespace CandorBench
