// SPDX-License-Identifier: MIT
#include "screenshotcommand.h"

#include "board/boardpage.h"
#include "commandline.h"
#include "dialogs/importdialog.h"
#include "graph/scheduleservice.h"
#include "graph/schedulewatcher.h"
#include "importflow.h"
#include "mainwindow.h"
#include "shell/pageregistry.h"
#include "shell/projectworkspace.h"
#include "shell/theme.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskselection.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImage>

#include <optional>

namespace Candor {

namespace {

// The only place the screenshot asks the workspace about its views, so that the page registry
// (issue 8) replaces this function and nothing else. Without a workspace it only checks the name.
// False with *known set when no view has that name.
bool showView(ProjectWorkspace *workspace, const QString &name, int lanes, QStringList *known)
{
    const PageType *page = PageRegistry::instance().find(name);
    if (!page) {
        *known = PageRegistry::instance().names();
        return false;
    }
    if (!workspace)
        return true;
    workspace->setCurrentPage(page->name);
    if (page->name == ProjectWorkspace::boardPage) {
        QComboBox *chooser = workspace->board()->swimlaneChooser();
        chooser->setCurrentIndex(chooser->findData(lanes));
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// What File ▸ Import would show for the file, without importing it.
int savePreview(MainWindow &window, const QString &file, QSize size, const QString &out)
{
    ImportFlow flow(*window.project());
    ImportDialog dialog(*window.project(), flow.read({file}), &window);
    dialog.resize(std::min(size.width(), 1100), std::min(size.height(), 760));
    dialog.show();
    settle();
    if (!dialog.grab().toImage().save(out, "PNG"))
        return CommandLine::fail(CommandLine::InputError,
                                 ScreenshotCommand::tr("cannot write %1").arg(out));
    return CommandLine::Ok;
}

} // namespace

int ScreenshotCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption project(QStringLiteral("project"), tr("Project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        tr("View to show: %1.").arg(PageRegistry::instance().names().join(QLatin1String(", "))),
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
    if (!CommandLine::parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(project) || !parser.isSet(output))
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("--project FILE.candor and -o OUT.png are required"));
    const QStringList laneNames{QStringLiteral("none"), QStringLiteral("priority"),
                                QStringLiteral("component")};
    const int lanes = int(laneNames.indexOf(parser.value(swimlanes).toLower()));
    if (QStringList known; !showView(nullptr, parser.value(view), lanes, &known))
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("unknown view “%1” (known: %2)")
                                     .arg(parser.value(view), known.join(QLatin1String(", "))));
    if (lanes < 0)
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("unknown swimlanes “%1” (known: none, priority, component)")
                                     .arg(parser.value(swimlanes)));
    const QString themeName = parser.value(theme).toLower();
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark"))
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("unknown theme “%1” (known: light, dark)").arg(themeName));
    if (themeName == QLatin1String("dark"))
        Theme::apply(Theme::Choice::Dark);
    const QStringList dimensions = parser.value(size).split(QLatin1Char('x'));
    bool widthOk = false;
    bool heightOk = false;
    const int width = dimensions.value(0).toInt(&widthOk);
    const int height = dimensions.size() == 2 ? dimensions.at(1).toInt(&heightOk) : 0;
    if (!widthOk || !heightOk || width < 320 || height < 240 || width > 8000 || height > 8000)
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("--size needs WIDTHxHEIGHT, e.g. 1400x900"));
    if (!QFileInfo::exists(parser.value(project)))
        return CommandLine::fail(CommandLine::InputError,
                                 tr("%1 does not exist").arg(parser.value(project)));

    MainWindow window;
    window.setInteractive(false);
    // Read as export reads: without the lock, so that it works while a Candor writes to it.
    if (!window.viewProject(parser.value(project)))
        return CommandLine::fail(CommandLine::InputError, window.lastError());
    if (CommandLine::refuseDamaged(*window.project(), &code))
        return code;
    QStringList known;
    showView(window.workspace(), parser.value(view), lanes, &known);
    window.resize(width, height);
    window.show();
    if (window.width() != width || window.height() != height) {
        const QSize least = window.minimumSizeHint();
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("--size is too small for this view; it needs at least %1x%2")
                                     .arg(least.width())
                                     .arg(least.height()));
    }
    if (parser.isSet(preview))
        return savePreview(window, parser.value(preview), {width, height}, parser.value(output));
    // Show a selected task in the inspector, as a person looking at the project would.
    if (const qint64 first = window.workspace()->filterModel()->taskId(0); first != 0)
        window.workspace()->selection()->select({first}, first);
    settle();
    // The critical path, slack and forecasts come from worker threads: wait for them, so that
    // every screenshot shows them (not only those where the workers happened to be quick).
    ScheduleWatcher *schedules = window.workspace()->scheduleWatcher();
    schedules->requestNow();
    schedules->service()->waitForWorkers();
    settle();
    if (!window.grab().toImage().save(parser.value(output), "PNG"))
        return CommandLine::fail(CommandLine::InputError,
                                 tr("cannot write %1").arg(parser.value(output)));
    return CommandLine::Ok;
}

} // namespace Candor
