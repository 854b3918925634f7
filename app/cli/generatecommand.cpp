// SPDX-License-Identifier: MIT
#include "generatecommand.h"

#include "commandline.h"
#include "database/projectdatabase.h"
#include "project/projectgenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace Candor {

int GenerateCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption tasks(QStringLiteral("tasks"), tr("Number of tasks."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Project file to create."), QStringLiteral("FILE"));
    parser.addOptions({tasks, seed, output});
    int code = 0;
    if (!CommandLine::parse(parser, arguments, &code))
        return code;
    bool ok = false;
    const int count = parser.value(tasks).toInt(&ok);
    if (!parser.isSet(tasks) || !ok || count < 0 || count > 2'000'000)
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("--tasks needs a whole number from 0 to 2000000"));
    const uint seedValue = parser.value(seed).toUInt(&ok);
    if (!ok)
        return CommandLine::fail(CommandLine::UsageError, tr("--seed needs a whole number"));
    const QString path = parser.value(output);
    if (path.isEmpty())
        return CommandLine::fail(CommandLine::UsageError, tr("-o FILE.candor is required"));
    if (QFileInfo::exists(path))
        return CommandLine::fail(CommandLine::InputError,
                                 tr("%1 already exists; choose another name").arg(path));

    QElapsedTimer timer;
    timer.start();
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    std::unique_ptr<ProjectDatabase> database = ProjectDatabase::open(path, options, &error);
    if (!database)
        return CommandLine::fail(CommandLine::InputError, error.message);
    if (const WriteResult result = ProjectGenerator::generate(*database, count, seedValue);
        !result) {
        // Nothing of it stays: neither the file nor the -wal and -shm beside it (on a full
        // disk the WAL could not be folded back, and would be left behind).
        database->discardCreated();
        return CommandLine::fail(CommandLine::InputError, result.error());
    }
    database.reset();
    CommandLine::print(
        tr("Generated %1 tasks in %2 (%3 ms).").arg(count).arg(path).arg(timer.elapsed()));
    return CommandLine::Ok;
}

} // namespace Candor
