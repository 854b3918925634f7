// SPDX-License-Identifier: MIT
#pragma once

#include "tasksection.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Candor {

class DescriptionEdit;
class FieldMessage;

// The "Details" part of the inspector: key, title, status, priority, component, assignee, phase,
// milestones, description and when the task was created and last changed.
class DetailsSection final : public TaskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsSection)
public:
    explicit DetailsSection(Project *project, QWidget *parent = nullptr);

    void refresh() override;
    void rebuildComponents(); // after components were added or renamed
    void rebuildMilestones(); // after milestones were added, renamed or assigned

private:
    QLineEdit *addLineEdit(const QString &objectName, TaskField field, const QString &label);
    void commitMilestones();

    QFormLayout *m_form;
    QLineEdit *m_key;
    QLineEdit *m_title;
    QComboBox *m_status;
    QComboBox *m_priority;
    QComboBox *m_component;
    QLineEdit *m_assignee;
    QLineEdit *m_phase;
    QListWidget *m_milestones;
    FieldMessage *m_milestonesMessage;
    DescriptionEdit *m_description;
    FieldMessage *m_descriptionMessage;
    QLabel *m_times;
};

} // namespace Candor
