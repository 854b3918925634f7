// SPDX-License-Identifier: MIT
#pragma once

#include "catalogeditor.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Candor {

// Project ▸ Milestones…: name, target date, the day it was reached, description; the tasks it
// gates. Deleting one takes its gates with it, and undo puts both back.
class MilestoneEditor final : public CatalogEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MilestoneEditor)
public:
    explicit MilestoneEditor(Project *project, QWidget *parent = nullptr);
    // Object names: "nameEdit", "targetCheck", "targetEdit", "doneCheck", "doneEdit",
    // "descriptionEdit", "gatesLabel".
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *targetCheck() const { return m_hasTarget; }
    QDateEdit *targetEdit() const { return m_target; }
    QCheckBox *doneCheck() const { return m_isDone; }
    QDateEdit *doneEdit() const { return m_done; }
    QLabel *gatesLabel() const { return m_gates; }

protected:
    QList<qint64> ids() const override;
    QString label(qint64 id) const override;
    void showItem(qint64 id) override;
    void addItem() override;
    void deleteItem(qint64 id) override;
    ChangeSet reorder(const QList<qint64> &order) const override;
    QString itemName(qint64 id) const override;
    bool eventFilter(QObject *watched, QEvent *event) override; // the description's focus-out

private:
    void commit(); // the form as it is, when it differs from what is stored

    QLineEdit *m_name;
    QCheckBox *m_hasTarget;
    QDateEdit *m_target;
    QCheckBox *m_isDone;
    QDateEdit *m_done;
    QPlainTextEdit *m_description;
    QLabel *m_gates;
    bool m_showing = false;
};

} // namespace Candor
