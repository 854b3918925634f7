// SPDX-License-Identifier: MIT
#include "detailssection.h"

#include "core/dateformat.h"
#include "descriptionedit.h"
#include "fieldmessage.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

namespace Candor {

namespace {

QComboBox *enumCombo(const QString &objectName, const QStringList &labels, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItems(labels);
    return combo;
}

QString timeText(qint64 msecs)
{
    if (msecs == 0)
        return QStringLiteral("—");
    return DateFormat::dateTime(QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime());
}

} // namespace

DetailsSection::DetailsSection(Project *project, QWidget *parent)
    : TaskSection(tr("Details"), project, parent)
    , m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_key = addLineEdit(QStringLiteral("keyEdit"), TaskField::Key, tr("&Key:"));
    m_title = addLineEdit(QStringLiteral("titleEdit"), TaskField::Title, tr("&Title:"));

    const auto addCombo = [this](QComboBox *combo, TaskField field, const QString &label,
                                 bool byData) {
        FieldMessage *message = addRow(m_form, label, combo);
        connect(combo, &QComboBox::activated, this, [this, combo, field, message, byData](int i) {
            commit(field, byData ? combo->itemData(i) : QVariant(i), message);
        });
    };
    m_status = enumCombo(QStringLiteral("statusCombo"), TaskEnums::statusLabels(), this);
    addCombo(m_status, TaskField::Status, tr("&Status:"), false);
    m_priority = enumCombo(QStringLiteral("priorityCombo"), TaskEnums::priorityLabels(), this);
    addCombo(m_priority, TaskField::Priority, tr("&Priority:"), false);
    m_component = new QComboBox(this);
    m_component->setObjectName(QStringLiteral("componentCombo"));
    addCombo(m_component, TaskField::Component, tr("&Component:"), true);

    m_assignee = addLineEdit(QStringLiteral("assigneeEdit"), TaskField::Assignee, tr("&Assignee:"));
    m_phase = addLineEdit(QStringLiteral("phaseEdit"), TaskField::Phase, tr("P&hase:"));
    m_phase->setPlaceholderText(tr("e.g. Hardening"));

    m_milestones = new QListWidget(this);
    m_milestones->setObjectName(QStringLiteral("milestoneList"));
    m_milestones->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_milestones->setSelectionMode(QAbstractItemView::NoSelection);
    m_milestonesMessage = addRow(m_form, tr("&Milestones:"), m_milestones);
    connect(m_milestones, &QListWidget::itemChanged, this, [this] { commitMilestones(); });

    m_description = new DescriptionEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What is to be done, and how we know it is done"));
    m_description->setToolTip(tr("Saved when you leave the field or press Ctrl+Enter"));
    m_descriptionMessage = addRow(m_form, tr("&Description:"), m_description);
    connect(m_description, &DescriptionEdit::editingFinished, this, [this] {
        if (!m_description->isReadOnly())
            commit(TaskField::Description, m_description->toPlainText(), m_descriptionMessage);
    });

    m_times = new QLabel(this);
    m_times->setObjectName(QStringLiteral("timesLabel"));
    m_times->setWordWrap(true);
    m_times->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(m_times);

    for (QWidget *editor : std::initializer_list<QWidget *>{
             m_key, m_title, m_status, m_priority, m_component, m_assignee, m_phase, m_milestones})
        editor->setEnabled(!isReadOnly());
    m_description->setReadOnly(isReadOnly()); // still scrolls, so a long text can be read
    rebuildComponents();
    rebuildMilestones();
}

QLineEdit *DetailsSection::addLineEdit(const QString &objectName, TaskField field,
                                       const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    FieldMessage *message = addRow(m_form, label, edit);
    connect(edit, &QLineEdit::editingFinished, this,
            [this, edit, field, message] { commit(field, edit->text(), message); });
    return edit;
}

void DetailsSection::rebuildComponents()
{
    const QSignalBlocker blocker(m_component);
    m_component->clear();
    m_component->addItem(tr("(none)"), qint64(0));
    for (const Component &component : project()->components()->components())
        m_component->addItem(component.name, component.id);
    refresh();
}

void DetailsSection::rebuildMilestones()
{
    const QSignalBlocker blocker(m_milestones);
    m_milestones->clear();
    for (const Milestone &milestone : project()->milestones()->milestones()) {
        auto *item = new QListWidgetItem(milestone.name, m_milestones);
        item->setData(Qt::UserRole, milestone.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (milestone.targetDate.isValid())
            item->setToolTip(tr("Target: %1").arg(DateFormat::date(milestone.targetDate)));
    }
    // Tall enough for every milestone: the list sits in a scroll area already.
    const int rows = std::max(1, m_milestones->count());
    m_milestones->setFixedHeight(rows * std::max(m_milestones->sizeHintForRow(0), 1) +
                                 2 * m_milestones->frameWidth() + 2);
    m_milestones->setVisible(m_milestones->count() > 0);
    refresh();
}

void DetailsSection::commitMilestones()
{
    QList<qint64> ids;
    for (int row = 0; row < m_milestones->count(); ++row) {
        const QListWidgetItem *item = m_milestones->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end()); // as Project keeps them, so that "unchanged" is seen
    commit(TaskField::Milestones, QVariant::fromValue(ids), m_milestonesMessage);
}

void DetailsSection::refresh()
{
    const Task *shown = task();
    if (!shown)
        return;
    showText(m_key, shown->key);
    showText(m_title, shown->title);
    showText(m_assignee, shown->assignee);
    showText(m_phase, shown->phase);
    for (QComboBox *combo : {m_status, m_priority, m_component}) {
        const QSignalBlocker blocker(combo);
        if (combo == m_status)
            combo->setCurrentIndex(int(shown->status));
        else if (combo == m_priority)
            combo->setCurrentIndex(int(shown->priority));
        else
            combo->setCurrentIndex(std::max(0, combo->findData(shown->componentId)));
    }
    {
        const QList<qint64> ids = project()->milestonesOf(shown->id);
        const QSignalBlocker blocker(m_milestones);
        for (int row = 0; row < m_milestones->count(); ++row) {
            QListWidgetItem *item = m_milestones->item(row);
            const bool on = ids.contains(item->data(Qt::UserRole).toLongLong());
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (m_description->toPlainText() != shown->description) {
        const QSignalBlocker blocker(m_description);
        m_description->setPlainText(shown->description);
    }
    m_times->setText(
        tr("Created %1 · updated %2").arg(timeText(shown->created), timeText(shown->updated)));
}

} // namespace Candor
