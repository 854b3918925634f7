// SPDX-License-Identifier: MIT
#include "taskdelegates.h"

#include "core/roles.h"
#include "tasks/componentmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QSpinBox>

namespace Candor {

namespace {

// Commits a combo box's choice at once, like a spreadsheet's list cell. The commit may move the
// row out of the view's filter, in which case the view has already let the editor go.
template <typename Delegate> void commitAndClose(Delegate *delegate, QComboBox *combo)
{
    const QPointer<QComboBox> editor(combo);
    emit delegate->commitData(combo);
    if (editor && editor->isVisible())
        emit delegate->closeEditor(combo);
}

} // namespace

EnumDelegate::EnumDelegate(QStringList labels, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_labels(std::move(labels))
{}

QWidget *EnumDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(m_labels);
    // Choosing an entry is the whole edit: commit at once, like a spreadsheet's list cell.
    auto *self = const_cast<EnumDelegate *>(this); // signals are not const
    connect(combo, &QComboBox::activated, self, [self, combo]() { commitAndClose(self, combo); });
    return combo;
}

void EnumDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QComboBox *>(editor)->setCurrentIndex(index.data(Qt::EditRole).toInt());
}

void EnumDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentIndex(), Qt::EditRole);
}

ComponentDelegate::ComponentDelegate(ComponentModel *components, const TaskFilterModel *filter,
                                     QObject *parent)
    : HighlightDelegate(filter, parent)
    , m_components(components)
{}

QWidget *ComponentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("(none)"), qint64(0));
    for (const Component &component : m_components->components()) {
        QPixmap swatch(10, 10);
        swatch.fill(QColor(component.colour));
        combo->addItem(QIcon(swatch), component.name, component.id);
    }
    auto *self = const_cast<ComponentDelegate *>(this); // signals are not const
    connect(combo, &QComboBox::activated, self, [self, combo]() { commitAndClose(self, combo); });
    return combo;
}

void ComponentDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toLongLong())));
}

void ComponentDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

QWidget *DaysDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &) const
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 1000);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setSuffix(tr(" d"));
    spin->setSpecialValueText(tr("none"));
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void DaysDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
}

void DaysDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    auto *spin = static_cast<QDoubleSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int percent = index.data(Qt::EditRole).toInt();
    // The bar ends where the widest label ("100 %" in the language's own form) begins, with a
    // gap: in German and French the percent sign comes after a space.
    const int label =
        option.fontMetrics.horizontalAdvance(QLocale().toString(100) + QLocale().percent()) +
        option.fontMetrics.horizontalAdvance(QStringLiteral("  ")) + 4;
    const int labelRoom =
        std::max(label, option.fontMetrics.horizontalAdvance(index.data().toString()) + 10);
    const QRect bar = option.rect.adjusted(4, option.rect.height() / 2 - 4, -labelRoom,
                                           -(option.rect.height() / 2 - 4));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor track = option.palette.color(QPalette::Mid);
    track.setAlpha(90);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 3, 3);
    if (percent > 0) {
        QRect filled = bar;
        filled.setWidth(bar.width() * percent / 100);
        painter->setBrush(percent >= 100 ? QColor(0x2e, 0x7d, 0x32)
                                         : option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(filled, 3, 3);
    }
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QWidget *ProgressDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 100);
    spin->setSingleStep(10);
    spin->setSuffix(tr(" %"));
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void ProgressDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void ProgressDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace Candor
