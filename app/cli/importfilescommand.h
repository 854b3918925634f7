// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Candor {

// Imports tracker files into a project, or shows what that would do (`candor import`).
class ImportFilesCommand final
{
    // Every sub-command translates in the context the command line's messages have always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static int run(QCommandLineParser &parser, const QStringList &arguments);
};

} // namespace Candor
