// SPDX-License-Identifier: MIT
#include "importflow.h"

#include "commands/importcommand.h"
#include "database/projectdatabase.h"
#include "io/importreader.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QUndoStack>

#include <utility>

namespace Candor {

ImportFlow::ImportFlow(Project &project)
    : m_project(project)
{}

const ImportPlan &ImportFlow::read(const QStringList &paths)
{
    m_plan = ImportPlanner::plan(m_project, ImportReader::readFiles(paths));
    return m_plan;
}

ImportFlow::Outcome ImportFlow::apply()
{
    Outcome outcome;
    if (m_project.isReadOnly()) {
        outcome.result = Outcome::Result::NotWritable;
        const QString why = m_project.database().readOnlyReason();
        outcome.message = why.isEmpty()
                              ? tr("%1 is open read-only; open a project you can write to before "
                                   "importing.")
                                    .arg(m_project.path())
                              : tr("%1 cannot be written to: %2. Nothing was imported.")
                                    .arg(m_project.path(), why);
        return outcome;
    }
    ImportPlan plan = std::exchange(m_plan, ImportPlan());
    if (plan.changesNothing()) {
        outcome.message = tr("Nothing to import: %1").arg(plan.summary());
        return outcome;
    }
    const QString source = plan.source;
    const QString summary = plan.summary();
    const QString firstKey = plan.created.isEmpty() ? QString() : plan.created.first().key;

    QString failure;
    const QMetaObject::Connection failed =
        QObject::connect(&m_project, &Project::writeFailed, &m_project,
                         [&failure](const QString &message) { failure = message; });
    QUndoStack *stack = m_project.undoStack();
    const int before = stack->index();
    stack->push(new ImportCommand(&m_project, std::move(plan)));
    QObject::disconnect(failed);
    // A command that failed makes itself obsolete, and the stack drops it instead of adding it.
    if (stack->index() == before || !failure.isEmpty()) {
        outcome.result = Outcome::Result::Failed;
        outcome.message =
            failure.isEmpty() ? tr("The import of %1 was not saved.").arg(source) : failure;
        return outcome;
    }
    outcome.result = Outcome::Result::Imported;
    outcome.message = tr("Imported %1: %2").arg(source, summary);
    if (!firstKey.isEmpty())
        outcome.firstCreated = m_project.tasks()->idForKey(firstKey);
    return outcome;
}

} // namespace Candor
