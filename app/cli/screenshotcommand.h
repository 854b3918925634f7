// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Candor {

// Renders the main window on a view, or the import preview, into a PNG (`candor screenshot`).
class ScreenshotCommand final
{
    // Every sub-command translates in the context the command line's messages have always had.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static int run(QCommandLineParser &parser, const QStringList &arguments);
};

} // namespace Candor
