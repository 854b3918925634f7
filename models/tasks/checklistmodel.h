// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QAbstractListModel>

namespace Candor {

class Project;

// The checklist of one task (the "- [ ]" lines of a tracker). Checking and editing push commands.
class ChecklistModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)
public:
    explicit ChecklistModel(Project *project, QObject *parent = nullptr);

    void setTaskId(qint64 taskId);
    qint64 taskId() const { return m_taskId; }
    const QList<ChecklistItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Undoable edits on the current task's checklist.
    void addItem(const QString &text);
    void removeItem(int row);
    void moveItem(int row, int newRow);

private:
    void reload();

    Project *m_project;
    qint64 m_taskId = 0;
    QList<ChecklistItem> m_items;
};

} // namespace Candor
