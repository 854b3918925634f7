// SPDX-License-Identifier: MIT
#include "componenteditor.h"

#include "project/changeset.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/taskmodel.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
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

} // namespace Candor
