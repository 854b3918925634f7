// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QJsonValue>

namespace Candor {

// Sets one project setting (kept in the file); undo restores the old value.
class SetProjectSettingCommand final : public ChangeCommand
{
public:
    SetProjectSettingCommand(Project *project, QString key, QJsonValue value, const QString &text,
                             QUndoCommand *parent = nullptr);
};

} // namespace Candor
