// SPDX-License-Identifier: MIT
// The `table` section: opening a project to a painted table, the complete read the command
// line does, sorting, the text filter, one edit and its undo, and memory.
#include "benchproject.h"
#include "benchsection.h"
#include "commands/settaskfieldcommand.h"
#include "core/taskfield.h"
#include "measures.h"
#include "project/project.h"
#include "shell/projectworkspace.h"
#include "tasks/taskfilter.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"

#include <QElapsedTimer>
#include <QUndoStack>

namespace CandorBench {

namespace {

using namespace Candor;

// A complete, synchronous read (what the command line does), for reference; before the GUI's
// open, so that the peak memory measured after is the GUI's.
QJsonObject completeRead(const QString &path)
{
    QElapsedTimer complete;
    complete.start();
    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.takeLock = false;
    OpenError ignored;
    const std::unique_ptr<Project> whole = Project::open(path, readOnly, &ignored);
    return {{QStringLiteral("complete_read_ms"), milliseconds(complete)}};
}

QJsonObject tableFigures(BenchProject &opened)
{
    Project *project = opened.project.get();
    ProjectWorkspace &workspace = *opened.workspace;
    QJsonObject result;
    result.insert(QStringLiteral("open_to_first_paint_ms"), opened.openToFirstPaintMs);
    result.insert(QStringLiteral("full_fetch_ms"), opened.fullFetchMs);
    result.insert(QStringLiteral("table_paint_ms"), median(3, [&]() {
                      QElapsedTimer t;
                      t.start();
                      paintTable(workspace);
                      return milliseconds(t);
                  }));
    TaskModel *tasks = project->tasks();
    result.insert(QStringLiteral("rows_after_full_fetch"), tasks->rowCount());

    TaskFilterModel *view = workspace.filterModel();
    QElapsedTimer timer;
    timer.start();
    qsizetype characters = 0;
    for (int row = 0; row < tasks->rowCount(); ++row) {
        for (int column = 0; column < TaskColumnCount; ++column)
            characters += tasks->data(tasks->index(row, column)).toString().size();
    }
    result.insert(QStringLiteral("display_scan_all_cells_ms"), milliseconds(timer));
    Q_UNUSED(characters)

    const int priority = column(TaskField::Priority);
    result.insert(QStringLiteral("sort_priority_ms"), median(3, [&]() {
                      view->sort(-1);
                      QElapsedTimer t;
                      t.start();
                      view->sort(priority, Qt::AscendingOrder);
                      paintTable(workspace);
                      return milliseconds(t);
                  }));

    result.insert(QStringLiteral("text_filter_ms"), median(3, [&]() {
                      view->setFilter(TaskFilter{});
                      TaskFilter filter;
                      filter.setText(QStringLiteral("backup"));
                      QElapsedTimer t;
                      t.start();
                      view->setFilter(filter);
                      paintTable(workspace);
                      return milliseconds(t);
                  }));
    result.insert(QStringLiteral("text_filter_matches"), view->rowCount());
    view->setFilter(TaskFilter{});

    // One edit and its undo, with the table sorted by priority (the edit moves the row).
    const qint64 id = tasks->taskAt(tasks->rowCount() / 2).id;
    const int before = int(tasks->task(id)->priority);
    const int after = before == 0 ? 3 : 0;
    QList<double> edits;
    QList<double> undos;
    QList<double> writes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        project->undoStack()->push(
            new SetTaskFieldCommand(project, TaskField::Priority, {id}, {after}));
        writes.append(milliseconds(t));
        paintTable(workspace);
        edits.append(milliseconds(t));
        t.restart();
        project->undoStack()->undo();
        undos.append(milliseconds(t));
        paintTable(workspace);
    }
    std::sort(edits.begin(), edits.end());
    std::sort(undos.begin(), undos.end());
    std::sort(writes.begin(), writes.end());
    result.insert(QStringLiteral("edit_and_repaint_ms"), edits.at(2));
    result.insert(QStringLiteral("edit_ms"), writes.at(2));
    result.insert(QStringLiteral("undo_ms"), undos.at(2));

    result.insert(QStringLiteral("peak_rss_mb"), peakMegabytes());
    result.insert(QStringLiteral("rss_growth_mb"), peakMegabytes() - opened.peakBeforeOpenMb);
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("table"), 10, QString(), &completeRead, &tableFigures, nullptr}};

} // namespace

} // namespace CandorBench
