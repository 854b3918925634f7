// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfield.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace Candor {

class Project;

// Changes one field of one or many tasks (a bulk edit is one step). Repeated edits of the same
// field of the same tasks merge into one step when made mergeable (spin boxes, sliders).
class SetTaskFieldCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTaskFieldCommand)
public:
    SetTaskFieldCommand(Project *project, TaskField field, QList<qint64> ids, QVariantList values,
                        QUndoCommand *parent = nullptr);

    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariantList &values);

    Project *m_project;
    TaskField m_field;
    QList<qint64> m_ids;
    QVariantList m_oldValues;
    QVariantList m_newValues;
    bool m_mergeable = false;
};

} // namespace Candor
