// SPDX-License-Identifier: MIT
#include "guicommand.h"

#include "commanddispatcher.h"
#include "commandline.h"
#include "mainwindow.h"
#include "shell/preferencesdialog.h"
#include "shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace Candor {

int GuiCommand::parse(const QStringList &arguments, QString *file)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("Project to open."),
                                 QStringLiteral("[FILE.candor]"));
    if (!parser.parse(arguments))
        return CommandLine::fail(CommandLine::UsageError,
                                 parser.errorText() + tr(" (see candor --help)"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("give at most one project file (see candor --help)"));
    if (!positional.isEmpty()) {
        const QString known = positional.first();
        if (CommandDispatcher::find(known))
            return CommandLine::fail(CommandLine::UsageError,
                                     tr("“%1” is a command; see candor --help").arg(known));
        *file = known;
    }
    return -1;
}

int GuiCommand::run(const QStringList &arguments, const QElapsedTimer &startup)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));
    // Lets a Wayland compositor match the window to the installed menu entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(CANDOR_APP_ID));
    QString file;
    if (const int code = parse(arguments, &file); code >= 0)
        return code;

    Theme::apply(Theme::saved());
    PreferencesDialog::applySavedDateFormat();
    MainWindow window;
    window.restoreSettings();
    window.openAtStart(file);
    window.show();
    if (qEnvironmentVariableIsSet("CANDOR_REPORT_STARTUP")) {
        // Used by the benchmark: time from the start to a fully rendered window. grab() renders
        // every widget even where the platform has not exposed the window yet.
        QTimer::singleShot(0, &window, [&window, &startup]() {
            const QPixmap rendered = window.grab();
            QTextStream(stdout) << "startup_ms " << startup.elapsed() << " (" << rendered.width()
                                << "x" << rendered.height() << ")" << Qt::endl;
            QCoreApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace Candor
