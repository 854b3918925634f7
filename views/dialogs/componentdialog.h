// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Candor {

class Project;

// Asks for a new component: name, key prefix for its tasks, and colour.
class ComponentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentDialog)
public:
    // Object names: "nameEdit", "prefixEdit", "nameError".
    explicit ComponentDialog(Project *project, QWidget *parent = nullptr);

    Component component() const;
    void accept() override;

private:
    void setColour(const QColor &colour);

    Project *m_project;
    QLineEdit *m_name;
    QLineEdit *m_prefix;
    QPushButton *m_colourButton;
    QLabel *m_error;
    QColor m_colour;
    bool m_prefixEdited = false;
};

} // namespace Candor
