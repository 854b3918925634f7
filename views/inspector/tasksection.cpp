// SPDX-License-Identifier: MIT
#include "tasksection.h"

#include "commands/settaskfieldcommand.h"
#include "core/task.h"
#include "fieldmessage.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QDate>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QUndoStack>

namespace Candor {

TaskSection::TaskSection(const QString &title, Project *project, QWidget *parent)
    : QGroupBox(title, parent)
    , m_project(project)
{}

void TaskSection::setTaskId(qint64 taskId)
{
    m_taskId = taskId;
    const QList<FieldMessage *> messages = findChildren<FieldMessage *>();
    for (FieldMessage *message : messages)
        message->clear();
    refresh();
}

const Task *TaskSection::task() const
{
    return m_taskId == 0 ? nullptr : m_project->tasks()->task(m_taskId);
}

bool TaskSection::isReadOnly() const
{
    return m_project->isReadOnly();
}

bool TaskSection::commit(TaskField field, const QVariant &value, FieldMessage *message,
                         bool mergeable)
{
    const Task *current = task();
    if (!current || isReadOnly())
        return false;
    const QVariant normalised = Project::normalised(field, value);
    if (const QString problem = m_project->validate(field, normalised, m_taskId);
        !problem.isEmpty()) {
        message->showProblem(problem);
        refresh();
        return false;
    }
    if (m_project->tasks()->fieldValue(*current, field) == normalised)
        return true; // e.g. focus left an editor that was not changed
    message->clear();

    QUndoStack *stack = m_project->undoStack();
    const QDate today = QDate::currentDate();
    // Verifying a task records the day in the same undo step.
    const bool stampDay = field == TaskField::Verification &&
                          normalised.toInt() == int(Verification::Verified) &&
                          current->verifiedOn != today;
    if (stampDay)
        stack->beginMacro(tr("Verify %1").arg(current->key));
    auto *command = new SetTaskFieldCommand(m_project, field, {m_taskId}, {normalised});
    command->setMergeable(mergeable);
    stack->push(command);
    if (stampDay) {
        stack->push(new SetTaskFieldCommand(m_project, TaskField::VerifiedOn, {m_taskId}, {today}));
        stack->endMacro();
    }
    return true;
}

FieldMessage *TaskSection::addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *message = new FieldMessage(field, form->parentWidget());
    // "titleEdit" gets "titleMessage", so that tests and style sheets can find it.
    static const QRegularExpression kind(QStringLiteral("(Edit|Combo|Spin|List)$"));
    message->setObjectName(QString(field->objectName()).remove(kind) + QStringLiteral("Message"));
    form->addRow(label, field);
    form->addRow(message);
    return message;
}

void TaskSection::showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(text);
    edit->setCursorPosition(0);
}

} // namespace Candor
