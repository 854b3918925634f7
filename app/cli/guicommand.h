// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QElapsedTimer;

namespace Candor {

// What `candor [FILE.candor]` does when no sub-command is named: opens the main window on the
// file, or on the default project.
class GuiCommand final
{
    // Every part of the command line translates in the context its messages have always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Needs a QApplication; startup runs from the start of the process (for the benchmark).
    static int run(const QStringList &arguments, const QElapsedTimer &startup);

private:
    // Parses the GUI's arguments: -1 to go on with *file (may be empty), else the exit code.
    static int parse(const QStringList &arguments, QString *file);
};

} // namespace Candor
