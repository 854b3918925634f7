// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Candor {

// One row of the command line's table of sub-commands (commanddispatcher.cpp).
struct SubCommand
{
    // The application object a sub-command needs, created before it runs. There is no "none":
    // every command prints through tr(), whose translators need a QCoreApplication.
    enum class Application {
        Core,            // QCoreApplication: no windows, no display needed
        OffscreenWidgets // QApplication on the offscreen platform unless QT_QPA_PLATFORM is set
    };
    // Gets a parser that already carries the summary as its description, and the arguments from
    // the sub-command's name on; returns the exit code (CommandLine::Exit).
    using Run = int (*)(QCommandLineParser &parser, const QStringList &arguments);

    const char *name;     // as typed after `candor`
    const char *synopsis; // its options, for the overview of `candor --help`
    const char *summary;  // one line; marked with QT_TRANSLATE_NOOP("CommandLine", ...)
    Application application;
    Run run;
};

} // namespace Candor
