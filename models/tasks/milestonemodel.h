// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QAbstractListModel>
#include <QHash>

namespace Candor {

// The project's milestones in their sort order (usually by target date).
class MilestoneModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MilestoneModel)
public:
    explicit MilestoneModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const QList<Milestone> &milestones() const { return m_milestones; }
    const Milestone *milestone(qint64 id) const;
    QString name(qint64 id) const;
    // The names of these milestones, in the milestones' sort order.
    QStringList namesInOrder(QList<qint64> ids) const;

    void reset(QList<Milestone> milestones);
    void applyInsert(const Milestone &milestone);
    void applyUpdate(const Milestone &milestone);
    void applyRemove(qint64 id);

private:
    QList<Milestone> m_milestones;
    void rebuildIndex();
    QHash<qint64, int> m_rowById;
};

} // namespace Candor
