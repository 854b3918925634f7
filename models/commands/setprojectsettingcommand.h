// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QUndoCommand>

namespace Candor {

class Project;

// Changes one project setting (a WIP limit, the Done policy): undoable like every edit.
class SetProjectSettingCommand final : public QUndoCommand
{
public:
    SetProjectSettingCommand(Project *project, QString key, QJsonValue value, const QString &text,
                             QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const QJsonValue &value);

    Project *m_project;
    QString m_key;
    QJsonValue m_oldValue;
    QJsonValue m_newValue;
};

} // namespace Candor
