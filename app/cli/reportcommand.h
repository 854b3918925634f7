// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Candor {

// Writes a project's status report as PDF, HTML or Markdown (`candor report`), without a
// display: the charts are drawn on the offscreen platform.
class ReportCommand final
{
    // Every sub-command translates in the context the command line's messages have always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static int run(QCommandLineParser &parser, const QStringList &arguments);
};

} // namespace Candor
