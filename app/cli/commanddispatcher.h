// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Candor {

struct SubCommand;

// The command line's front door: finds the sub-command named first in its table, creates the
// application object that command needs and runs it; otherwise answers --help and --version, or
// opens the main window. Exit codes: 0 ok, 1 usage error, 2 input error (one line on stderr).
class CommandDispatcher final
{
    // Every part of the command line translates in the context its messages have always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static int run(int argc, char **argv);
    // The sub-command called name, or null.
    static const SubCommand *find(const QString &name);
    // The text of `candor --help`, listing the table.
    static QString overview();
};

} // namespace Candor
