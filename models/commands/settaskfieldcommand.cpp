// SPDX-License-Identifier: MIT
#include "settaskfieldcommand.h"

#include "project/project.h"
#include "tasks/taskmodel.h"

namespace Candor {

SetTaskFieldCommand::SetTaskFieldCommand(Project *project, TaskField field, QList<qint64> ids,
                                         QVariantList values, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_field(field)
    , m_ids(std::move(ids))
    , m_newValues(std::move(values))
{
    Q_ASSERT(m_ids.size() == m_newValues.size());
    for (qint64 id : std::as_const(m_ids)) {
        const Task *task = project->tasks()->task(id);
        m_oldValues.append(task ? project->tasks()->fieldValue(*task, field) : QVariant());
    }
    if (m_ids.size() == 1) {
        setText(
            tr("Change %1 of %2").arg(fieldName(field), project->tasks()->keyOf(m_ids.first())));
    } else {
        setText(tr("Change %1 of %n task(s)", nullptr, int(m_ids.size())).arg(fieldName(field)));
    }
}

void SetTaskFieldCommand::apply(const QVariantList &values)
{
    if (const WriteResult result = m_project->setTaskField(m_ids, m_field, values); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

void SetTaskFieldCommand::undo()
{
    apply(m_oldValues);
}

void SetTaskFieldCommand::redo()
{
    apply(m_newValues);
}

int SetTaskFieldCommand::id() const
{
    return m_mergeable ? 0x5e7f : -1;
}

bool SetTaskFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTaskFieldCommand *>(other);
    if (!next->m_mergeable || next->m_field != m_field || next->m_ids != m_ids ||
        next->m_project != m_project)
        return false;
    m_newValues = next->m_newValues;
    return true;
}

} // namespace Candor
