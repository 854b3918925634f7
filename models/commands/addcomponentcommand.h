// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Candor {

class Project;

// Adds a component (name, key prefix, colour); undo removes it again.
class AddComponentCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddComponentCommand)
public:
    AddComponentCommand(Project *project, Component component, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    qint64 componentId() const { return m_component.id; }

private:
    Project *m_project;
    Component m_component;
};

} // namespace Candor
