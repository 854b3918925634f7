// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Candor {

// Prints each milestone's Monte Carlo forecast as a table (or JSON): its target, the dates half,
// four in five and 19 in 20 runs finish by, the share of runs on time and the slip of the p80
// date (`candor forecast`).
class ForecastCommand final
{
    // Every sub-command translates in the context the command line's messages have always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static int run(QCommandLineParser &parser, const QStringList &arguments);
};

} // namespace Candor
