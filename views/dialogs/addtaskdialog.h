// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Candor {

class Project;

// Asks for a new task's key (suggested from the component's prefix, e.g. SEC-004), title,
// component, priority and status; refuses an empty title or a taken key at the field.
class AddTaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTaskDialog)
public:
    // Object names for tests: "keyEdit", "titleEdit", "componentCombo", "priorityCombo",
    // "statusCombo", "keyError", "titleError".
    AddTaskDialog(Project *project, qint64 componentId, QWidget *parent = nullptr);

    Task task() const;
    void accept() override;

private:
    void suggestKey();
    QLabel *errorLabel(const QString &objectName);

    Project *m_project;
    QLineEdit *m_key;
    QLineEdit *m_title;
    QComboBox *m_component;
    QComboBox *m_priority;
    QComboBox *m_status;
    QLabel *m_keyError;
    QLabel *m_titleError;
    bool m_keyEdited = false;
};

} // namespace Candor
