// SPDX-License-Identifier: MIT
#include "taskwarriorwriter.h"

#include "project/project.h"
#include "project/projectreader.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"
#include "taskwarriorschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Candor {

namespace Field = TaskwarriorField;

namespace {

// Fixed, so that UUIDs derived from it stay the same across versions and machines.
const QUuid uuidNamespace(QStringLiteral("{6f0c3c52-5b0e-4a8e-9a4b-8c2f1d7e3a10}"));

// Taskwarrior knows open, completed and deleted; candor_status keeps the finer status.
QString taskwarriorStatus(Status status)
{
    switch (status) {
    case Status::Done:
        return QStringLiteral("completed");
    case Status::Cancelled:
        return QStringLiteral("deleted");
    default:
        return QStringLiteral("pending");
    }
}

} // namespace

QUuid TaskwarriorWriter::uuidFor(const QString &projectName, const QString &key)
{
    return QUuid::createUuidV5(uuidNamespace, projectName + u'\n' + key.toCaseFolded());
}

QByteArray TaskwarriorWriter::write(const Project &project)
{
    const TaskModel &tasks = *project.tasks();
    const ComponentModel &components = *project.components();
    const MilestoneModel &milestones = *project.milestones();
    const QHash<qint64, QList<ChecklistItem>> checklists =
        ProjectReader(project.database()).checklists();
    const auto uuidOf = [&](const QString &key) {
        return uuidFor(project.name(), key).toString(QUuid::WithoutBraces);
    };

    QByteArray bytes("[\n");
    bool first = true;
    for (const Task &task : tasks.tasks()) {
        QJsonObject object{
            {Field::uuid, uuidOf(task.key)},
            {Field::description, task.title},
            {Field::status, taskwarriorStatus(task.status)},
            {Field::priority, TaskwarriorSchema::letterFor(task.priority)},
            {Field::key, task.key},
            {Field::candorStatus, TaskEnums::token(task.status)},
            {Field::candorPriority, TaskEnums::token(task.priority)},
            {Field::progress, QString::number(task.progress)},
            {Field::verification, TaskEnums::token(task.verification)},
        };
        if (task.created > 0)
            object.insert(Field::entry, TaskwarriorSchema::date(task.created));
        if (task.updated > 0) {
            object.insert(Field::modified, TaskwarriorSchema::date(task.updated));
            if (TaskEnums::isFinished(task.status)) // Taskwarrior's end: completed or deleted
                object.insert(Field::end, TaskwarriorSchema::date(task.updated));
            else if (task.status == Status::InProgress)
                object.insert(Field::start, TaskwarriorSchema::date(task.updated));
        }
        if (task.componentId)
            object.insert(Field::project, components.name(task.componentId));
        if (task.estimate) {
            object.insert(Field::estimate, QLocale::c().toString(*task.estimate, 'g',
                                                                 QLocale::FloatingPointShortest));
        }
        const auto insertText = [&](const QString &name, const QString &value) {
            if (!value.isEmpty())
                object.insert(name, value);
        };
        insertText(Field::evidence, task.evidence);
        insertText(Field::assignee, task.assignee);
        insertText(Field::phase, task.phase);
        insertText(Field::candorDescription, task.description);

        QJsonArray depends;
        for (qint64 id : project.dependencies().dependenciesOf(task.id))
            depends.append(uuidOf(tasks.keyOf(id)));
        if (!depends.isEmpty())
            object.insert(Field::depends, depends);

        const QStringList names = milestones.namesInOrder(project.milestonesOf(task.id));
        insertText(Field::milestones, names.join(QStringLiteral("; ")));

        QStringList checklist;
        for (const ChecklistItem &item : checklists.value(task.id))
            checklist << (item.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) +
                             QString(item.text).replace(u'\n', u' ');
        insertText(Field::checklist, checklist.join(u'\n'));

        if (!first)
            bytes += ",\n";
        first = false;
        bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    bytes += "\n]\n";
    return bytes;
}

} // namespace Candor
