// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "commandline.h"
#include "io/export/projectexport.h"
#include "project/project.h"

#include <QCommandLineParser>

namespace Candor {

int ExportCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Output format: json, csv, taskwarrior, markdown; or the dependency graph as dot "
           "(Graphviz), mermaid (a flowchart) or layout (the graph page's drawing as JSON)."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption project(QStringLiteral("project"), tr("Project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file (default: standard output)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption date(
        QStringLiteral("date"),
        tr("json: the day the schedule and the forecast start from (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        tr("json: Monte Carlo runs of the milestones' forecasts (default: %1, fewer for more "
           "than %2 open tasks, at least %3).")
            .arg(JsonExporter::defaultRuns)
            .arg(qint64(JsonExporter::drawBudget / JsonExporter::defaultRuns))
            .arg(JsonExporter::fewestRuns),
        QStringLiteral("N"));
    parser.addOptions({format, project, output, date, runs});
    int code = 0;
    if (!CommandLine::parse(parser, arguments, &code))
        return code;
    const QString chosen = parser.value(format);
    if (!ProjectExport::find(chosen))
        return CommandLine::fail(
            CommandLine::UsageError,
            tr("unknown format “%1” (known: %2)")
                .arg(chosen, ProjectExport::tokens().join(QStringLiteral(", "))));
    if (!parser.isSet(project))
        return CommandLine::fail(CommandLine::UsageError, tr("--project FILE.candor is required"));
    JsonExportOptions options;
    if (!CommandLine::date(parser, date, &options.start, &code) ||
        (parser.isSet(runs) &&
         !CommandLine::wholeNumber(parser, runs, 1, maxRuns, &options.forecastRuns, &code)))
        return code;

    const std::unique_ptr<Project> opened =
        CommandLine::openForReading(parser.value(project), &code);
    if (!opened)
        return code;
    const QByteArray bytes = ProjectExport::write(*opened, chosen, options);
    return CommandLine::writeOutput(parser.isSet(output) ? parser.value(output) : QString(), bytes);
}

} // namespace Candor
