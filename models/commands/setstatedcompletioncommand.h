// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Candor {

class Project;

// Sets the completion a tracker states for a component; undo puts back the value it had.
class SetStatedCompletionCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStatedCompletionCommand)
public:
    SetStatedCompletionCommand(Project *project, qint64 componentId, std::optional<int> percent,
                               QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(std::optional<int> percent);

    Project *m_project;
    qint64 m_componentId;
    std::optional<int> m_before;
    std::optional<int> m_after;
};

} // namespace Candor
