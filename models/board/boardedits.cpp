// SPDX-License-Identifier: MIT
#include "boardedits.h"

#include "board/boardmodel.h"
#include "board/boardsettings.h"
#include "board/cardmoveplanner.h"
#include "commands/movecardscommand.h"
#include "commands/settaskfieldcommand.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Candor {

BoardEdits::BoardEdits(Project *project, const BoardModel &board, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_board(board)
{}

void BoardEdits::setDoneConfirmer(std::function<bool(const QStringList &)> confirmer)
{
    m_doneConfirmer = std::move(confirmer);
}

QString BoardEdits::unfinishedDependencies(const Project &project, const QStringList &keys)
{
    const TaskModel *tasks = project.tasks();
    QSet<qint64> asked;
    for (const QString &key : keys)
        asked.insert(tasks->idForKey(key));
    QList<qint64> waitingOn;
    for (const QString &key : keys) {
        for (qint64 dependency : project.dependencies().dependenciesOf(tasks->idForKey(key))) {
            const Task *other = tasks->task(dependency);
            if (other && !TaskEnums::isFinished(other->status) && !asked.contains(dependency) &&
                !waitingOn.contains(dependency))
                waitingOn.append(dependency);
        }
    }
    if (waitingOn.isEmpty())
        return {};
    const Task *first = tasks->task(waitingOn.first());
    const QString named = tr("%1 “%2”").arg(first->key, first->title);
    return waitingOn.size() == 1
               ? named
               : tr("%1 and %Ln more", nullptr, int(waitingOn.size() - 1)).arg(named);
}

bool BoardEdits::mayFinish(const QList<qint64> &moved)
{
    const QStringList early =
        m_board.planner().doneBeforeDependencies(moved, m_project->dependencies());
    if (early.isEmpty())
        return true;
    if (BoardSettings::donePolicy(*m_project->settings()) == BoardSettings::DonePolicy::Refuse) {
        emit moveRefused(
            tr("%1 cannot be done while it waits on %2.", nullptr, int(early.size()))
                .arg(early.join(QLatin1String(", ")), unfinishedDependencies(*m_project, early)));
        return false;
    }
    return !m_doneConfirmer || m_doneConfirmer(early);
}

bool BoardEdits::moveCards(const QList<qint64> &ids, int lane, int column, int row)
{
    if (m_project->isReadOnly()) {
        emit moveRefused(tr("The project is open read-only."));
        return false;
    }
    const QList<TaskFieldChange> changes = m_board.planMove(ids, lane, column, row);
    if (changes.isEmpty())
        return false;
    const QList<qint64> moved = m_board.planner().ordered(ids);
    const Status status = BoardModel::columnStatus(column);
    if (status == Status::Done && !mayFinish(moved))
        return false;

    const QString where = m_board.laneCount() > 1
                              ? tr("%1 / %2").arg(m_board.laneTitle(lane), TaskEnums::label(status))
                              : TaskEnums::label(status);
    // Only ranks change when the cards stay in their column and lane: a reorder, not a move.
    const bool reorder = std::all_of(changes.cbegin(), changes.cend(), [](const auto &change) {
        return change.field == TaskField::Rank;
    });
    const QString key = m_project->tasks()->keyOf(moved.first());
    const int count = int(moved.size());
    const QString text =
        reorder ? (count == 1 ? tr("Reorder %1 within %2").arg(key, where)
                              : tr("Reorder %Ln task(s) within %1", nullptr, count).arg(where))
                : (count == 1 ? tr("Move %1 to %2").arg(key, where)
                              : tr("Move %Ln task(s) to %1", nullptr, count).arg(where));
    const int before = m_project->undoStack()->index();
    m_project->undoStack()->push(new MoveCardsCommand(m_project, changes, text));
    return m_project->undoStack()->index() != before;
}

bool BoardEdits::nudgeCards(const QList<qint64> &ids, qint64 anchor, int columnStep, int rowStep)
{
    const std::optional<CardMovePlanner::Target> target =
        m_board.planner().nudge(ids, anchor, columnStep, rowStep);
    return target && moveCards(ids, target->lane, target->column, target->row);
}

bool BoardEdits::setPriority(const QList<qint64> &ids, Priority priority)
{
    if (m_project->isReadOnly()) {
        emit moveRefused(tr("The project is open read-only."));
        return false;
    }
    QList<qint64> changed;
    for (qint64 id : ids) {
        if (const Task *task = m_project->tasks()->task(id); task && task->priority != priority)
            changed.append(id);
    }
    if (changed.isEmpty())
        return false;
    m_project->undoStack()->push(new SetTaskFieldCommand(
        m_project, TaskField::Priority, changed, QVariantList(changed.size(), int(priority))));
    return true;
}

} // namespace Candor
