// SPDX-License-Identifier: MIT
#include "catalogeditors.h"

#include "core/dateformat.h"
#include "project/changeset.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace Candor {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRect(QRectF(0.5, 0.5, 13, 13));
    return QIcon(pixmap);
}

} // namespace

// --- Components

ComponentEditor::ComponentEditor(Project *project, QWidget *parent)
    : CatalogEditor(project, project->components(), parent)
    , m_name(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_colour(new QToolButton(this))
    , m_stated(new QSpinBox(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Components"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_prefix->setObjectName(QStringLiteral("prefixEdit"));
    m_prefix->setMaxLength(12);
    m_prefix->setPlaceholderText(tr("e.g. SEC"));
    m_colour->setObjectName(QStringLiteral("colourButton"));
    m_colour->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stated->setObjectName(QStringLiteral("statedBox"));
    m_stated->setRange(-1, 100);
    m_stated->setSpecialValueText(tr("Not stated"));
    m_stated->setSuffix(tr(" %"));
    m_stated->setToolTip(tr("The completion a tracker or a person stated for this component, "
                            "shown beside what its tasks add up to"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("Key &prefix:"), m_prefix);
    form()->addRow(tr("&Colour:"), m_colour);
    form()->addRow(tr("&Stated completion:"), m_stated);
    form()->addRow(tr("Tasks:"), m_count);
    connect(m_name, &QLineEdit::editingFinished, this, &ComponentEditor::commitName);
    connect(m_prefix, &QLineEdit::editingFinished, this, &ComponentEditor::commitPrefix);
    connect(m_stated, &QSpinBox::editingFinished, this, &ComponentEditor::commitStated);
    connect(m_colour, &QToolButton::clicked, this, &ComponentEditor::chooseColour);
    start();
}

QList<qint64> ComponentEditor::ids() const
{
    QList<qint64> ids;
    for (const Component &component : project()->components()->components())
        ids.append(component.id);
    return ids;
}

QString ComponentEditor::label(qint64 id) const
{
    return project()->components()->name(id);
}

QIcon ComponentEditor::icon(qint64 id) const
{
    return swatch(project()->components()->colourOf(id));
}

QString ComponentEditor::itemName(qint64 id) const
{
    return project()->components()->name(id);
}

void ComponentEditor::showItem(qint64 id)
{
    const Component *component = project()->components()->component(id);
    const bool editable = component && !project()->isReadOnly();
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_prefix),
                           static_cast<QWidget *>(m_colour), static_cast<QWidget *>(m_stated)})
        field->setEnabled(editable);
    m_name->setText(component ? component->name : QString());
    m_prefix->setText(component ? component->prefix : QString());
    const QColor colour = component ? QColor(component->colour) : QColor(Qt::gray);
    m_colour->setIcon(swatch(colour));
    m_colour->setText(component ? colour.name() : QString());
    const QSignalBlocker blocker(m_stated);
    m_stated->setValue(component && component->statedCompletion ? *component->statedCompletion
                                                                : -1);
    int count = 0;
    if (component) {
        for (const Task &task : project()->tasks()->tasks())
            count += task.componentId == id ? 1 : 0;
    }
    m_count->setText(component ? tr("%n task(s)", nullptr, count) : QString());
}

void ComponentEditor::commitName()
{
    const Component *component = project()->components()->component(currentId());
    if (!component || m_name->text().trimmed() == component->name)
        return;
    Component changed = *component;
    changed.name = m_name->text().trimmed();
    ChangeSet changes;
    changes.add(Change::UpdateComponent{changed});
    run(std::move(changes), tr("Rename component %1 to %2").arg(component->name, changed.name));
}

void ComponentEditor::commitPrefix()
{
    const Component *component = project()->components()->component(currentId());
    if (!component || m_prefix->text().trimmed().toUpper() == component->prefix)
        return;
    Component changed = *component;
    changed.prefix = m_prefix->text().trimmed().toUpper();
    ChangeSet changes;
    changes.add(Change::UpdateComponent{changed});
    run(std::move(changes), tr("Set the key prefix of %1 to %2").arg(changed.name, changed.prefix));
}

void ComponentEditor::commitStated()
{
    const Component *component = project()->components()->component(currentId());
    if (!component)
        return;
    const std::optional<int> stated =
        m_stated->value() < 0 ? std::nullopt : std::optional<int>(m_stated->value());
    if (stated == component->statedCompletion)
        return;
    Component changed = *component;
    changed.statedCompletion = stated;
    ChangeSet changes;
    changes.add(Change::UpdateComponent{changed});
    run(std::move(changes),
        stated ? tr("Set the stated completion of %1 to %2 %").arg(changed.name).arg(*stated)
               : tr("Clear the stated completion of %1").arg(changed.name));
}

void ComponentEditor::chooseColour()
{
    const Component *component = project()->components()->component(currentId());
    if (!component)
        return;
    const QColor colour = QColorDialog::getColor(QColor(component->colour), this,
                                                 tr("Colour of %1").arg(component->name));
    if (colour.isValid())
        setColour(colour);
}

void ComponentEditor::setColour(const QColor &colour)
{
    const Component *component = project()->components()->component(currentId());
    if (!component || colour.name() == component->colour)
        return;
    Component changed = *component;
    changed.colour = colour.name();
    ChangeSet changes;
    changes.add(Change::UpdateComponent{changed});
    run(std::move(changes), tr("Change the colour of %1").arg(changed.name));
}

void ComponentEditor::addItem()
{
    // "New component", "New component 2", …: a name the project does not have yet.
    const QString base = tr("New component");
    QString name = base;
    for (int n = 2; project()->components()->idForName(name) != 0; ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    Component component;
    component.name = name;
    component.colour = QColor::fromHsv((ids().size() * 67) % 360, 150, 200).name();
    const QList<Component> &all = project()->components()->components();
    component.sortOrder = all.isEmpty() ? 0 : all.last().sortOrder + 1;
    ChangeSet changes;
    changes.add(Change::AddComponent{component});
    if (run(std::move(changes), tr("Add component %1").arg(name))) {
        select(project()->components()->idForName(name));
        m_name->setFocus();
        m_name->selectAll();
    }
}

void ComponentEditor::deleteItem(qint64 id)
{
    const Component *component = project()->components()->component(id);
    if (!component)
        return;
    QList<qint64> tasks;
    for (const Task &task : project()->tasks()->tasks()) {
        if (task.componentId == id)
            tasks.append(task.id);
    }
    const QString name = component->name;
    if (!tasks.isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Delete Component"),
                        tr("%1 holds %n task(s). Delete it and leave them without a component?",
                           nullptr, int(tasks.size()))
                            .arg(name),
                        QMessageBox::Cancel, this);
        QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != remove)
            return;
    }
    ChangeSet changes;
    if (!tasks.isEmpty())
        changes.add(Change::SetField{TaskField::Component, tasks,
                                     QVariantList(tasks.size(), QVariant(qint64(0)))});
    changes.add(Change::RemoveComponent{id});
    run(std::move(changes), tr("Delete component %1").arg(name));
}

ChangeSet ComponentEditor::reorder(const QList<qint64> &order) const
{
    ChangeSet changes;
    for (int row = 0; row < order.size(); ++row) {
        const Component *component = project()->components()->component(order.at(row));
        if (component && component->sortOrder != row) {
            Component changed = *component;
            changed.sortOrder = row;
            changes.add(Change::UpdateComponent{changed});
        }
    }
    return changes;
}

// --- Milestones

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
