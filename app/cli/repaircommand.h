// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Candor {

// Lists the task values of a project that break its rules and writes each one as Candor reads
// it, in one transaction (`candor repair`).
class RepairCommand final
{
    // Every sub-command translates in the context the command line's messages have always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static int run(QCommandLineParser &parser, const QStringList &arguments);
};

} // namespace Candor
