// SPDX-License-Identifier: MIT
#pragma once

#include "project/changeset.h"

#include <QUndoCommand>

namespace Candor {

class Project;

// An undoable change set: redo writes it, undo writes the change set its redo produced. Every
// command is one of these, built by a subclass that knows how to name and assemble its change.
// A write that fails makes the command obsolete and reports why; file and models stay as they
// were.
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(Project *project, ChangeSet changes, const QString &text,
                  QUndoCommand *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChangeCommand)

    void undo() override;
    void redo() override;
    bool succeeded() const { return !isObsolete(); }

protected:
    explicit ChangeCommand(Project *project, QUndoCommand *parent = nullptr);
    Project *project() const { return m_project; }
    ChangeSet &changes() { return m_redo; }
    const ChangeSet &changes() const { return m_redo; }
    // How a failure is reported; the default reports the writer's message as it is.
    virtual QString failureMessage(const QString &error) const { return error; }

private:
    bool run(ChangeSet &forward, ChangeSet &backward);

    Project *m_project;
    ChangeSet m_redo;
    ChangeSet m_undo;
};

} // namespace Candor
