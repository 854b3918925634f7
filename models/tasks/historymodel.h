// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QAbstractTableModel>

namespace Candor {

class Project;

// The history of one task from the event table, newest first: when, what, from, to.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Column { When, Field, From, To, ColumnCount };

    explicit HistoryModel(Project *project, QObject *parent = nullptr);

    void setTaskId(qint64 taskId);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // One event as a person reads it, formatted once when the history is read (its time when
    // shown).
    struct Row
    {
        qint64 time = 0; // ms since the epoch; formatted in data()
        QString field;
        QString from;
        QString to;
        QString fromTip;
        QString toTip;
    };

    void reload();
    QString shown(const QString &field, const QString &value) const;

    Project *m_project;
    qint64 m_taskId = 0;
    QList<Row> m_rows;
};

} // namespace Candor
