// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Candor {

class Project;

// Adds or removes one "depends on" edge; undo does the opposite. (Two tiny twins share a file.)
class DependencyCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DependencyCommand)
public:
    enum class Kind { Add, Remove };
    DependencyCommand(Project *project, Kind kind, qint64 taskId, qint64 dependsOnId,
                      QUndoCommand *parent = nullptr);
    // Many edges as one step, (task, depends on) pairs (an import).
    DependencyCommand(Project *project, Kind kind, QList<QPair<qint64, qint64>> edges,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(bool add);

    Project *m_project;
    Kind m_kind;
    qint64 m_taskId;
    qint64 m_dependsOnId;
    QList<QPair<qint64, qint64>> m_edges; // when more than one
};

} // namespace Candor
