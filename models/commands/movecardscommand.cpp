// SPDX-License-Identifier: MIT
#include "movecardscommand.h"

#include "database/projectdatabase.h"
#include "database/transaction.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

namespace Candor {

MoveCardsCommand::MoveCardsCommand(Project *project, QList<TaskFieldChange> changes,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_changes(std::move(changes))
{
    const TaskModel *tasks = project->tasks();
    for (auto change = m_changes.crbegin(); change != m_changes.crend(); ++change) {
        TaskFieldChange old{change->field, change->ids, {}};
        old.values.reserve(change->ids.size());
        for (qint64 id : change->ids) {
            const Task *task = tasks->task(id);
            old.values.append(task ? tasks->fieldValue(*task, change->field) : QVariant());
        }
        m_reverse.append(std::move(old));
    }
}

void MoveCardsCommand::apply(const QList<TaskFieldChange> &changes)
{
    QString error;
    {
        Transaction transaction(m_project->database().connection());
        for (const TaskFieldChange &change : changes) {
            if (change.ids.isEmpty())
                continue;
            if (const WriteResult result =
                    m_project->setTaskField(change.ids, change.field, change.values);
                !result) {
                error = result.error();
                break;
            }
        }
        if (error.isEmpty() && !transaction.commit())
            error = tr("Cannot move the cards: the change could not be written.");
    }
    if (error.isEmpty())
        return;
    // The file was rolled back; the models may hold the first half of the move.
    setObsolete(true);
    m_project->reload();
    m_project->reportWriteFailure(error);
}

void MoveCardsCommand::undo()
{
    apply(m_reverse);
}

void MoveCardsCommand::redo()
{
    apply(m_changes);
}

} // namespace Candor
