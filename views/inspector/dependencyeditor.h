// SPDX-License-Identifier: MIT
#pragma once

#include "tasksection.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace Candor {

class FieldMessage;

// The "Dependencies" part of the inspector: what the task depends on, what needs it, and a key
// field to add a dependency. An edge that would close a cycle is refused with the cycle named.
class DependencyEditor final : public TaskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DependencyEditor)
public:
    explicit DependencyEditor(Project *project, QWidget *parent = nullptr);

    void refresh() override;
    // True when a change to this task would change what the section shows.
    bool shows(qint64 taskId) const;

private:
    void addDependency();
    void removeSelected();
    void fillList(QListWidget *list, const QList<qint64> &ids);
    void updateButtons();

    QLabel *m_blocked;
    QListWidget *m_dependsOn;
    QListWidget *m_neededBy;
    QLineEdit *m_key;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldMessage *m_message;
    QList<qint64> m_shownIds;
};

} // namespace Candor
