// SPDX-License-Identifier: MIT
#include "reportcommand.h"

#include "commandline.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "report/statusreport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace Candor {

namespace {

// The format an output file's name asks for; pdf when it says nothing.
QString formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return QStringLiteral("html");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return QStringLiteral("markdown");
    return QStringLiteral("pdf");
}

} // namespace

int ReportCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption project(QStringLiteral("project"), tr("Project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file (HTML and Markdown: standard output when "
                                       "not given)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("pdf, html or markdown (default: from the output file's name, else pdf)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        tr("summary (two pages), full (every task, with checklists) or blockers (default: the "
           "project's choice, else summary)."),
        QStringLiteral("TEMPLATE"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        tr("List the changes from this day on (default: the last report exported from the "
           "app, else the last 7 days)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The report's day; the forecast starts from it (default: "
                                     "today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("A4 or Letter (default: the locale's paper)."),
                                      QStringLiteral("SIZE"));
    const QCommandLineOption orientation(QStringLiteral("orientation"),
                                         tr("portrait or landscape (default: portrait)."),
                                         QStringLiteral("ORIENTATION"));
    parser.addOptions(
        {project, output, format, templateOption, since, date, pageSize, orientation});
    int code = 0;
    if (!CommandLine::parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(project))
        return CommandLine::fail(CommandLine::UsageError, tr("--project FILE.candor is required"));
    const QString chosen =
        parser.isSet(format) ? parser.value(format).toLower() : formatOf(parser.value(output));
    const QStringList formats{QStringLiteral("pdf"), QStringLiteral("html"),
                              QStringLiteral("markdown")};
    if (!formats.contains(chosen))
        return CommandLine::fail(
            CommandLine::UsageError,
            tr("unknown format “%1” (known: pdf, html, markdown)").arg(parser.value(format)));
    if (chosen == QLatin1String("pdf") && !parser.isSet(output))
        return CommandLine::fail(CommandLine::UsageError, tr("a PDF report needs -o OUT.pdf"));
    std::optional<ReportTemplate> reportTemplate;
    if (parser.isSet(templateOption)) {
        reportTemplate = ReportOptions::templateFromToken(parser.value(templateOption));
        if (!reportTemplate)
            return CommandLine::fail(CommandLine::UsageError,
                                     tr("unknown template “%1” (known: summary, full, blockers)")
                                         .arg(parser.value(templateOption)));
    }
    ReportPageSetup setup;
    setup.size = ReportPageSetup::forLocale(QLocale());
    if (parser.isSet(pageSize)) {
        const QString size = parser.value(pageSize).toLower();
        if (size != QLatin1String("a4") && size != QLatin1String("letter"))
            return CommandLine::fail(
                CommandLine::UsageError,
                tr("unknown page size “%1” (known: A4, Letter)").arg(parser.value(pageSize)));
        setup.size = size == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter;
    }
    if (parser.isSet(orientation)) {
        const QString name = parser.value(orientation).toLower();
        if (name != QLatin1String("portrait") && name != QLatin1String("landscape"))
            return CommandLine::fail(CommandLine::UsageError,
                                     tr("unknown orientation “%1” (known: portrait, landscape)")
                                         .arg(parser.value(orientation)));
        setup.orientation =
            name == QLatin1String("landscape") ? QPageLayout::Landscape : QPageLayout::Portrait;
    }
    ReportOptions options;
    QDate sinceDay;
    if (!CommandLine::date(parser, date, &options.today, &code) ||
        (parser.isSet(since) && !CommandLine::date(parser, since, &sinceDay, &code)))
        return code;

    const std::unique_ptr<Project> opened =
        CommandLine::openForReading(parser.value(project), &code);
    if (!opened)
        return code;
    // The sections and template chosen in the app for this project, unless told otherwise.
    options.readJson(opened->settings()->value(ReportOptions::sectionsSettingKey).toObject());
    if (reportTemplate)
        options.reportTemplate = *reportTemplate;
    options.since =
        parser.isSet(since)
            ? sinceDay
            : QDate::fromString(
                  opened->settings()->value(ReportOptions::lastReportSettingKey).toString(),
                  Qt::ISODate);
    const StatusReport report(*opened, options, setup);
    if (chosen == QLatin1String("pdf")) {
        QString error;
        if (!report.writePdf(parser.value(output), &error))
            return CommandLine::fail(CommandLine::InputError, error);
        CommandLine::print(
            tr("Wrote %1: %n page(s).", nullptr, report.pageCount()).arg(parser.value(output)));
        return CommandLine::Ok;
    }
    const QByteArray bytes =
        (chosen == QLatin1String("html") ? report.html() : report.markdown()).toUtf8();
    return CommandLine::writeOutput(parser.isSet(output) ? parser.value(output) : QString(), bytes);
}

} // namespace Candor
