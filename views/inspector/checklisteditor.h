// SPDX-License-Identifier: MIT
#pragma once

#include "tasksection.h"

class QLabel;
class QListView;
class QPushButton;
class QToolButton;

namespace Candor {

class ChecklistModel;

// The "Checklist" part of the inspector: the task's "- [ ]" items, to add, check, rename, reorder
// and remove, each one undo step (through ChecklistModel), with how many are done.
class ChecklistEditor final : public TaskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistEditor)
public:
    explicit ChecklistEditor(Project *project, QWidget *parent = nullptr);

    void refresh() override;

private:
    void addItem();
    void moveCurrent(int step);
    void removeCurrent();
    void updateButtons();
    int currentRow() const;

    ChecklistModel *m_model;
    QListView *m_view;
    QLabel *m_progress;
    QLineEdit *m_newItem;
    QPushButton *m_add;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
};

} // namespace Candor
