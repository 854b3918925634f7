// SPDX-License-Identifier: MIT
#pragma once

#include "taskfilter.h"

#include <QSortFilterProxyModel>

namespace Candor {

class TaskModel;

// The tasks a view shows, filtered by a TaskFilter and sorted on raw values of TaskModel.
class TaskFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterModel)
public:
    explicit TaskFilterModel(TaskModel *tasks, QObject *parent = nullptr);

    const TaskFilter &filter() const { return m_filter; }
    void setFilter(const TaskFilter &filter);
    TaskModel *tasks() const { return m_tasks; }
    qint64 taskId(int proxyRow) const;
    int proxyRowOf(qint64 taskId) const; // -1 when filtered out

    // A flat list: no row has a parent. Said outright because a view asks it for every
    // selection range of every painted cell (QItemSelectionModel::isSelected), and the
    // proxy's general answer walks its mapping: 10k scattered selected rows cost 330 ms a
    // frame of the table.
    using QSortFilterProxyModel::parent;
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    // The key cell's tooltip says why a row matches the text filter when no column shows it.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void filterChanged(); // for views that apply the same filter themselves (the board)

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilterText();

    TaskModel *m_tasks;
    TaskFilter m_filter;
};

} // namespace Candor
