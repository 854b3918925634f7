// SPDX-License-Identifier: MIT
#include "changecommand.h"

#include "project/project.h"

namespace Candor {

ChangeCommand::ChangeCommand(Project *project, ChangeSet changes, const QString &text,
                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_redo(std::move(changes))
{}

ChangeCommand::ChangeCommand(Project *project, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
{}

bool ChangeCommand::run(ChangeSet &forward, ChangeSet &backward)
{
    ChangeSet inverse;
    if (const WriteResult result = m_project->apply(forward, &inverse); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(failureMessage(result.error()));
        return false;
    }
    // What the file assigned (new ids) is now in forward; inverse undoes exactly this.
    backward = std::move(inverse);
    return true;
}

void ChangeCommand::redo()
{
    run(m_redo, m_undo);
}

void ChangeCommand::undo()
{
    run(m_undo, m_redo);
}

} // namespace Candor
