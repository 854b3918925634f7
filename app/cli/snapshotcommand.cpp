// SPDX-License-Identifier: MIT
#include "snapshotcommand.h"

#include "commandline.h"
#include "metrics/snapshotstore.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace Candor {

int SnapshotCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption project(QStringLiteral("project"), tr("Project file."),
                                     QStringLiteral("FILE"));
    parser.addOptions({project});
    int code = 0;
    if (!CommandLine::parse(parser, arguments, &code))
        return code;
    const QString path = parser.value(project);
    if (path.isEmpty())
        return CommandLine::fail(CommandLine::UsageError, tr("--project FILE.candor is required"));
    if (!QFileInfo::exists(path))
        return CommandLine::fail(CommandLine::InputError, tr("%1 does not exist").arg(path));
    OpenOptions options;
    OpenError error;
    const std::unique_ptr<Project> opened = Project::open(path, options, &error);
    if (!opened)
        return CommandLine::fail(CommandLine::InputError, error.message);
    SnapshotStore store(*opened);
    const QDate today = QDate::currentDate();
    if (const WriteResult result = store.take(today); !result)
        return CommandLine::fail(CommandLine::InputError, result.error());
    const QList<SnapshotPoint> history = store.history();
    const SnapshotPoint &point = history.last();
    const QLocale locale;
    CommandLine::print(tr("Snapshot of %1 on %2: claimed %3%, verified %4% (%5 snapshots).")
                           .arg(opened->name(), today.toString(Qt::ISODate),
                                locale.toString(point.claimed, 'f', 1),
                                locale.toString(point.verified, 'f', 1))
                           .arg(history.size()));
    return CommandLine::Ok;
}

} // namespace Candor
