// SPDX-License-Identifier: MIT
#pragma once

#include "changecommand.h"

#include <QCoreApplication>

namespace Candor {

// Changes one field of one or many tasks (a bulk edit is one step). Repeated edits of the same
// field of the same tasks merge into one step when made mergeable (spin boxes, sliders).
class SetTaskFieldCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTaskFieldCommand)
public:
    SetTaskFieldCommand(Project *project, TaskField field, QList<qint64> ids, QVariantList values,
                        QUndoCommand *parent = nullptr);

    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    const Change::SetField &change() const;

    bool m_mergeable = false;
};

} // namespace Candor
