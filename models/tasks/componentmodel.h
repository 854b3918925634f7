// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>

namespace Candor {

// The project's components in their sort order; the first row is "no component" when asked.
class ComponentModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentModel)
public:
    explicit ComponentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const QList<Component> &components() const { return m_components; }
    const Component *component(qint64 id) const;
    QString name(qint64 id) const;
    QString colour(qint64 id) const;  // grey for none
    QColor colourOf(qint64 id) const; // parsed once, for data() and painting
    QString prefix(qint64 id) const;
    int sortKey(qint64 id) const;                // position in sort order; no component sorts last
    qint64 idForName(const QString &name) const; // case-insensitive; 0 if none

    void reset(QList<Component> components);
    void applyInsert(const Component &component);
    void applyRemove(qint64 id);
    void applyUpdate(const Component &component); // same id and name; other fields changed

private:
    QList<Component> m_components;
    void rebuildIndex();

    QHash<qint64, int> m_rowById;
    QHash<QString, qint64> m_idByFoldedName;
    QHash<qint64, QColor> m_colourById;
};

} // namespace Candor
