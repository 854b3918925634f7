// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace Candor {

// Help ▸ Keyboard Shortcuts (also "?" and F1): every action of the window's menus that has a
// shortcut, read from the actions themselves so the list can never go stale, and the keys the
// table and the board take, grouped; a search box narrows it.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    explicit ShortcutsDialog(const QList<Group> &menus, QWidget *parent = nullptr);

    // Object names: "shortcutSearch", "shortcutList".
    QTreeWidget *list() const { return m_list; }
    // The key and what it does, for each row shown (for tests).
    QStringList rows() const;

private:
    void addGroup(const QString &title, const QList<QPair<QString, QString>> &entries);
    void narrow(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_list;
};

} // namespace Candor
