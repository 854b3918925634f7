// SPDX-License-Identifier: MIT
#include "setprojectsettingcommand.h"

#include "project/project.h"
#include "project/projectsettings.h"

namespace Candor {

SetProjectSettingCommand::SetProjectSettingCommand(Project *project, QString key, QJsonValue value,
                                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_key(std::move(key))
    , m_oldValue(project->settings()->value(m_key))
    , m_newValue(std::move(value))
{}

void SetProjectSettingCommand::apply(const QJsonValue &value)
{
    if (const WriteResult result = m_project->settings()->setValue(m_key, value); !result) {
        setObsolete(true);
        m_project->reportWriteFailure(result.error());
    }
}

void SetProjectSettingCommand::undo()
{
    apply(m_oldValue);
}

void SetProjectSettingCommand::redo()
{
    apply(m_newValue);
}

} // namespace Candor
