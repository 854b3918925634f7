// SPDX-License-Identifier: MIT
#pragma once

#include <QItemSelection>
#include <QTableView>

namespace Candor {

class Project;
class TaskFilterModel;
class TaskSelection;

// The task table: sortable by any column, edited in place through one delegate per column type,
// its selection shared with every other view through TaskSelection.
class TaskTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableView)
public:
    TaskTableView(Project *project, TaskFilterModel *model, TaskSelection *selection,
                  QWidget *parent = nullptr);

    QList<qint64> selectedTaskIds() const;
    void selectTask(qint64 taskId);

signals:
    // A refused edit or other message for the status bar.
    void message(const QString &text);
    void contextMenuWanted(const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void publishSelection();
    void followSelection(const QList<qint64> &selected, qint64 current);
    QItemSelection rowRanges(const QList<qint64> &ids) const;
    void showRejection(const QModelIndex &sourceIndex, const QString &message);

    Project *m_project;
    TaskFilterModel *m_model;
    TaskSelection *m_selection;
    bool m_syncing = false;
};

} // namespace Candor
