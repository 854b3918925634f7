// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "board/boardpage.h"
#include "commands/importcommand.h"
#include "database/projectdatabase.h"
#include "dialogs/importdialog.h"
#include "io/csv/csvwriter.h"
#include "io/export/jsonexporter.h"
#include "io/export/markdownexporter.h"
#include "io/importplan.h"
#include "io/importreader.h"
#include "io/taskwarrior/taskwarriorwriter.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectgenerator.h"
#include "shell/projectworkspace.h"
#include "table/tasktableview.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskselection.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTextStream>
#include <QUndoStack>

#include <cstdio>

namespace Candor {

namespace {

const QString generateCommand = QStringLiteral("generate");
const QString exportCommand = QStringLiteral("export");
const QString screenshotCommand = QStringLiteral("screenshot");
const QString importCommand = QStringLiteral("import");

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "candor: " << message << '\n';
    return code;
}

void print(const QString &text)
{
    QTextStream(stdout) << text << '\n';
}

QString overview()
{
    return CommandLine::tr(
        "Usage: candor [FILE.candor]\n"
        "       candor generate --tasks N [--seed S] -o FILE.candor\n"
        "       candor import FILE... --project P.candor [--dry-run]\n"
        "       candor export --format json|csv|taskwarrior|markdown --project FILE.candor "
        "[-o OUT]\n"
        "       candor screenshot --project FILE.candor [--view table|board] -o OUT.png "
        "[--size 1400x900] [--theme light|dark] [--swimlanes none|priority|component]\n"
        "                         [--import-preview TRACKER.md]\n"
        "       candor --version | --help\n\n"
        "Without FILE, Candor opens the default project (created with demo content on first "
        "run).\n"
        "Exit codes: 0 success, 1 usage error, 2 input error.");
}

// Parses a sub-command's options; on error returns false with *code set.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *code)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *code = fail(CommandLine::UsageError, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        *code = CommandLine::Ok;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *code = fail(
            CommandLine::UsageError,
            CommandLine::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Writes a synthetic but realistic project."));
    const QCommandLineOption tasks(QStringLiteral("tasks"), CommandLine::tr("Number of tasks."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), CommandLine::tr("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Project file to create."),
                                    QStringLiteral("FILE"));
    parser.addOptions({tasks, seed, output});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    bool ok = false;
    const int count = parser.value(tasks).toInt(&ok);
    if (!parser.isSet(tasks) || !ok || count < 0 || count > 2'000'000)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("--tasks needs a whole number from 0 to 2000000"));
    const uint seedValue = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(CommandLine::UsageError, CommandLine::tr("--seed needs a whole number"));
    const QString path = parser.value(output);
    if (path.isEmpty())
        return fail(CommandLine::UsageError, CommandLine::tr("-o FILE.candor is required"));
    if (QFileInfo::exists(path))
        return fail(CommandLine::InputError,
                    CommandLine::tr("%1 already exists; choose another name").arg(path));

    QElapsedTimer timer;
    timer.start();
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    std::unique_ptr<ProjectDatabase> database = ProjectDatabase::open(path, options, &error);
    if (!database)
        return fail(CommandLine::InputError, error.message);
    if (const WriteResult result = ProjectGenerator::generate(*database, count, seedValue);
        !result) {
        database.reset();
        QFile::remove(path);
        return fail(CommandLine::InputError, result.error());
    }
    database.reset();
    print(CommandLine::tr("Generated %1 tasks in %2 (%3 ms).")
              .arg(count)
              .arg(path)
              .arg(timer.elapsed()));
    return CommandLine::Ok;
}

QStringList exportFormats()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("taskwarrior"),
            QStringLiteral("markdown")};
}

int importFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Imports Markdown trackers, CSV and Taskwarrior JSON into a project."));
    parser.addPositionalArgument(QStringLiteral("files"), CommandLine::tr("Files to import."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption project(QStringLiteral("project"),
                                     CommandLine::tr("Project file (created if absent)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CommandLine::tr("Show what would change; write nothing."));
    parser.addOptions({project, dryRun});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(CommandLine::UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        return CommandLine::Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(project))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("give the files to import and --project FILE.candor"));
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile())
            return fail(CommandLine::InputError, CommandLine::tr("%1 does not exist").arg(file));
        if (!ImportReader::canRead(file))
            return fail(
                CommandLine::InputError,
                CommandLine::tr("%1: Candor imports .md, .csv and .json (Taskwarrior) files")
                    .arg(file));
    }

    const bool dry = parser.isSet(dryRun);
    const QString path = parser.value(project);
    OpenOptions options;
    options.createIfMissing = !dry;
    options.readOnly = dry;
    options.takeLock = !dry;
    OpenError error;
    std::unique_ptr<Project> opened = dry && !QFileInfo::exists(path)
                                          ? Project::load(ProjectDatabase::openInMemory(), &error)
                                          : Project::open(path, options, &error);
    if (!opened)
        return fail(CommandLine::InputError, error.message);

    QElapsedTimer timer;
    timer.start();
    const ImportBatch batch = ImportReader::readFiles(files);
    const ImportPlan plan = ImportPlanner::plan(*opened, batch);
    QTextStream out(stdout);
    out << CommandLine::tr("%1 %2 into %3")
               .arg(dry ? CommandLine::tr("Would import") : CommandLine::tr("Importing"),
                    batch.source, path)
        << '\n';
    out << CommandLine::tr("  created:   %1").arg(plan.created.size()) << '\n'
        << CommandLine::tr("  updated:   %1").arg(plan.updated.size()) << '\n'
        << CommandLine::tr("  unchanged: %1").arg(plan.unchanged.size()) << '\n'
        << CommandLine::tr("  kept:      %1 (in the project, not in the files)")
               .arg(plan.missing.size())
        << '\n'
        << CommandLine::tr("  warnings:  %1").arg(plan.warnings.size()) << '\n';
    QStringList components = plan.createdPerComponent.keys() + plan.updatedPerComponent.keys();
    components.removeDuplicates();
    std::sort(components.begin(), components.end());
    for (const QString &component : std::as_const(components)) {
        out << CommandLine::tr("  %1: %2 new, %3 updated")
                   .arg(component.isEmpty() ? CommandLine::tr("(no component)") : component)
                   .arg(plan.createdPerComponent.value(component))
                   .arg(plan.updatedPerComponent.value(component))
            << '\n';
    }
    for (const ImportWarning &warning : plan.warnings) {
        out << QStringLiteral("  warning: %1:%2: %3")
                   .arg(warning.file)
                   .arg(warning.line)
                   .arg(warning.message)
            << '\n';
    }
    for (const QString &note : plan.notes)
        out << QStringLiteral("  note: %1").arg(note) << '\n';
    out.flush();
    if (dry || plan.changesNothing())
        return CommandLine::Ok;

    bool failed = false;
    QString failure;
    QObject::connect(opened.get(), &Project::writeFailed, opened.get(),
                     [&failed, &failure](const QString &message) {
                         failed = true;
                         failure = message;
                     });
    opened->undoStack()->push(new ImportCommand(opened.get(), plan));
    if (failed)
        return fail(CommandLine::InputError, failure);
    print(CommandLine::tr("Imported in %1 ms.").arg(timer.elapsed()));
    return CommandLine::Ok;
}

int exportProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Exports a project (see docs/export-json.md)."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandLine::tr("Output format: json, csv, taskwarrior or markdown."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption project(QStringLiteral("project"), CommandLine::tr("Project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Output file (default: standard output)."),
                                    QStringLiteral("OUT"));
    parser.addOptions({format, project, output});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QString chosen = parser.value(format);
    if (!exportFormats().contains(chosen))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown format “%1” (known: %2)")
                        .arg(chosen, exportFormats().join(QStringLiteral(", "))));
    if (!parser.isSet(project))
        return fail(CommandLine::UsageError, CommandLine::tr("--project FILE.candor is required"));

    OpenOptions options;
    options.readOnly = true; // an export never writes, and works while the app has it open
    options.takeLock = false;
    OpenError error;
    const std::unique_ptr<Project> opened = Project::open(parser.value(project), options, &error);
    if (!opened)
        return fail(CommandLine::InputError, error.message);
    QByteArray json;
    if (chosen == QLatin1String("csv"))
        json = CsvWriter::write(*opened);
    else if (chosen == QLatin1String("taskwarrior"))
        json = TaskwarriorWriter::write(*opened);
    else if (chosen == QLatin1String("markdown"))
        json = MarkdownExporter::write(*opened).toUtf8();
    else
        json = JsonExporter::toBytes(*opened);
    if (!parser.isSet(output)) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return CommandLine::Ok;
    }
    QFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return fail(
            CommandLine::InputError,
            CommandLine::tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
    return CommandLine::Ok;
}

} // namespace

CommandLine::Mode CommandLine::modeFor(int argc, char **argv)
{
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (first == generateCommand || first == exportCommand || first == importCommand)
            return Mode::Headless;
        if (first == screenshotCommand)
            return Mode::Screenshot;
    }
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v") ||
            argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--help-all"))
            return Mode::Headless;
    }
    return Mode::Gui;
}

int CommandLine::runHeadless(const QStringList &arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == generateCommand)
        return generate(arguments.mid(1));
    if (arguments.size() > 1 && arguments.at(1) == exportCommand)
        return exportProject(arguments.mid(1));
    if (arguments.size() > 1 && arguments.at(1) == importCommand)
        return importFiles(arguments.mid(1));
    if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
        print(QStringLiteral("candor %1").arg(QStringLiteral(CANDOR_VERSION)));
        return Ok;
    }
    print(overview());
    return Ok;
}

int CommandLine::parseGui(const QStringList &arguments, QString *file)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("Project to open."),
                                 QStringLiteral("[FILE.candor]"));
    if (!parser.parse(arguments))
        return fail(UsageError, parser.errorText() + tr(" (see candor --help)"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(UsageError, tr("give at most one project file (see candor --help)"));
    if (!positional.isEmpty()) {
        const QString known = positional.first();
        if (known == generateCommand || known == exportCommand || known == screenshotCommand ||
            known == importCommand)
            return fail(UsageError, tr("“%1” is a command; see candor --help").arg(known));
        *file = known;
    }
    return -1;
}

// A dark palette for screenshots (and for checking that every view reads in one).
QPalette CommandLine::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa2));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3e, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5e));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

int CommandLine::runScreenshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renders the main window on a view into a PNG."));
    const QCommandLineOption project(QStringLiteral("project"), tr("Project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"), tr("View to show: table or board."),
                                  QStringLiteral("VIEW"), QStringLiteral("table"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("Palette: light or dark."),
                                   QStringLiteral("THEME"), QStringLiteral("light"));
    const QCommandLineOption swimlanes(QStringLiteral("swimlanes"),
                                       tr("Board lanes: none, priority or component."),
                                       QStringLiteral("LANES"), QStringLiteral("none"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("PNG file to write."), QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size."), QStringLiteral("WxH"),
                                  QStringLiteral("1400x900"));
    const QCommandLineOption preview(QStringLiteral("import-preview"),
                                     tr("Render the import preview of FILE instead of a view."),
                                     QStringLiteral("FILE"));
    parser.addOptions({project, view, output, size, theme, swimlanes, preview});
    int code = 0;
    if (!parse(parser, arguments.mid(1), &code))
        return code;
    if (!parser.isSet(project) || !parser.isSet(output))
        return fail(UsageError, tr("--project FILE.candor and -o OUT.png are required"));
    const std::optional<ProjectWorkspace::View> chosen =
        ProjectWorkspace::viewFromName(parser.value(view));
    if (!chosen)
        return fail(UsageError, tr("unknown view “%1” (known: %2)")
                                    .arg(parser.value(view),
                                         ProjectWorkspace::viewNames().join(QLatin1String(", "))));
    const QStringList laneNames{QStringLiteral("none"), QStringLiteral("priority"),
                                QStringLiteral("component")};
    const int lanes = int(laneNames.indexOf(parser.value(swimlanes).toLower()));
    if (lanes < 0)
        return fail(UsageError, tr("unknown swimlanes “%1” (known: none, priority, component)")
                                    .arg(parser.value(swimlanes)));
    const QString themeName = parser.value(theme).toLower();
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark"))
        return fail(UsageError, tr("unknown theme “%1” (known: light, dark)").arg(themeName));
    if (themeName == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    const QStringList dimensions = parser.value(size).split(QLatin1Char('x'));
    bool widthOk = false;
    bool heightOk = false;
    const int width = dimensions.value(0).toInt(&widthOk);
    const int height = dimensions.size() == 2 ? dimensions.at(1).toInt(&heightOk) : 0;
    if (!widthOk || !heightOk || width < 320 || height < 240 || width > 8000 || height > 8000)
        return fail(UsageError, tr("--size needs WIDTHxHEIGHT, e.g. 1400x900"));
    if (!QFileInfo::exists(parser.value(project)))
        return fail(InputError, tr("%1 does not exist").arg(parser.value(project)));

    MainWindow window;
    window.setInteractive(false);
    if (!window.openProject(parser.value(project)))
        return fail(InputError, window.lastError());
    window.workspace()->setCurrentView(*chosen);
    if (*chosen == ProjectWorkspace::View::Board) {
        QComboBox *chooser = window.workspace()->board()->swimlaneChooser();
        chooser->setCurrentIndex(chooser->findData(lanes));
    }
    window.resize(width, height);
    window.show();
    if (window.width() != width || window.height() != height) {
        const QSize least = window.minimumSizeHint();
        return fail(UsageError, tr("--size is too small for this view; it needs at least %1x%2")
                                    .arg(least.width())
                                    .arg(least.height()));
    }
    if (parser.isSet(preview)) {
        // What File ▸ Import would show for the file, without importing it.
        const ImportBatch batch = ImportReader::readFiles({parser.value(preview)});
        ImportDialog dialog(*window.project(), ImportPlanner::plan(*window.project(), batch),
                            &window);
        dialog.resize(std::min(width, 1100), std::min(height, 760));
        dialog.show();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        if (!dialog.grab().toImage().save(parser.value(output), "PNG"))
            return fail(InputError, tr("cannot write %1").arg(parser.value(output)));
        return Ok;
    }
    // Show a selected task in the inspector, as a person looking at the project would.
    if (const qint64 first = window.workspace()->filterModel()->taskId(0); first != 0) {
        window.workspace()->selection()->select({first}, first);
    }
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    if (!image.save(parser.value(output), "PNG"))
        return fail(InputError, tr("cannot write %1").arg(parser.value(output)));
    return Ok;
}

} // namespace Candor
