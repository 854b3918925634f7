// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "csvcolumns.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QLocale>

namespace Candor {

namespace {

// A field's cell: Candor's tokens for the enums, names for components and milestones.
QString value(const Project &project, const Task &task, TaskField field)
{
    switch (field) {
    case TaskField::Key:
        return task.key;
    case TaskField::Title:
        return task.title;
    case TaskField::Status:
        return TaskEnums::token(task.status);
    case TaskField::Priority:
        return TaskEnums::token(task.priority);
    case TaskField::Component:
        return task.componentId ? project.components()->name(task.componentId) : QString();
    case TaskField::Assignee:
        return task.assignee;
    case TaskField::Estimate:
        return task.estimate
                   ? QLocale::c().toString(*task.estimate, 'g', QLocale::FloatingPointShortest)
                   : QString();
    case TaskField::Progress:
        return QString::number(task.progress);
    case TaskField::Verification:
        return TaskEnums::token(task.verification);
    case TaskField::Evidence:
        return task.evidence;
    case TaskField::Milestones:
        return project.milestones()
            ->namesInOrder(project.milestonesOf(task.id))
            .join(QStringLiteral("; "));
    case TaskField::Phase:
        return task.phase;
    case TaskField::Description:
        return task.description;
    default: // CsvColumns writes no other field
        return {};
    }
}

// A field as RFC 4180 wants it: quoted when it holds a delimiter, a quote, a line break or edge
// spaces, with quotes doubled.
QString quoted(const QString &field)
{
    const bool needsQuotes =
        field.contains(u',') || field.contains(u';') || field.contains(u'"') ||
        field.contains(u'\n') || field.contains(u'\r') ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString result = field;
    result.replace(u'"', QStringLiteral("\"\""));
    return u'"' + result + u'"';
}

} // namespace

QByteArray CsvWriter::write(const Project &project)
{
    const TaskModel &tasks = *project.tasks();
    const QList<CsvColumn> &columns = CsvColumns::written();

    const QLatin1String lineEnd("\r\n");
    QString text = CsvColumns::names().join(u',') + lineEnd;
    QStringList row;
    for (const Task &task : tasks.tasks()) {
        row.clear();
        for (const CsvColumn &column : columns) {
            if (column.kind == CsvColumn::Kind::DependsOn) {
                QStringList dependsOn;
                for (qint64 id : project.dependencies().dependenciesOf(task.id))
                    dependsOn << tasks.keyOf(id);
                row << quoted(dependsOn.join(QStringLiteral("; ")));
                continue;
            }
            row << quoted(value(project, task, column.field));
        }
        text += row.join(u',') + lineEnd;
    }
    return text.toUtf8();
}

} // namespace Candor
