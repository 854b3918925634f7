// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "commandline.h"
#include "io/csv/csvwriter.h"
#include "io/export/jsonexporter.h"
#include "io/export/markdownexporter.h"
#include "io/taskwarrior/taskwarriorwriter.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace Candor {

namespace {

QStringList exportFormats()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("taskwarrior"),
            QStringLiteral("markdown")};
}

QByteArray write(const Project &project, const QString &format)
{
    if (format == QLatin1String("csv"))
        return CsvWriter::write(project);
    if (format == QLatin1String("taskwarrior"))
        return TaskwarriorWriter::write(project);
    if (format == QLatin1String("markdown"))
        return MarkdownExporter::write(project).toUtf8();
    return JsonExporter::toBytes(project);
}

} // namespace

int ExportCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: json, csv, taskwarrior or markdown."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption project(QStringLiteral("project"), tr("Project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file (default: standard output)."),
                                    QStringLiteral("OUT"));
    parser.addOptions({format, project, output});
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

    OpenOptions options;
    options.readOnly = true; // an export never writes, and works while the app has it open
    options.takeLock = false;
    OpenError error;
    const std::unique_ptr<Project> opened = Project::open(parser.value(project), options, &error);
    if (!opened)
        return CommandLine::fail(CommandLine::InputError, error.message);
    // The export is data for a file or a pipe, written as it is: escaping control characters
    // here would change what a script reads back.
    const QByteArray bytes = write(*opened, chosen);
    if (!parser.isSet(output)) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return CommandLine::Ok;
    }
    QFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return CommandLine::fail(
            CommandLine::InputError,
            tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
    return CommandLine::Ok;
}

} // namespace Candor
