// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "database/projectdatabase.h"
#include "project/project.h"
#include "project/storedvaluecheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Candor {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

bool onTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

} // namespace

QString CommandLine::escaped(const QString &text, Breaks breaks)
{
    const auto needsEscape = [breaks](QChar c) {
        const char16_t u = c.unicode();
        return isControl(u) && !(breaks == Breaks::Keep && (u == u'\n' || u == u'\t'));
    };
    // Help texts and reports are long and almost never hold a control character.
    if (std::none_of(text.cbegin(), text.cend(), needsEscape))
        return text;
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (needsEscape(c))
            result += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

void CommandLine::print(const QString &text)
{
    QTextStream(stdout) << escaped(text) << '\n';
}

void CommandLine::writeData(const QByteArray &bytes)
{
    // On a terminal the data is read, not parsed: shown like every other line, never obeyed
    // (an exported title cannot retitle or clear the terminal). A file or a pipe gets it whole.
    if (onTerminal(stdout)) {
        QString text = QString::fromUtf8(bytes);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // CSV's line ends
        QTextStream(stdout) << escaped(text);
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int CommandLine::writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        writeData(bytes);
        return Ok;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return fail(InputError, tr("cannot write %1: %2").arg(path, file.errorString()));
    return Ok;
}

int CommandLine::fail(int code, const QString &message)
{
    QTextStream(stderr) << "candor: " << escaped(message) << '\n';
    return code;
}

bool CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments, int *code,
                        Positionals positionals)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *code = fail(UsageError, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        *code = Ok;
        return false;
    }
    if (positionals == Positionals::Refuse && !parser.positionalArguments().isEmpty()) {
        *code = fail(UsageError,
                     tr("unexpected argument “%1”").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

bool CommandLine::date(const QCommandLineParser &parser, const QCommandLineOption &option,
                       QDate *date, int *code)
{
    if (!parser.isSet(option)) {
        *date = QDate::currentDate();
        return true;
    }
    *date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (date->isValid())
        return true;
    *code = fail(UsageError, tr("--%1 needs a date such as 2025-06-02, not “%2”")
                                 .arg(option.names().constFirst(), parser.value(option)));
    return false;
}

bool CommandLine::wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                              int min, int max, int *value, int *code)
{
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (ok && *value >= min && *value <= max)
        return true;
    *code = fail(UsageError, tr("--%1 needs a whole number from %2 to %3")
                                 .arg(option.names().constFirst())
                                 .arg(min)
                                 .arg(max));
    return false;
}

std::unique_ptr<Project> CommandLine::openForReading(const QString &path, int *code)
{
    OpenOptions options;
    options.readOnly = true;
    options.takeLock = false;
    OpenError error;
    std::unique_ptr<Project> project = Project::open(path, options, &error);
    if (!project)
        *code = fail(InputError, error.message);
    else if (refuseDamaged(*project, code))
        return nullptr;
    return project;
}

bool CommandLine::refuseDamaged(const Project &project, int *code)
{
    bool ok = false;
    const QList<DamagedValue> damaged =
        StoredValueCheck::find(project.database().connection(), &ok);
    if (ok && damaged.isEmpty())
        return false;
    const QString path = QDir::toNativeSeparators(project.path());
    if (!ok) {
        *code = fail(InputError, tr("cannot check the values stored in %1").arg(path));
        return true;
    }
    fail(InputError, tr("%1 holds %n value(s) outside its rules (written by another tool, or "
                        "damaged):",
                        nullptr, int(damaged.size()))
                         .arg(path));
    for (const QString &line : StoredValueCheck::describe(damaged))
        fail(InputError, QStringLiteral("  ") + escaped(line, Breaks::Escape));
    *code = fail(InputError, tr("stopped; `candor repair --project %1` stores each value as it is "
                                "read above (or restore a backup)")
                                 .arg(path));
    return true;
}

} // namespace Candor
