// SPDX-License-Identifier: MIT
#include "setprojectsettingcommand.h"

namespace Candor {

SetProjectSettingCommand::SetProjectSettingCommand(Project *project, QString key, QJsonValue value,
                                                   const QString &text, QUndoCommand *parent)
    : ChangeCommand(project, parent)
{
    setText(text);
    changes().add(Change::SetSetting{std::move(key), std::move(value)});
}

} // namespace Candor
