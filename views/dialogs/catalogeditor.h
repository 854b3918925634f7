// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace Candor {

class ChangeSet;
class Project;

// Project ▸ Components… and Milestones…: the project's list in its order, with a form for the
// chosen item. Every edit is a command on the project's undo stack, written at once, so it shows
// in every view and Ctrl+Z takes it back; the list follows the project's model, undo included.
// ComponentEditor and MilestoneEditor fill in what an item is.
class CatalogEditor : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogEditor)
public:
    // Object names: "catalogList", "addButton", "deleteButton", "upButton", "downButton".
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    qint64 currentId() const;
    void select(qint64 id);

protected:
    CatalogEditor(Project *project, QAbstractItemModel *model, QWidget *parent);
    Project *project() const { return m_project; }
    QFormLayout *form() const { return m_form; }
    // Runs changes as one undoable command named text; false when it was refused (the project
    // has told why).
    bool run(ChangeSet changes, const QString &text);
    // Builds the list from the model and selects selected (or keeps the current item).
    void rebuild();

    virtual QList<qint64> ids() const = 0;
    virtual QString label(qint64 id) const = 0;
    virtual QIcon icon(qint64 id) const;
    virtual void showItem(qint64 id) = 0; // fills the form; 0: nothing chosen
    virtual void addItem() = 0;
    virtual void deleteItem(qint64 id) = 0;
    // The change set that gives every item its row's sort order, in this order.
    virtual ChangeSet reorder(const QList<qint64> &order) const = 0;
    virtual QString itemName(qint64 id) const = 0;
    // Finishes the subclass's part of the constructor: fills the list.
    void start();

private:
    void move(int step);
    void currentChanged();

    Project *m_project;
    QAbstractItemModel *m_model;
    QListWidget *m_list;
    QFormLayout *m_form;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_rebuilding = false;
};

} // namespace Candor
