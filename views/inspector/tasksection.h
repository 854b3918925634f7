// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfield.h"

#include <QGroupBox>

class QFormLayout;
class QLineEdit;

namespace Candor {

class FieldMessage;
class Project;
struct Task;

// One titled part of the inspector showing some facts of one task. Edits go through commit(),
// which validates them like every other editor does and pushes one undoable command.
class TaskSection : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSection)
public:
    TaskSection(const QString &title, Project *project, QWidget *parent = nullptr);

    qint64 taskId() const { return m_taskId; }
    // Shows another task (0: none) and forgets refused input of the one before.
    void setTaskId(qint64 taskId);
    // Shows the stored values again; never pushes a command.
    virtual void refresh() = 0;

protected:
    Project *project() const { return m_project; }
    const Task *task() const; // null if none is shown
    bool isReadOnly() const;

    // Validates value and, when it differs from the stored one, pushes it as one undo step.
    // A refused value is named in message and the editors are reset to what is stored.
    bool commit(TaskField field, const QVariant &value, FieldMessage *message,
                bool mergeable = false);
    // Adds a labelled row with a message line under it for refused input.
    static FieldMessage *addRow(QFormLayout *form, const QString &label, QWidget *field);
    // Sets text without emitting signals, keeping the cursor when nothing changes.
    static void showText(QLineEdit *edit, const QString &text);

private:
    Project *m_project;
    qint64 m_taskId = 0;
};

} // namespace Candor
