// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Candor {

// Writes a project as JSON, CSV, Taskwarrior JSON or Markdown, or its dependency graph as DOT, a
// mermaid flowchart or the graph page's layout (`candor export`).
class ExportCommand final
{
    // Every sub-command translates in the context the command line's messages have always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // The most forecast runs a command takes (--runs), here and in `candor forecast`.
    static constexpr int maxRuns = 1'000'000;

    static int run(QCommandLineParser &parser, const QStringList &arguments);
};

} // namespace Candor
