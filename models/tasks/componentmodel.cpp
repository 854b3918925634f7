// SPDX-License-Identifier: MIT
#include "componentmodel.h"

#include "core/roles.h"

#include <QColor>

#include <algorithm>

namespace Candor {

ComponentModel::ComponentModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ComponentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_components.size());
}

QVariant ComponentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Component &component = m_components.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return component.name;
    case Qt::DecorationRole:
    case ColourRole:
        return QColor(component.colour);
    case ItemIdRole:
        return component.id;
    case Qt::ToolTipRole:
        return tr("Key prefix: %1").arg(component.prefix);
    default:
        return {};
    }
}

const Component *ComponentModel::component(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_components.at(*it);
}

QString ComponentModel::name(qint64 id) const
{
    const Component *found = component(id);
    return found ? found->name : QString();
}

QString ComponentModel::colour(qint64 id) const
{
    const Component *found = component(id);
    return found ? found->colour : QStringLiteral("#9e9e9e");
}

QString ComponentModel::prefix(qint64 id) const
{
    const Component *found = component(id);
    return found ? found->prefix : QString();
}

int ComponentModel::sortKey(qint64 id) const
{
    return m_rowById.value(id, int(m_components.size()));
}

QColor ComponentModel::colourOf(qint64 id) const
{
    static const QColor none(0x9e, 0x9e, 0x9e);
    return m_colourById.value(id, none);
}

qint64 ComponentModel::idForName(const QString &name) const
{
    return m_idByFoldedName.value(name.trimmed().toCaseFolded(), 0);
}

void ComponentModel::rebuildIndex()
{
    m_rowById.clear();
    m_idByFoldedName.clear();
    m_colourById.clear();
    for (int row = 0; row < m_components.size(); ++row) {
        m_rowById.insert(m_components.at(row).id, row);
        m_idByFoldedName.insert(m_components.at(row).name.trimmed().toCaseFolded(),
                                m_components.at(row).id);
        m_colourById.insert(m_components.at(row).id, QColor(m_components.at(row).colour));
    }
}

void ComponentModel::reset(QList<Component> components)
{
    beginResetModel();
    m_components = std::move(components);
    std::stable_sort(
        m_components.begin(), m_components.end(),
        [](const Component &a, const Component &b) { return a.sortOrder < b.sortOrder; });
    rebuildIndex();
    endResetModel();
}

void ComponentModel::applyInsert(const Component &component)
{
    // In its place in the sort order (an undone removal comes back where it was).
    const auto at =
        std::upper_bound(m_components.cbegin(), m_components.cend(), component.sortOrder,
                         [](int order, const Component &other) { return order < other.sortOrder; });
    const int row = int(at - m_components.cbegin());
    beginInsertRows({}, row, row);
    m_components.insert(row, component);
    rebuildIndex();
    endInsertRows();
}

void ComponentModel::applyUpdate(const Component &component)
{
    const int row = m_rowById.value(component.id, -1);
    if (row < 0)
        return;
    m_components[row] = component;
    rebuildIndex(); // the name may have changed
    emit dataChanged(index(row), index(row));
    // A new sort order moves the row.
    int target = 0;
    for (int other = 0; other < m_components.size(); ++other) {
        if (other != row && m_components.at(other).sortOrder <= component.sortOrder)
            ++target;
    }
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_components.move(row, target);
    rebuildIndex();
    endMoveRows();
}

void ComponentModel::applyRemove(qint64 id)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_components.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

} // namespace Candor
