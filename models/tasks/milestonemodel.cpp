// SPDX-License-Identifier: MIT
#include "milestonemodel.h"

#include "core/dateformat.h"
#include "core/roles.h"

#include <QLocale>

#include <algorithm>

namespace Candor {

MilestoneModel::MilestoneModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int MilestoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_milestones.size());
}

QVariant MilestoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Milestone &milestone = m_milestones.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return milestone.name;
    case ItemIdRole:
        return milestone.id;
    case Qt::ToolTipRole:
        return milestone.targetDate.isValid()
                   ? tr("Target: %1").arg(DateFormat::date(milestone.targetDate))
                   : tr("No target date");
    default:
        return {};
    }
}

const Milestone *MilestoneModel::milestone(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_milestones.at(*it);
}

QString MilestoneModel::name(qint64 id) const
{
    const Milestone *found = milestone(id);
    return found ? found->name : QString();
}

QStringList MilestoneModel::namesInOrder(QList<qint64> ids) const
{
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        return m_rowById.value(a, int(m_milestones.size())) <
               m_rowById.value(b, int(m_milestones.size()));
    });
    QStringList names;
    for (qint64 id : std::as_const(ids))
        names << name(id);
    return names;
}

void MilestoneModel::reset(QList<Milestone> milestones)
{
    beginResetModel();
    m_milestones = std::move(milestones);
    std::stable_sort(
        m_milestones.begin(), m_milestones.end(),
        [](const Milestone &a, const Milestone &b) { return a.sortOrder < b.sortOrder; });
    rebuildIndex();
    endResetModel();
}

void MilestoneModel::applyInsert(const Milestone &milestone)
{
    // In its place in the sort order (an undone removal comes back where it was).
    const auto at =
        std::upper_bound(m_milestones.cbegin(), m_milestones.cend(), milestone.sortOrder,
                         [](int order, const Milestone &other) { return order < other.sortOrder; });
    const int row = int(at - m_milestones.cbegin());
    beginInsertRows({}, row, row);
    m_milestones.insert(row, milestone);
    rebuildIndex();
    endInsertRows();
}

void MilestoneModel::applyUpdate(const Milestone &milestone)
{
    const int row = m_rowById.value(milestone.id, -1);
    if (row < 0)
        return;
    m_milestones[row] = milestone;
    emit dataChanged(index(row), index(row));
    // A new sort order moves the row.
    int target = 0;
    for (int other = 0; other < m_milestones.size(); ++other) {
        if (other != row && m_milestones.at(other).sortOrder <= milestone.sortOrder)
            ++target;
    }
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_milestones.move(row, target);
    rebuildIndex();
    endMoveRows();
}

void MilestoneModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_milestones.size(); ++row)
        m_rowById.insert(m_milestones.at(row).id, row);
}

void MilestoneModel::applyRemove(qint64 id)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_milestones.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

} // namespace Candor
