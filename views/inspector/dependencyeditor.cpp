// SPDX-License-Identifier: MIT
#include "dependencyeditor.h"

#include "commands/dependencycommands.h"
#include "fieldmessage.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Candor {

namespace {

QListWidget *taskList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Long titles wrap inside the list (the whole line is in the tool tip): a horizontal scroll
    // bar would cover the very entry it belongs to.
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setTextElideMode(Qt::ElideRight);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return list;
}

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DependencyEditor::DependencyEditor(Project *project, QWidget *parent)
    : TaskSection(tr("Dependencies"), project, parent)
    , m_blocked(new QLabel(this))
    , m_dependsOn(taskList(QStringLiteral("dependsOnList"), this))
    , m_neededBy(taskList(QStringLiteral("neededByList"), this))
    , m_key(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new FieldMessage(m_key, this))
{
    m_blocked->setObjectName(QStringLiteral("blockedLabel"));
    QPalette red = m_blocked->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_blocked->setPalette(red);
    m_key->setObjectName(QStringLiteral("dependencyKeyEdit"));
    m_key->setPlaceholderText(tr("Depends on key, e.g. OPS-002"));
    m_add->setObjectName(QStringLiteral("dependencyAddButton"));
    m_remove->setObjectName(QStringLiteral("dependencyRemoveButton"));
    m_remove->setToolTip(tr("Remove the selected dependency"));
    m_message->setObjectName(QStringLiteral("dependencyMessage"));

    // Completes keys from the task model itself, so that new and renamed tasks are offered.
    auto *completer = new QCompleter(project->tasks(), m_key);
    completer->setCompletionColumn(column(TaskField::Key));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_key->setCompleter(completer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_blocked);
    layout->addWidget(heading(tr("Depends &on:"), m_dependsOn, this));
    layout->addWidget(m_dependsOn);
    layout->addWidget(heading(tr("&Needed by:"), m_neededBy, this));
    layout->addWidget(m_neededBy);
    auto *removing = new QHBoxLayout;
    removing->addStretch(1);
    removing->addWidget(m_remove);
    layout->addLayout(removing);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_key, 1);
    adding->addWidget(m_add);
    layout->addLayout(adding);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] { addDependency(); });
    connect(m_key, &QLineEdit::returnPressed, this, [this] { addDependency(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    // One selection across both lists: Remove acts on the item last chosen.
    for (QListWidget *list : {m_dependsOn, m_neededBy}) {
        QListWidget *other = list == m_dependsOn ? m_neededBy : m_dependsOn;
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list, other] {
            if (!list->selectedItems().isEmpty())
                other->clearSelection();
            updateButtons();
        });
    }
    m_key->setEnabled(!isReadOnly());
    updateButtons();
}

bool DependencyEditor::shows(qint64 taskId) const
{
    return taskId == this->taskId() || m_shownIds.contains(taskId);
}

void DependencyEditor::refresh()
{
    if (taskId() == 0)
        return;
    const DependencyGraph &graph = project()->dependencies();
    const QList<qint64> dependsOn = graph.dependenciesOf(taskId());
    const QList<qint64> neededBy = graph.dependentsOf(taskId());
    m_shownIds = dependsOn + neededBy;
    fillList(m_dependsOn, dependsOn);
    fillList(m_neededBy, neededBy);
    const int unfinished = project()->unfinishedDependencyCount(taskId());
    m_blocked->setText(tr("Waiting on %Ln unfinished task(s)", nullptr, unfinished));
    m_blocked->setVisible(unfinished > 0);
    updateButtons();
}

void DependencyEditor::fillList(QListWidget *list, const QList<qint64> &ids)
{
    const bool blocking = list == m_dependsOn;
    const qint64 selected = list->currentItem() && list->currentItem()->isSelected()
                                ? list->currentItem()->data(Qt::UserRole).toLongLong()
                                : 0;
    const QSignalBlocker blocker(list);
    list->clear();
    const TaskModel *tasks = project()->tasks();
    for (qint64 id : ids) {
        const Task *other = tasks->task(id);
        if (!other)
            continue;
        const bool finished = TaskEnums::isFinished(other->status);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(other->key, other->title), list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(
            tr("%1 — %2 (%3)").arg(other->key, other->title, TaskEnums::label(other->status)));
        if (blocking && !finished)
            item->setForeground(QColor(0xc6, 0x28, 0x28)); // an unfinished dependency blocks
        if (id == selected)
            item->setSelected(true);
    }
    if (list->count() == 0) {
        auto *none = new QListWidgetItem(tr("(none)"), list);
        none->setFlags(Qt::NoItemFlags);
    }
    // Room for four lines at least, growing with the content (AdjustToContents) up to ten: a
    // list of a few tasks needs no scroll bar of its own.
    const int line = std::max(list->fontMetrics().height() + 4, list->sizeHintForRow(0));
    const int frame = 2 * list->frameWidth();
    list->setMinimumHeight(4 * line + frame);
    list->setMaximumHeight(10 * line + frame);
    list->updateGeometry();
}

void DependencyEditor::updateButtons()
{
    const bool editable = !isReadOnly() && taskId() != 0;
    m_add->setEnabled(editable);
    const bool selected =
        !m_dependsOn->selectedItems().isEmpty() || !m_neededBy->selectedItems().isEmpty();
    m_remove->setEnabled(editable && selected);
}

void DependencyEditor::addDependency()
{
    if (isReadOnly() || taskId() == 0)
        return;
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        return;
    const qint64 otherId = project()->tasks()->idForKey(key);
    const QList<qint64> cycle =
        otherId == 0 ? QList<qint64>() : project()->dependencies().cycleIfAdded(taskId(), otherId);
    if (otherId == 0) {
        m_message->showProblem(tr("No task has the key %1.").arg(key));
    } else if (otherId == taskId()) {
        m_message->showProblem(tr("A task cannot depend on itself."));
    } else if (project()->dependencies().contains(taskId(), otherId)) {
        m_message->showProblem(
            tr("This task already depends on %1.").arg(project()->tasks()->keyOf(otherId)));
    } else if (!cycle.isEmpty()) {
        m_message->showProblem(
            tr("Refused: this would close a cycle: %1").arg(project()->describeCycle(cycle)));
    } else {
        m_message->clear();
        m_key->clear();
        project()->undoStack()->push(
            new DependencyCommand(project(), DependencyCommand::Kind::Add, taskId(), otherId));
    }
}

void DependencyEditor::removeSelected()
{
    if (isReadOnly() || taskId() == 0)
        return;
    const bool fromDependsOn = !m_dependsOn->selectedItems().isEmpty();
    QListWidget *list = fromDependsOn ? m_dependsOn : m_neededBy;
    if (list->selectedItems().isEmpty())
        return;
    const qint64 otherId = list->selectedItems().first()->data(Qt::UserRole).toLongLong();
    if (otherId == 0)
        return;
    const qint64 task = fromDependsOn ? taskId() : otherId;
    const qint64 dependsOn = fromDependsOn ? otherId : taskId();
    m_message->clear();
    project()->undoStack()->push(
        new DependencyCommand(project(), DependencyCommand::Kind::Remove, task, dependsOn));
}

} // namespace Candor
