// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Candor {

namespace {

// "&Open…" → "Open"
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group> &menus, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Key"), tr("Does")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    for (const Group &group : menus) {
        QList<QPair<QString, QString>> entries;
        for (const QAction *action : group.actions) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (!key.isEmpty())
                    entries.append({key.toString(QKeySequence::NativeText), plainText(action)});
            }
        }
        if (!entries.isEmpty())
            addGroup(group.title, entries);
    }
    const QString ctrl = QKeySequence(Qt::CTRL).toString(QKeySequence::NativeText);
    addGroup(tr("Table"), {{tr("F2, or start typing"), tr("Edit the current cell")},
                           {tr("Esc"), tr("Cancel the edit")},
                           {tr("Click a column header"), tr("Sort by it; again to reverse")},
                           {tr("Esc in the filter box"), tr("Clear the filter text")}});
    addGroup(tr("Board"), {{tr("Arrow keys"), tr("Move between cards")},
                           {tr("%1Arrow keys").arg(ctrl), tr("Move the chosen cards")},
                           {tr("0, 1, 2, 3"), tr("Set the priority (P0–P3)")},
                           {tr("Return"), tr("Show the card in the inspector")}});
    addGroup(tr("Graph"),
             {{tr("Mouse wheel"), tr("Zoom")},
              {tr("Drag a task onto another"), tr("The second then depends on the first")}});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::narrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

void ShortcutsDialog::addGroup(const QString &title, const QList<QPair<QString, QString>> &entries)
{
    auto *heading = new QTreeWidgetItem(m_list, {title});
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    heading->setFirstColumnSpanned(true);
    heading->setFlags(Qt::ItemIsEnabled);
    for (const auto &[key, does] : entries) {
        auto *item = new QTreeWidgetItem(m_list, {key, does});
        item->setData(0, Qt::UserRole, title);
    }
}

void ShortcutsDialog::narrow(const QString &text)
{
    const QString wanted = text.trimmed();
    QTreeWidgetItem *heading = nullptr;
    bool headingHasRows = false;
    const auto closeHeading = [&]() {
        if (heading)
            heading->setHidden(!headingHasRows);
    };
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).isNull()) {
            closeHeading();
            heading = item;
            headingHasRows = false;
            continue;
        }
        const bool shown = wanted.isEmpty() ||
                           item->text(0).contains(wanted, Qt::CaseInsensitive) ||
                           item->text(1).contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        headingHasRows = headingHasRows || shown;
    }
    closeHeading();
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (!item->isHidden() && !item->data(0, Qt::UserRole).isNull())
            rows.append(item->text(0) + QStringLiteral(": ") + item->text(1));
    }
    return rows;
}

} // namespace Candor
