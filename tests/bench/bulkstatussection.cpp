// SPDX-License-Identifier: MIT
// The `bulk` section: one undo step that changes many tasks, made from a table selection, with
// the board open; what it costs the models, the board and the table up to the next frame.
#include "benchproject.h"
#include "benchsection.h"
#include "board/boardmodel.h"
#include "board/boardpage.h"
#include "commands/settaskfieldcommand.h"
#include "measures.h"
#include "project/project.h"
#include "shell/projectworkspace.h"
#include "tasks/taskfilter.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QUndoStack>

namespace CandorBench {

namespace {

using namespace Candor;

// A bulk status change as the table makes it (Status menu on a selection): 10k tasks selected,
// their status set to In Review in one undo step, and that step undone; each timed up to a
// rendered frame of the whole workspace (grab), with the board shown and, apart, with the
// table shown and the board made but hidden. Needs a project of 10k tasks or more; the
// selection is spread evenly over the table's rows.
QJsonObject bulkStatusFigures(BenchProject &opened)
{
    Project &project = *opened.project;
    ProjectWorkspace &workspace = *opened.workspace;
    QJsonObject result;
    constexpr int selectedCount = 10000;
    const TaskModel *tasks = project.tasks();
    if (tasks->rowCount() < selectedCount)
        return result;
    workspace.filterModel()->sort(-1);
    workspace.filterModel()->setFilter(TaskFilter{});
    QList<qint64> ids;
    ids.reserve(selectedCount);
    const int stride = tasks->rowCount() / selectedCount;
    for (int i = 0; i < selectedCount; ++i)
        ids.append(tasks->taskAt(i * stride).id);
    QHash<qint64, Status> before;
    for (qint64 id : std::as_const(ids))
        before.insert(id, tasks->task(id)->status);
    const int changing = int(std::count_if(
        ids.cbegin(), ids.cend(), [&](qint64 id) { return before.value(id) != Status::Review; }));
    result.insert(QStringLiteral("bulk_status_10k_tasks_changed"), changing);

    workspace.setCurrentPage(ProjectWorkspace::boardPage); // made now, if not yet
    BoardModel *board = workspace.board()->model();
    if (board->swimlanes() != Swimlanes::None)
        board->setSwimlanes(Swimlanes::None);
    int misplaced = 0; // on the board, not in the column of the status the task has
    const auto checkBoard = [&](bool changed) {
        for (qint64 id : std::as_const(ids)) {
            const Status expected = changed ? Status::Review : before.value(id);
            if (tasks->task(id)->status != expected ||
                board->positionOf(id).column != int(expected))
                ++misplaced;
        }
    };
    const auto frame = [&workspace]() { paintWorkspace(workspace); };
    QList<double> applies; // the push alone, of every run
    // True when the run was quick enough to repeat.
    const auto run = [&](const QString &shown, QList<double> &changes, QList<double> &undos) {
        workspace.setCurrentPage(shown);
        workspace.selection()->select(ids, ids.first()); // as selecting in the table does
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        frame();
        QElapsedTimer t;
        t.start();
        project.undoStack()->push(new SetTaskFieldCommand(
            &project, TaskField::Status, ids, QVariantList(ids.size(), int(Status::Review))));
        applies.append(milliseconds(t)); // written and the models told; not yet painted
        frame();
        changes.append(milliseconds(t));
        checkBoard(true);
        t.restart();
        project.undoStack()->undo();
        frame();
        undos.append(milliseconds(t));
        checkBoard(false);
        workspace.selection()->clear();
        return changes.last() + undos.last() < 2000;
    };
    const auto middle = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    QList<double> changes;
    QList<double> undos;
    QList<double> tableChanges;
    QList<double> tableUndos;
    // The median of three runs each; of one when a run takes seconds.
    for (int i = 0; i < 3 && run(ProjectWorkspace::tablePage, tableChanges, tableUndos); ++i) {
    }
    for (int i = 0; i < 3 && run(ProjectWorkspace::boardPage, changes, undos); ++i) {
    }
    result.insert(QStringLiteral("bulk_status_10k_ms"), middle(changes));
    result.insert(QStringLiteral("bulk_status_10k_undo_ms"), middle(undos));
    result.insert(QStringLiteral("bulk_status_10k_table_shown_ms"), middle(tableChanges));
    result.insert(QStringLiteral("bulk_status_10k_table_shown_undo_ms"), middle(tableUndos));
    result.insert(QStringLiteral("bulk_status_10k_apply_ms"), middle(applies));
    result.insert(QStringLiteral("bulk_status_10k_misplaced"), misplaced);
    result.insert(QStringLiteral("bulk_status_10k_runs"), int(changes.size()));
    workspace.setCurrentPage(ProjectWorkspace::tablePage);
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("bulk"), 30, QStringLiteral("bulk"), nullptr, &bulkStatusFigures, nullptr}};

} // namespace

} // namespace CandorBench
