// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "commandline.h"
#include "graph/dotformat.h"
#include "graph/keyedgraph.h"
#include "graph/layoutjson.h"
#include "graph/mermaidformat.h"
#include "io/csv/csvwriter.h"
#include "io/export/jsonexporter.h"
#include "io/export/markdownexporter.h"
#include "io/taskwarrior/taskwarriorwriter.h"
#include "project/project.h"

#include <QCommandLineParser>

namespace Candor {

namespace {

QStringList exportFormats()
{
    return {QStringLiteral("json"),     QStringLiteral("csv"), QStringLiteral("taskwarrior"),
            QStringLiteral("markdown"), QStringLiteral("dot"), QStringLiteral("mermaid"),
            QStringLiteral("layout")};
}

QByteArray write(const Project &project, const QString &format, const JsonExportOptions &options)
{
    if (format == QLatin1String("dot"))
        return DotFormat::write(KeyedGraph::fromProject(project), project.name());
    if (format == QLatin1String("mermaid"))
        return MermaidFormat::write(KeyedGraph::fromProject(project));
    if (format == QLatin1String("layout"))
        return LayoutJson::write(project);
    if (format == QLatin1String("csv"))
        return CsvWriter::write(project);
    if (format == QLatin1String("taskwarrior"))
        return TaskwarriorWriter::write(project);
    if (format == QLatin1String("markdown"))
        return MarkdownExporter::write(project).toUtf8();
    return JsonExporter::toBytes(project, options);
}

} // namespace

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
    if (!exportFormats().contains(chosen))
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("unknown format “%1” (known: %2)")
                                     .arg(chosen, exportFormats().join(QStringLiteral(", "))));
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
    const QByteArray bytes = write(*opened, chosen, options);
    return CommandLine::writeOutput(parser.isSet(output) ? parser.value(output) : QString(), bytes);
}

} // namespace Candor
