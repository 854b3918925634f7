// SPDX-License-Identifier: MIT
#include "commanddispatcher.h"

#include "commandline.h"
#include "exportcommand.h"
#include "forecastcommand.h"
#include "generatecommand.h"
#include "guicommand.h"
#include "importfilescommand.h"
#include "repaircommand.h"
#include "reportcommand.h"
#include "screenshotcommand.h"
#include "shell/languageloader.h"
#include "snapshotcommand.h"
#include "subcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace Candor {

namespace {

using Application = SubCommand::Application;

// Every sub-command of `candor`. Adding one is one file pair in app/cli/ (a class with a static
// run(), like generatecommand.h) and one row here, plus its #include above and its files in
// app/CMakeLists.txt. `candor --help`, the choice of application object and the GUI's refusal
// to open a file named like a command all follow from this table.
const SubCommand subCommands[] = {
    {"generate", "--tasks N [--seed S] -o FILE.candor",
     QT_TRANSLATE_NOOP("CommandLine", "Writes a synthetic but realistic project."),
     Application::Core, &GenerateCommand::run},
    {"import", "FILE... --project P.candor [--dry-run]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Imports Markdown trackers, CSV, Taskwarrior JSON and dependency "
                       "graphs (DOT, mermaid) into a project."),
     Application::Core, &ImportFilesCommand::run},
    {"export",
     "--format json|csv|taskwarrior|markdown|dot|mermaid|layout --project FILE.candor "
     "[-o OUT]\n"
     "                         [--date YYYY-MM-DD] [--runs N]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Exports a project, or its dependency graph (see docs/export-json.md)."),
     Application::Core, &ExportCommand::run},
    {"forecast",
     "--project FILE.candor [--runs N] [--seed S] [--date YYYY-MM-DD] [--format "
     "table|json]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Prints each milestone's Monte Carlo forecast (p50, p80, p95, on time)."),
     Application::Core, &ForecastCommand::run},
    {"report",
     "--project FILE.candor -o OUT [--format pdf|html|markdown]\n"
     "                         [--template summary|full|blockers] [--since YYYY-MM-DD] "
     "[--page-size A4|Letter] [--date YYYY-MM-DD]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Writes a status report (PDF, HTML or Markdown); needs no display."),
     Application::OffscreenWidgets, &ReportCommand::run},
    {"screenshot",
     "--project FILE.candor [--view table|board|graph|dashboard] -o OUT.png [--size 1400x900] "
     "[--theme light|dark] [--swimlanes none|priority|component]\n"
     "                         [--import-preview TRACKER.md]",
     QT_TRANSLATE_NOOP("CommandLine", "Renders the main window on a view into a PNG."),
     Application::OffscreenWidgets, &ScreenshotCommand::run},
    {"repair", "--project FILE.candor [--dry-run]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Lists task values outside the project's rules and stores each as it is "
                       "read (one transaction)."),
     Application::Core, &RepairCommand::run},
    {"snapshot", "--project FILE.candor",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Records today's completion in the project's history (trends)."),
     Application::Core, &SnapshotCommand::run},
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Candor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("candor.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
}

// `--lang LANG` (or --lang=LANG), anywhere before a "--", chooses the language of whatever
// follows, beating the one saved in Preferences. It is taken out of the arguments before the
// sub-command or the window reads them, so none of them needs to know it.
struct LanguageOption
{
    QString value;
    bool missingValue = false;
};

LanguageOption takeLanguageOption(std::vector<char *> &arguments)
{
    LanguageOption option;
    for (auto it = arguments.begin() + 1; it != arguments.end() && qstrcmp(*it, "--") != 0;) {
        const QByteArray argument(*it);
        if (argument == "--lang") {
            it = arguments.erase(it);
            option.missingValue = it == arguments.end() || (*it)[0] == '-' || (*it)[0] == 0;
            if (!option.missingValue) {
                option.value = QString::fromLocal8Bit(*it);
                it = arguments.erase(it);
            }
        } else if (argument.startsWith("--lang=")) {
            option.value = QString::fromLocal8Bit(argument.mid(7));
            option.missingValue = option.value.isEmpty();
            it = arguments.erase(it);
        } else {
            ++it;
        }
    }
    return option;
}

// Qt's own message for an option without its value, so that Qt's catalogue translates it; held
// in variables, which lupdate does not collect into Candor's catalogues.
const char qtParserContext[] = "QCommandLineParser";
const char qtMissingValue[] = "Missing value after '%1'.";

QtMessageHandler qtMessageHandler = nullptr;

// Qt's messages on standard error, as the command line's own: control characters escaped (a
// message may quote a file's text). And the offscreen platform (a screenshot, a report) says on
// every window shown that it cannot pass size hints on to a window system it does not have:
// three lines of noise on the standard error of a command that succeeded. That one message is
// dropped; every other passes through.
void shownMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message == QLatin1String("This plugin does not support propagateSizeHints()") &&
        QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    qtMessageHandler(type, context, CommandLine::escaped(message));
}

// argc is a reference because the application object keeps it for its lifetime.
std::unique_ptr<QCoreApplication> createApplication(Application kind, int &argc, char **argv,
                                                    const QString &language)
{
    std::unique_ptr<QCoreApplication> app;
    switch (kind) {
    case Application::Core:
        app = std::make_unique<QCoreApplication>(argc, argv);
        break;
    case Application::OffscreenWidgets:
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        break;
    }
    LanguageLoader::install(LanguageLoader::chosen(language));
    return app;
}

bool asksForInformation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v") ||
            argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--help-all"))
            return true;
    }
    return false;
}

} // namespace

const SubCommand *CommandDispatcher::find(const QString &name)
{
    for (const SubCommand &command : subCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString CommandDispatcher::overview()
{
    QString text = tr("Usage: candor [FILE.candor]") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const SubCommand &command : subCommands) {
        text += QStringLiteral("       candor %1 %2\n")
                    .arg(QLatin1String(command.name), QLatin1String(command.synopsis));
        width = std::max(width, qsizetype(qstrlen(command.name)));
    }
    // The languages are names, the same in every language; so is the rest of the line.
    text += QStringLiteral("       candor --version | --help\n"
                           "       candor --lang %1 [FILE.candor | COMMAND ...]\n\n")
                .arg((QStringList{QStringLiteral("en")} + LanguageLoader::available())
                         .join(QLatin1Char('|'))) +
            tr("Commands:") + QLatin1Char('\n');
    for (const SubCommand &command : subCommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(command.name), -int(width))
                    .arg(tr(command.summary));
    }
    text += QLatin1Char('\n') +
            tr("Each command explains its options: candor COMMAND --help.\n"
               "Without FILE, Candor opens the project open last, or the default project "
               "(created with demo content on first run).\n"
               "Exit codes: 0 success, 1 usage error, 2 input error.");
    return text;
}

int CommandDispatcher::run(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    qtMessageHandler = qInstallMessageHandler(shownMessage);
    describeApplication();
    // The application objects below keep argc and argv: both outlive them here.
    std::vector<char *> kept(argv, argv + argc);
    const LanguageOption language = takeLanguageOption(kept);
    argc = int(kept.size());
    kept.push_back(nullptr); // argv[argc] is null, as main() was given it
    argv = kept.data();
    if (language.missingValue) {
        const std::unique_ptr<QCoreApplication> app =
            createApplication(Application::Core, argc, argv, QString());
        return CommandLine::fail(CommandLine::UsageError,
                                 QCoreApplication::translate(qtParserContext, qtMissingValue)
                                         .arg(QStringLiteral("--lang")) +
                                     tr(" (see candor --help)"));
    }
    if (const SubCommand *command = argc > 1 ? find(QString::fromLocal8Bit(argv[1])) : nullptr) {
        const std::unique_ptr<QCoreApplication> app =
            createApplication(command->application, argc, argv, language.value);
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QCoreApplication::translate("CommandLine", command->summary));
        return command->run(parser, QCoreApplication::arguments().mid(1));
    }
    if (asksForInformation(argc, argv)) {
        const std::unique_ptr<QCoreApplication> app =
            createApplication(Application::Core, argc, argv, language.value);
        const QStringList arguments = QCoreApplication::arguments();
        if (arguments.contains(QLatin1String("--version")) ||
            arguments.contains(QLatin1String("-v")))
            CommandLine::print(QStringLiteral("candor %1").arg(QStringLiteral(CANDOR_VERSION)));
        else
            CommandLine::print(overview());
        return CommandLine::Ok;
    }
    QApplication app(argc, argv);
    LanguageLoader::install(LanguageLoader::chosen(language.value));
    return GuiCommand::run(QCoreApplication::arguments(), startup);
}

} // namespace Candor
