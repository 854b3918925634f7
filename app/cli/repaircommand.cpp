// SPDX-License-Identifier: MIT
#include "repaircommand.h"

#include "commandline.h"
#include "database/projectdatabase.h"
#include "project/project.h"
#include "project/storedvaluecheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSet>

namespace Candor {

int RepairCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption project(QStringLiteral("project"), tr("Project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("List the damaged values; write nothing."));
    parser.addOptions({project, dryRun});
    int code = 0;
    if (!CommandLine::parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(project))
        return CommandLine::fail(CommandLine::UsageError, tr("--project FILE.candor is required"));
    const bool dry = parser.isSet(dryRun);
    OpenOptions options;
    options.readOnly = dry;
    options.takeLock = !dry;
    OpenError error;
    const std::unique_ptr<Project> opened = Project::open(parser.value(project), options, &error);
    if (!opened)
        return CommandLine::fail(CommandLine::InputError, error.message);
    const QString path = QDir::toNativeSeparators(opened->path());

    bool ok = false;
    const QList<DamagedValue> damaged =
        StoredValueCheck::find(opened->database().connection(), &ok);
    if (!ok)
        return CommandLine::fail(CommandLine::InputError,
                                 tr("cannot check the values stored in %1").arg(path));
    if (damaged.isEmpty()) {
        CommandLine::print(tr("%1 holds no damaged values.").arg(path));
        return CommandLine::Ok;
    }
    QSet<qint64> tasks;
    for (const DamagedValue &value : damaged)
        tasks.insert(value.taskId);
    QStringList lines{
        dry ? tr("Would repair %n value(s) in %1:", nullptr, int(damaged.size())).arg(path)
            : tr("Repairing %n value(s) in %1:", nullptr, int(damaged.size())).arg(path)};
    for (const QString &line : StoredValueCheck::describe(damaged))
        lines << QStringLiteral("  ") + CommandLine::escaped(line, CommandLine::Breaks::Escape);
    CommandLine::print(lines.join(QLatin1Char('\n')));
    if (dry)
        return CommandLine::Ok;
    if (opened->isReadOnly()) {
        const QString why = opened->database().readOnlyReason();
        return CommandLine::fail(CommandLine::InputError,
                                 tr("%1 cannot be repaired: %2; nothing was changed")
                                     .arg(path, why.isEmpty() ? tr("it is open read-only") : why));
    }
    ChangeSet changes = StoredValueCheck::repair(damaged);
    if (const WriteResult written = opened->apply(changes); !written)
        return CommandLine::fail(CommandLine::InputError,
                                 tr("%1 Nothing was changed.").arg(written.error()));
    CommandLine::print(tr("Repaired %Ln value(s) in %1.", nullptr, int(damaged.size()))
                           .arg(tr("%Ln task(s)", nullptr, int(tasks.size()))));
    return CommandLine::Ok;
}

} // namespace Candor
