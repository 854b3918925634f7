// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QStringList>

namespace Candor {

// The command-line front: `candor [FILE]`, `--version`, and the generate, export and screenshot
// commands. Exit codes: 0 ok, 1 usage error, 2 input error (one line on stderr).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum Exit { Ok = 0, UsageError = 1, InputError = 2 };
    enum class Mode { Gui, Headless, Screenshot };

    // Which kind of application object the arguments need, decided before one exists.
    static Mode modeFor(int argc, char **argv);
    // Runs a headless command (generate, export, --version, --help).
    static int runHeadless(const QStringList &arguments);
    // Renders the main window on a view into a PNG; needs a QApplication.
    static int runScreenshot(const QStringList &arguments);
    static QPalette darkPalette();
    // Parses the GUI arguments; returns -1 to go on and start the GUI with *file (may be empty).
    static int parseGui(const QStringList &arguments, QString *file);
};

} // namespace Candor
