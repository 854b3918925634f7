// SPDX-License-Identifier: MIT
#pragma once

#include "highlightdelegate.h"

#include <QStringList>
#include <QStyledItemDelegate>

namespace Candor {

class ComponentModel;
class TaskFilterModel;

// One delegate per column type of the task table. They edit raw values (Qt::EditRole) and leave
// validation to the model, which refuses bad values with a message (TaskModel::editRejected).

// Status, priority, verification: a combo box of labels whose index is the enum value.
class EnumDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    EnumDelegate(QStringList labels, QObject *parent);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_labels;
};

// Component: a combo box over the project's components, with "(none)" first; the name is drawn
// with what the filter box matches highlighted.
class ComponentDelegate final : public HighlightDelegate
{
    Q_OBJECT
public:
    ComponentDelegate(ComponentModel *components, const TaskFilterModel *filter, QObject *parent);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    ComponentModel *m_components;
};

// Estimates in days: a spin box in half days, 0 meaning "no estimate".
class DaysDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

// Progress: drawn as a bar, edited with a percent spin box.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Candor
