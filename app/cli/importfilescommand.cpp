// SPDX-License-Identifier: MIT
#include "importfilescommand.h"

#include "commandline.h"
#include "database/projectdatabase.h"
#include "importflow.h"
#include "io/importreader.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace Candor {

namespace {

// Text from the files, placed inside a line of the report: shown, never obeyed.
QString shown(const QString &text)
{
    return CommandLine::escaped(text, CommandLine::Breaks::Escape);
}

// What the import does or would do, as `candor import` reports it.
QStringList report(const ImportPlan &plan, bool dry, const QString &path)
{
    QStringList lines;
    lines << ImportFilesCommand::tr("%1 %2 into %3")
                 .arg(dry ? ImportFilesCommand::tr("Would import")
                          : ImportFilesCommand::tr("Importing"),
                      shown(plan.source), shown(path))
          << ImportFilesCommand::tr("  created:   %1").arg(plan.created.size())
          << ImportFilesCommand::tr("  updated:   %1").arg(plan.updated.size())
          << ImportFilesCommand::tr("  unchanged: %1").arg(plan.unchanged.size())
          << ImportFilesCommand::tr("  kept:      %1 (in the project, not in the files)")
                 .arg(plan.missing.size())
          << ImportFilesCommand::tr("  warnings:  %1").arg(plan.warnings.size());
    QStringList components = plan.createdPerComponent.keys() + plan.updatedPerComponent.keys();
    components.removeDuplicates();
    std::sort(components.begin(), components.end());
    for (const QString &component : std::as_const(components)) {
        lines << ImportFilesCommand::tr("  %1: %2 new, %3 updated")
                     .arg(component.isEmpty() ? ImportFilesCommand::tr("(no component)")
                                              : shown(component))
                     .arg(plan.createdPerComponent.value(component))
                     .arg(plan.updatedPerComponent.value(component));
    }
    for (const ImportWarning &warning : plan.warnings) {
        lines << QStringLiteral("  warning: %1:%2: %3")
                     .arg(shown(warning.file))
                     .arg(warning.line)
                     .arg(shown(warning.message));
    }
    for (const QString &note : plan.notes)
        lines << QStringLiteral("  note: %1").arg(shown(note));
    return lines;
}

} // namespace

int ImportFilesCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("files"), tr("Files to import."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption project(
        QStringLiteral("project"), tr("Project file (created if absent)."), QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would change; write nothing."));
    parser.addOptions({project, dryRun});
    int code = 0;
    if (!CommandLine::parse(parser, arguments, &code, CommandLine::Positionals::Allow))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(project))
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("give the files to import and --project FILE.candor"));
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile())
            return CommandLine::fail(CommandLine::InputError,
                                     tr("%1 does not exist").arg(shown(file)));
        if (!ImportReader::canRead(file))
            return CommandLine::fail(
                CommandLine::InputError,
                tr("%1: Candor imports .md, .csv, .json (Taskwarrior), .dot/.gv (Graphviz) and "
                   ".mmd (mermaid) files")
                    .arg(shown(file)));
    }

    const bool dry = parser.isSet(dryRun);
    const QString path = parser.value(project);
    OpenOptions options;
    options.createIfMissing = !dry;
    options.readOnly = dry;
    options.takeLock = !dry;
    OpenError error;
    // A dry run into a project that does not exist yet plans against an empty one.
    std::unique_ptr<Project> opened = dry && !QFileInfo::exists(path)
                                          ? Project::load(ProjectDatabase::openInMemory(), &error)
                                          : Project::open(path, options, &error);
    if (!opened)
        return CommandLine::fail(CommandLine::InputError, error.message);

    QElapsedTimer timer;
    timer.start();
    ImportFlow flow(*opened);
    const ImportPlan &plan = flow.read(files);
    CommandLine::print(report(plan, dry, path).join(QLatin1Char('\n')));
    if (dry)
        return CommandLine::Ok;
    const ImportFlow::Outcome outcome = flow.apply();
    switch (outcome.result) {
    case ImportFlow::Outcome::Result::Imported:
        CommandLine::print(tr("Imported in %1 ms.").arg(timer.elapsed()));
        return CommandLine::Ok;
    case ImportFlow::Outcome::Result::NothingToImport:
        return CommandLine::Ok;
    case ImportFlow::Outcome::Result::NotWritable:
    case ImportFlow::Outcome::Result::Failed:
        break;
    }
    // A project that this import was to create is not left behind empty, nor its -wal and -shm.
    opened->database().discardCreated();
    return CommandLine::fail(CommandLine::InputError, outcome.message);
}

} // namespace Candor
