// SPDX-License-Identifier: MIT
#include "checklisteditor.h"

#include "project/project.h"
#include "tasks/checklistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Candor {

namespace {

// With an icon, a button shows only the icon (a narrow dock keeps its three buttons on one line);
// its text stays its accessible name and its tooltip says what it does.
QToolButton *toolButton(const QString &objectName, const QString &text, const QString &toolTip,
                        QWidget *parent, QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    if (icon != QStyle::SP_CustomBase) {
        button->setIcon(parent->style()->standardIcon(icon, nullptr, button));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    } else {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    return button;
}

} // namespace

ChecklistEditor::ChecklistEditor(Project *project, QWidget *parent)
    : TaskSection(tr("Checklist"), project, parent)
    , m_model(new ChecklistModel(project, this))
    , m_view(new QListView(this))
    , m_progress(new QLabel(this))
    , m_newItem(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_up(toolButton(QStringLiteral("checklistUpButton"), tr("Move up"),
                      tr("Move the selected item up"), this, QStyle::SP_ArrowUp))
    , m_down(toolButton(QStringLiteral("checklistDownButton"), tr("Move down"),
                        tr("Move the selected item down"), this, QStyle::SP_ArrowDown))
    , m_remove(toolButton(QStringLiteral("checklistRemoveButton"), tr("Remove"),
                          tr("Remove the selected item"), this))
{
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setUniformItemSizes(true);
    m_view->setToolTip(tr("Click a box to check it; double-click or press F2 to rename"));
    m_progress->setObjectName(QStringLiteral("checklistProgressLabel"));
    m_newItem->setObjectName(QStringLiteral("checklistAddEdit"));
    m_newItem->setPlaceholderText(tr("New item"));
    m_add->setObjectName(QStringLiteral("checklistAddButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_newItem, 1);
    adding->addWidget(m_add);
    layout->addLayout(adding);

    connect(m_add, &QPushButton::clicked, this, [this] { addItem(); });
    connect(m_newItem, &QLineEdit::returnPressed, this, [this] { addItem(); });
    connect(m_newItem, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QToolButton::clicked, this, [this] { removeCurrent(); });
    // The model reloads after every change of this checklist (here, by undo or elsewhere).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { refresh(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateButtons(); });
    m_newItem->setEnabled(!isReadOnly());
    updateButtons();
}

void ChecklistEditor::refresh()
{
    if (m_model->taskId() != taskId()) {
        m_model->setTaskId(taskId()); // resets the model, which calls refresh() again
        return;
    }
    const QList<ChecklistItem> &items = m_model->items();
    const auto done = std::count_if(items.cbegin(), items.cend(),
                                    [](const ChecklistItem &item) { return item.checked; });
    m_progress->setText(items.isEmpty() ? tr("No items yet.")
                                        : tr("%1/%2 done").arg(done).arg(items.size()));
    // As tall as its items (up to eight), so that short checklists do not leave a gap.
    const int rowHeight = std::max(m_view->sizeHintForRow(0), fontMetrics().height() + 4);
    const int rows = std::clamp(int(items.size()), 2, 8);
    m_view->setFixedHeight(rows * rowHeight + 2 * m_view->frameWidth() + 2);
    updateButtons();
}

int ChecklistEditor::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ChecklistEditor::updateButtons()
{
    const bool editable = !isReadOnly() && taskId() != 0;
    const int row = currentRow();
    m_add->setEnabled(editable && !m_newItem->text().trimmed().isEmpty());
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
    m_remove->setEnabled(editable && row >= 0);
}

void ChecklistEditor::addItem()
{
    if (isReadOnly() || m_newItem->text().trimmed().isEmpty())
        return;
    m_model->addItem(m_newItem->text());
    m_newItem->clear();
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
}

void ChecklistEditor::moveCurrent(int step)
{
    const int row = currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    m_model->moveItem(row, target);
    // The model was reloaded: keep the moved item selected, so that it can be moved again.
    m_view->setCurrentIndex(m_model->index(target));
}

void ChecklistEditor::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeItem(row);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

} // namespace Candor
