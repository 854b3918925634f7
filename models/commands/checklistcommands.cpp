// SPDX-License-Identifier: MIT
#include "checklistcommands.h"

#include "project/project.h"

namespace Candor {

ChecklistCommand::ChecklistCommand(Project *project, Kind kind, ChecklistItem item,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_kind(kind)
    , m_item(std::move(item))
{
    if (m_kind != Kind::Add) {
        for (const ChecklistItem &existing : project->checklist(m_item.taskId)) {
            if (existing.id == m_item.id)
                m_before = existing;
        }
    }
    switch (m_kind) {
    case Kind::Add:
        setText(tr("Add checklist item"));
        break;
    case Kind::Remove:
        setText(tr("Remove checklist item"));
        break;
    case Kind::Change:
        setText(m_item.checked != m_before.checked
                    ? (m_item.checked ? tr("Check item") : tr("Uncheck item"))
                    : tr("Edit checklist item"));
        break;
    case Kind::Move:
        setText(tr("Move checklist item"));
        break;
    }
}

void ChecklistCommand::fail(const QString &message)
{
    setObsolete(true);
    m_project->reportWriteFailure(message);
}

void ChecklistCommand::redo()
{
    WriteResult result = WriteResult::success();
    switch (m_kind) {
    case Kind::Add:
        result = m_project->insertChecklistItem(m_item); // keeps its id for later redos
        break;
    case Kind::Remove:
        result = m_project->removeChecklistItem(m_item.id, &m_before);
        break;
    case Kind::Change:
        result = m_project->setChecklistItem(m_item);
        break;
    case Kind::Move:
        result = m_project->moveChecklistItem(m_item.id, m_item.position);
        break;
    }
    if (!result)
        fail(result.error());
}

void ChecklistCommand::undo()
{
    WriteResult result = WriteResult::success();
    switch (m_kind) {
    case Kind::Add:
        result = m_project->removeChecklistItem(m_item.id);
        break;
    case Kind::Remove:
        result = m_project->insertChecklistItem(m_before);
        break;
    case Kind::Change:
        result = m_project->setChecklistItem(m_before);
        break;
    case Kind::Move:
        result = m_project->moveChecklistItem(m_item.id, m_before.position);
        break;
    }
    if (!result)
        fail(result.error());
}

} // namespace Candor
