// SPDX-License-Identifier: MIT
#include "milestoneeditor.h"

#include "core/dateformat.h"
#include "project/changeset.h"
#include "project/project.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Candor {

MilestoneEditor::MilestoneEditor(Project *project, QWidget *parent)
    : CatalogEditor(project, project->milestones(), parent)
    , m_name(new QLineEdit(this))
    , m_hasTarget(new QCheckBox(tr("&Target:"), this))
    , m_target(new QDateEdit(this))
    , m_isDone(new QCheckBox(tr("&Reached on:"), this))
    , m_done(new QDateEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_gates(new QLabel(this))
{
    setWindowTitle(tr("Milestones"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_hasTarget->setObjectName(QStringLiteral("targetCheck"));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_isDone->setObjectName(QStringLiteral("doneCheck"));
    m_done->setObjectName(QStringLiteral("doneEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_gates->setObjectName(QStringLiteral("gatesLabel"));
    m_gates->setWordWrap(true);
    for (QDateEdit *date : {m_target, m_done}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(DateFormat::editFormat());
    }
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_description->installEventFilter(this);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(m_hasTarget, m_target);
    form()->addRow(m_isDone, m_done);
    form()->addRow(tr("&Description:"), m_description);
    form()->addRow(tr("Gates:"), m_gates);
    connect(m_name, &QLineEdit::editingFinished, this, &MilestoneEditor::commit);
    connect(m_hasTarget, &QCheckBox::toggled, this, &MilestoneEditor::commit);
    connect(m_target, &QDateEdit::editingFinished, this, &MilestoneEditor::commit);
    connect(m_isDone, &QCheckBox::toggled, this, &MilestoneEditor::commit);
    connect(m_done, &QDateEdit::editingFinished, this, &MilestoneEditor::commit);
    start();
}

QList<qint64> MilestoneEditor::ids() const
{
    QList<qint64> ids;
    for (const Milestone &milestone : project()->milestones()->milestones())
        ids.append(milestone.id);
    return ids;
}

QString MilestoneEditor::label(qint64 id) const
{
    const Milestone *milestone = project()->milestones()->milestone(id);
    if (!milestone)
        return {};
    if (milestone->doneDate.isValid())
        return tr("%1 (reached %2)").arg(milestone->name, DateFormat::date(milestone->doneDate));
    if (milestone->targetDate.isValid())
        return tr("%1 (%2)").arg(milestone->name, DateFormat::date(milestone->targetDate));
    return milestone->name;
}

QString MilestoneEditor::itemName(qint64 id) const
{
    return project()->milestones()->name(id);
}

void MilestoneEditor::showItem(qint64 id)
{
    const Milestone *milestone = project()->milestones()->milestone(id);
    const bool editable = milestone && !project()->isReadOnly();
    m_showing = true;
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_hasTarget),
                           static_cast<QWidget *>(m_isDone), static_cast<QWidget *>(m_description)})
        field->setEnabled(editable);
    m_name->setText(milestone ? milestone->name : QString());
    const QDate today = QDate::currentDate();
    m_hasTarget->setChecked(milestone && milestone->targetDate.isValid());
    m_target->setDate(milestone && milestone->targetDate.isValid() ? milestone->targetDate : today);
    m_target->setEnabled(editable && m_hasTarget->isChecked());
    m_isDone->setChecked(milestone && milestone->doneDate.isValid());
    m_done->setDate(milestone && milestone->doneDate.isValid() ? milestone->doneDate : today);
    m_done->setEnabled(editable && m_isDone->isChecked());
    m_description->setPlainText(milestone ? milestone->description : QString());
    QString gates;
    if (milestone) {
        const QList<qint64> tasks = project()->tasksOfMilestone(id);
        int open = 0;
        QStringList keys;
        for (qint64 taskId : tasks) {
            if (const Task *task = project()->tasks()->task(taskId)) {
                open += TaskEnums::isFinished(task->status) ? 0 : 1;
                if (keys.size() < 8)
                    keys.append(task->key);
            }
        }
        gates = tasks.isEmpty() ? tr("No tasks yet: choose it in a task's inspector.")
                                : tr("%n task(s), %1 open", nullptr, int(tasks.size())).arg(open);
        if (!keys.isEmpty())
            gates += QStringLiteral(": ") + keys.join(QStringLiteral(", ")) +
                     (tasks.size() > keys.size() ? QStringLiteral(", …") : QString());
    }
    m_gates->setText(gates);
    m_showing = false;
}

void MilestoneEditor::commit()
{
    if (m_showing)
        return;
    const Milestone *milestone = project()->milestones()->milestone(currentId());
    if (!milestone)
        return;
    m_target->setEnabled(m_hasTarget->isChecked());
    m_done->setEnabled(m_isDone->isChecked());
    Milestone changed = *milestone;
    changed.name = m_name->text().trimmed();
    changed.targetDate = m_hasTarget->isChecked() ? m_target->date() : QDate();
    changed.doneDate = m_isDone->isChecked() ? m_done->date() : QDate();
    changed.description = m_description->toPlainText().trimmed();
    if (changed.name == milestone->name && changed.targetDate == milestone->targetDate &&
        changed.doneDate == milestone->doneDate && changed.description == milestone->description)
        return;
    QString text;
    if (changed.name != milestone->name)
        text = tr("Rename milestone %1 to %2").arg(milestone->name, changed.name);
    else if (changed.targetDate != milestone->targetDate)
        text = changed.targetDate.isValid()
                   ? tr("Set the target of %1 to %2")
                         .arg(changed.name, DateFormat::date(changed.targetDate))
                   : tr("Clear the target of %1").arg(changed.name);
    else if (changed.doneDate != milestone->doneDate)
        text =
            changed.doneDate.isValid()
                ? tr("Mark %1 reached on %2").arg(changed.name, DateFormat::date(changed.doneDate))
                : tr("Mark %1 not reached").arg(changed.name);
    else
        text = tr("Edit the description of %1").arg(changed.name);
    ChangeSet changes;
    changes.add(Change::UpdateMilestone{changed});
    run(std::move(changes), text);
}

bool MilestoneEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commit();
    return CatalogEditor::eventFilter(watched, event);
}

void MilestoneEditor::addItem()
{
    const QString base = tr("New milestone");
    QString name = base;
    QStringList names;
    for (const Milestone &milestone : project()->milestones()->milestones())
        names.append(milestone.name);
    for (int n = 2; names.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    Milestone milestone;
    milestone.name = name;
    const QList<Milestone> &all = project()->milestones()->milestones();
    milestone.sortOrder = all.isEmpty() ? 0 : all.last().sortOrder + 1;
    ChangeSet changes;
    changes.add(Change::AddMilestone{milestone, {}});
    if (run(std::move(changes), tr("Add milestone %1").arg(name))) {
        const QList<Milestone> &now = project()->milestones()->milestones();
        for (const Milestone &added : now) {
            if (added.name == name)
                select(added.id);
        }
        m_name->setFocus();
        m_name->selectAll();
    }
}

void MilestoneEditor::deleteItem(qint64 id)
{
    const Milestone *milestone = project()->milestones()->milestone(id);
    if (!milestone)
        return;
    const QString name = milestone->name;
    const qsizetype gated = project()->tasksOfMilestone(id).size();
    if (gated > 0) {
        QMessageBox ask(
            QMessageBox::Question, tr("Delete Milestone"),
            tr("%1 gates %n task(s). Delete it? The tasks stay.", nullptr, int(gated)).arg(name),
            QMessageBox::Cancel, this);
        QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != remove)
            return;
    }
    ChangeSet changes;
    changes.add(Change::RemoveMilestone{id});
    run(std::move(changes), tr("Delete milestone %1").arg(name));
}

ChangeSet MilestoneEditor::reorder(const QList<qint64> &order) const
{
    ChangeSet changes;
    for (int row = 0; row < order.size(); ++row) {
        const Milestone *milestone = project()->milestones()->milestone(order.at(row));
        if (milestone && milestone->sortOrder != row) {
            Milestone changed = *milestone;
            changed.sortOrder = row;
            changes.add(Change::UpdateMilestone{changed});
        }
    }
    return changes;
}

} // namespace Candor
