// SPDX-License-Identifier: MIT
#include "addtaskdialog.h"

#include "core/taskfield.h"
#include "project/project.h"
#include "tasks/componentmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Candor {

AddTaskDialog::AddTaskDialog(Project *project, qint64 componentId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_key(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_component(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    setWindowTitle(tr("Add Task"));
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_component->setObjectName(QStringLiteral("componentCombo"));
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_title->setPlaceholderText(tr("What needs to be done"));
    m_title->setMinimumWidth(360);

    m_component->addItem(tr("(none)"), qint64(0));
    for (const Component &component : project->components()->components())
        m_component->addItem(component.name, component.id);
    m_component->setCurrentIndex(std::max(0, m_component->findData(componentId)));
    m_priority->addItems(TaskEnums::priorityLabels());
    m_priority->setCurrentIndex(int(Priority::P2));
    m_status->addItems(TaskEnums::statusLabels());

    m_keyError = errorLabel(QStringLiteral("keyError"));
    m_titleError = errorLabel(QStringLiteral("titleError"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Component:"), m_component);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_keyError);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleError);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Status:"), m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddTaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddTaskDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_key, &QLineEdit::textEdited, this, [this]() {
        m_keyEdited = true;
        m_keyError->hide();
    });
    connect(m_title, &QLineEdit::textEdited, m_titleError, &QLabel::hide);
    connect(m_component, &QComboBox::currentIndexChanged, this, &AddTaskDialog::suggestKey);
    suggestKey();
    m_title->setFocus();
}

QLabel *AddTaskDialog::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void AddTaskDialog::suggestKey()
{
    if (!m_keyEdited)
        m_key->setText(m_project->suggestKey(m_component->currentData().toLongLong()));
}

Task AddTaskDialog::task() const
{
    Task task;
    task.key = m_key->text().trimmed();
    task.title = m_title->text().trimmed();
    task.componentId = m_component->currentData().toLongLong();
    task.priority = static_cast<Priority>(m_priority->currentIndex());
    task.status = static_cast<Status>(m_status->currentIndex());
    if (task.status == Status::Done)
        task.progress = 100;
    return task;
}

void AddTaskDialog::accept()
{
    const Task candidate = task();
    const QString keyProblem = m_project->validate(TaskField::Key, candidate.key, 0);
    const QString titleProblem = m_project->validate(TaskField::Title, candidate.title, 0);
    m_keyError->setText(keyProblem);
    m_keyError->setVisible(!keyProblem.isEmpty());
    m_titleError->setText(titleProblem);
    m_titleError->setVisible(!titleProblem.isEmpty());
    if (!keyProblem.isEmpty()) {
        m_key->setFocus();
        return;
    }
    if (!titleProblem.isEmpty()) {
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Candor
