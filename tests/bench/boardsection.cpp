// SPDX-License-Identifier: MIT
// The `board` section: the Kanban board over the fully loaded project, without swimlanes: made
// as the workspace makes it when first shown, cards dropped one at a time into other columns
// (and into one used-up rank gap), undone, swimlanes switched, and columns scrolled frame by
// frame; with checks that every dropped card is where it was dropped.
#include "benchproject.h"
#include "benchsection.h"
#include "board/boardmodel.h"
#include "board/boardpage.h"
#include "board/boardview.h"
#include "database/projectdatabase.h"
#include "measures.h"
#include "project/project.h"
#include "shell/projectworkspace.h"
#include "tasks/taskfilter.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QPixmap>
#include <QScrollBar>
#include <QSqlQuery>
#include <QUndoStack>

#include <climits>

namespace CandorBench {

namespace {

using namespace Candor;

// Cards of a cell out of rank order, over the whole board: a correctness check after moves.
int cardsOutOfOrder(const BoardModel &model, const TaskModel &tasks)
{
    int wrong = 0;
    for (int lane = 0; lane < model.laneCount(); ++lane) {
        for (int column = 0; column < BoardModel::ColumnCount; ++column) {
            const QList<qint64> &cards = model.cards(lane, column);
            for (qsizetype i = 1; i < cards.size(); ++i) {
                const double before = tasks.task(cards.at(i - 1))->rank;
                const double after = tasks.task(cards.at(i))->rank;
                if (before > after || (before == after && cards.at(i - 1) > cards.at(i)))
                    ++wrong;
            }
        }
    }
    return wrong;
}

// The Kanban board over the fully loaded project, without swimlanes: made as the workspace
// makes it when first shown, one card dropped at a time into another column, and one column
// scrolled frame by frame.
QJsonObject boardFigures(BenchProject &opened)
{
    Project &project = *opened.project;
    ProjectWorkspace &workspace = *opened.workspace;
    QJsonObject result;
    workspace.filterModel()->sort(-1);
    workspace.filterModel()->setFilter(TaskFilter{});
    workspace.selection()->clear();

    // First paint: from making the board to a rendered frame of it.
    const double residentBefore = residentMegabytes();
    QElapsedTimer timer;
    timer.start();
    workspace.setCurrentPage(ProjectWorkspace::boardPage);
    BoardPage *page = workspace.board();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // lay out the new page
    BoardView *view = page->view();
    {
        const QPixmap first = view->grab();
        Q_UNUSED(first)
    }
    result.insert(QStringLiteral("board_first_paint_ms"), milliseconds(timer));
    result.insert(QStringLiteral("board_memory_mb"), residentMegabytes() - residentBefore);
    result.insert(
        QStringLiteral("board_viewport"),
        QStringLiteral("%1x%2").arg(view->viewport()->width()).arg(view->viewport()->height()));
    BoardModel *model = page->model();
    if (model->swimlanes() != Swimlanes::None) // a saved choice of an earlier run
        model->setSwimlanes(Swimlanes::None);
    // Into Done ahead of unfinished dependencies: as if the user confirmed the question.
    model->setDoneConfirmer([](const QStringList &) { return true; });
    QJsonArray columnCards;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        columnCards.append(int(model->cards(0, column).size()));
    result.insert(QStringLiteral("board_column_cards"), columnCards);

    QImage frame;
    paintBoard(view, frame);
    result.insert(QStringLiteral("board_paint_ms"), median(3, [&]() {
                      QElapsedTimer t;
                      t.start();
                      paintBoard(view, frame);
                      return milliseconds(t);
                  }));

    // Drops: a card visible at some depth of one column to the rows in view of another, with
    // the card selected first (as pressing on it does), each followed by a frame.
    QScrollBar *vertical = view->verticalScrollBar();
    const BoardGeometry &geometry = view->geometry();
    QList<double> drops;
    QList<double> writes;
    QList<double> undos;
    int misplaced = 0; // not where it was dropped, in the models or in the file
    QSqlQuery stored(project.database().connection());
    stored.prepare(QStringLiteral("SELECT status, rank FROM task WHERE id = ?"));
    const auto inFile = [&](qint64 id, Status status) {
        stored.addBindValue(id);
        const bool found = stored.exec() && stored.next() &&
                           stored.value(0).toString() == TaskEnums::token(status) &&
                           stored.value(1).toDouble() == project.tasks()->task(id)->rank;
        stored.finish();
        return found;
    };
    qsizetype mostFieldsWritten = 0;
    constexpr int dropCount = 21;
    for (int i = 0; i < dropCount; ++i) {
        const int source = i % BoardModel::ColumnCount;
        const int target = (source + 1 + i % 3) % BoardModel::ColumnCount;
        const int rows =
            int(std::min(model->cards(0, source).size(), model->cards(0, target).size()));
        if (rows < 8)
            continue;
        const int depth = int(qint64(rows - 8) * ((i * 7) % dropCount) / dropCount);
        vertical->setValue(geometry.cardRect(0, source, depth).top());
        paintBoard(view, frame);
        const qint64 id = model->cards(0, source).at(depth + 2);
        workspace.selection()->select({id}, id);
        const int row = depth + 4;
        for (const TaskFieldChange &change : model->planMove({id}, 0, target, row))
            mostFieldsWritten = std::max(mostFieldsWritten, change.ids.size());

        QElapsedTimer t;
        t.start();
        const bool moved = model->moveCards({id}, 0, target, row);
        writes.append(milliseconds(t));
        paintBoard(view, frame);
        drops.append(milliseconds(t));
        const BoardModel::Position at = model->positionOf(id);
        if (!moved || at.column != target || at.row != row ||
            !inFile(id, BoardModel::columnStatus(target)))
            ++misplaced;
    }
    result.insert(QStringLiteral("board_drop_ms"), medianAndWorst(drops));
    result.insert(QStringLiteral("board_drop_without_repaint_ms"), medianAndWorst(writes));
    result.insert(QStringLiteral("board_drop_most_tasks_written"), int(mostFieldsWritten));
    for (int i = 0; i < drops.size(); ++i) {
        QElapsedTimer t;
        t.start();
        project.undoStack()->undo();
        paintBoard(view, frame);
        undos.append(milliseconds(t));
    }
    result.insert(QStringLiteral("board_undo_drop_ms"), medianAndWorst(undos));

    // The worst drop: into the middle of the longest column (Todo), always at the same row, so
    // that each card halves the gap between two ranks until the gap is used up (~30 drops) and
    // the whole column is renumbered, every task of that status written.
    {
        const int column = int(Status::Todo);
        const int row = int(model->cards(0, column).size() / 2);
        const int from = int(Status::Done);
        vertical->setValue(geometry.cardRect(0, column, row).top() - vertical->pageStep() / 2);
        QList<double> sameGap;
        int pushed = 0;
        for (int i = 0; i < 64 && model->cards(0, from).size() > 0; ++i) {
            const qint64 id = model->cards(0, from).first();
            workspace.selection()->select({id}, id);
            qsizetype written = 0;
            for (const TaskFieldChange &change : model->planMove({id}, 0, column, row))
                written = std::max(written, change.ids.size());
            QElapsedTimer t;
            t.start();
            if (!model->moveCards({id}, 0, column, row))
                break;
            paintBoard(view, frame);
            const double ms = milliseconds(t);
            ++pushed;
            if (written > 1) {
                result.insert(QStringLiteral("board_drop_renumbering_ms"), ms);
                result.insert(QStringLiteral("board_drop_renumbering_tasks_written"), int(written));
                result.insert(QStringLiteral("board_drops_before_renumbering"), i);
                if (model->positionOf(id).row != row || !inFile(id, Status::Todo))
                    ++misplaced;
                result.insert(QStringLiteral("board_cards_out_of_order_after_renumbering"),
                              cardsOutOfOrder(*model, *project.tasks()));
                break;
            }
            sameGap.append(ms);
        }
        result.insert(QStringLiteral("board_drop_same_gap_ms"), medianAndWorst(sameGap));
        QElapsedTimer t;
        t.start();
        project.undoStack()->undo(); // the renumbering, if there was one
        paintBoard(view, frame);
        result.insert(QStringLiteral("board_undo_renumbering_ms"), milliseconds(t));
        result.insert(QStringLiteral("board_cards_out_of_order_after_undo"),
                      cardsOutOfOrder(*model, *project.tasks()));
        for (int i = 1; i < pushed; ++i)
            project.undoStack()->undo();
    }
    result.insert(QStringLiteral("board_drops_misplaced"), misplaced);
    workspace.selection()->clear();

    // Swimlanes by priority, and back: a rebuild of the board and a frame each.
    for (const auto &[name, lanes] :
         {std::pair{QStringLiteral("board_swimlanes_priority_ms"), Swimlanes::Priority},
          std::pair{QStringLiteral("board_swimlanes_none_ms"), Swimlanes::None}}) {
        QElapsedTimer t;
        t.start();
        model->setSwimlanes(lanes);
        paintBoard(view, frame);
        result.insert(name, milliseconds(t));
    }

    // Scrolling: In Progress is the column with ~20k of 100k cards. Start where every column
    // still has cards, then a page (or a step) per frame.
    int shortest = INT_MAX;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        shortest = std::min(shortest, int(model->cards(0, column).size()));
    const int startRow = std::max(0, shortest / 4);
    const auto scroll = [&](int frames, int step) {
        vertical->setValue(geometry.cardRect(0, int(Status::InProgress), startRow).top());
        paintBoard(view, frame);
        QList<double> times;
        for (int i = 0; i < frames && vertical->value() < vertical->maximum(); ++i) {
            QElapsedTimer t;
            t.start();
            vertical->setValue(vertical->value() + step);
            paintBoard(view, frame);
            times.append(milliseconds(t));
        }
        return medianAndWorst(times);
    };
    result.insert(QStringLiteral("board_scroll_frame_ms"), scroll(50, vertical->pageStep()));
    result.insert(QStringLiteral("board_scroll_step_frame_ms"), scroll(50, vertical->singleStep()));
    // Jumps along the whole In Progress column, as dragging the scroll bar's handle does.
    {
        const int cards = int(model->cards(0, int(Status::InProgress)).size());
        QList<double> times;
        for (int i = 1; i <= 20 && cards > 0; ++i) {
            const int rowAt = int(qint64(cards - 1) * ((i * 9) % 21) / 21);
            QElapsedTimer t;
            t.start();
            vertical->setValue(geometry.cardRect(0, int(Status::InProgress), rowAt).top());
            paintBoard(view, frame);
            times.append(milliseconds(t));
        }
        result.insert(QStringLiteral("board_scroll_jump_frame_ms"), medianAndWorst(times));
    }
    result.insert(QStringLiteral("board_memory_after_scrolling_mb"),
                  residentMegabytes() - residentBefore);
    workspace.setCurrentPage(ProjectWorkspace::tablePage);
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("board"), 20, QStringLiteral("board"), nullptr, &boardFigures, nullptr}};

} // namespace

} // namespace CandorBench
