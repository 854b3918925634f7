// SPDX-License-Identifier: MIT
#include "catalogeditor.h"

#include "commands/changecommand.h"
#include "project/project.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Candor {

CatalogEditor::CatalogEditor(Project *project, QAbstractItemModel *model, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_model(model)
    , m_list(new QListWidget(this))
    , m_form(new QFormLayout)
    , m_add(new QPushButton(tr("&Add"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("catalogList"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_up->setObjectName(QStringLiteral("upButton"));
    m_down->setObjectName(QStringLiteral("downButton"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setToolTip(tr("Move up"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_down->setToolTip(tr("Move down"));
    m_down->setAccessibleName(tr("Move down"));
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in a field finishes the edit; it must not also add, delete or close.
    for (QPushButton *button :
         {m_add, m_delete, m_up, m_down, buttons->button(QDialogButtonBox::Close)}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(720, 440);

    connect(m_add, &QPushButton::clicked, this, [this]() { addItem(); });
    connect(m_delete, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = currentId())
            deleteItem(id);
    });
    connect(m_up, &QPushButton::clicked, this, [this]() { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CatalogEditor::currentChanged);
    // The model changes with every edit, undo and redo, from here or anywhere else.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogEditor::rebuild);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &CatalogEditor::rebuild);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &CatalogEditor::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CatalogEditor::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CatalogEditor::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogEditor::rebuild);
    const bool editable = !project->isReadOnly();
    m_add->setEnabled(editable);
}

void CatalogEditor::start()
{
    rebuild();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        currentChanged();
}

qint64 CatalogEditor::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CatalogEditor::select(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QIcon CatalogEditor::icon(qint64) const
{
    return {};
}

void CatalogEditor::rebuild()
{
    const qint64 current = currentId();
    const int currentRow = m_list->currentRow();
    m_rebuilding = true;
    m_list->clear();
    for (qint64 id : ids()) {
        auto *item = new QListWidgetItem(icon(id), label(id), m_list);
        item->setData(Qt::UserRole, id);
    }
    m_rebuilding = false;
    select(current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(currentRow, 0, m_list->count() - 1));
    currentChanged();
}

void CatalogEditor::currentChanged()
{
    if (m_rebuilding)
        return;
    const qint64 id = currentId();
    const int row = m_list->currentRow();
    const bool editable = !m_project->isReadOnly();
    m_delete->setEnabled(editable && id != 0);
    m_up->setEnabled(editable && id != 0 && row > 0);
    m_down->setEnabled(editable && id != 0 && row < m_list->count() - 1);
    showItem(id);
}

void CatalogEditor::move(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QList<qint64> order = ids();
    const qint64 id = order.at(row);
    order.move(row, target);
    run(reorder(order),
        step < 0 ? tr("Move %1 up").arg(itemName(id)) : tr("Move %1 down").arg(itemName(id)));
    select(id);
}

bool CatalogEditor::run(ChangeSet changes, const QString &text)
{
    if (changes.operations().empty())
        return true;
    // A refused change is reported by the project (and the stack drops the command).
    bool refused = false;
    const QMetaObject::Connection watch =
        connect(m_project, &Project::writeFailed, this, [&refused]() { refused = true; });
    m_project->undoStack()->push(new ChangeCommand(m_project, std::move(changes), text));
    disconnect(watch);
    if (refused)
        rebuild(); // the form shows what is stored again
    return !refused;
}

} // namespace Candor
