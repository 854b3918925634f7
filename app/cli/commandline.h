// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>

class QCommandLineOption;
class QCommandLineParser;

namespace Candor {

class Project;

// What every part of the command-line front shares: exit codes, output made safe for a terminal
// and option parsing. Its tr() context is the one the translations know the command line by, so
// each sub-command's file translates through CommandLine::tr().
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum Exit { Ok = 0, UsageError = 1, InputError = 2 };
    // Keep: the line breaks and tabs of the front's own layout stay. Escape: text from input,
    // where a line break would forge a line of the report.
    enum class Breaks { Keep, Escape };
    enum class Positionals { Refuse, Allow };

    // Control characters (C0, DEL, C1) written as \xHH, so that a file being imported cannot
    // retitle, clear or otherwise drive the terminal the report is read in. Every print goes
    // through here.
    static QString escaped(const QString &text, Breaks breaks = Breaks::Keep);
    // One line on standard output.
    static void print(const QString &text);
    // Data for a file or a pipe (an export) on standard output, written as it is: escaping
    // control characters would change what a script reads back. On a terminal it is escaped.
    static void writeData(const QByteArray &bytes);
    // Writes an export to the file at path, or to standard output when path is empty; returns
    // the exit code (an error that the file cannot be written is printed).
    static int writeOutput(const QString &path, const QByteArray &bytes);
    // "candor: MESSAGE" on standard error; returns code.
    static int fail(int code, const QString &message);
    // Adds --help and parses a sub-command's arguments (the first is the sub-command's name).
    // False with *code set when the command should stop: an error, or --help answered.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments, int *code,
                      Positionals positionals = Positionals::Refuse);
    // The day an option names (YYYY-MM-DD), today when it is not given. False with *code set
    // (and the error printed) when its value is not a date.
    static bool date(const QCommandLineParser &parser, const QCommandLineOption &option,
                     QDate *date, int *code);
    // A whole number from min to max that an option names (its default when not given). False
    // with *code set (and the error printed) when it is not one.
    static bool wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                            int min, int max, int *value, int *code);
    // A project opened to be read only, without taking its lock, so that a command reading it
    // works while the app has it open. Null with *code set (and the error printed) on failure,
    // and when it holds values Candor does not know (refuseDamaged()).
    static std::unique_ptr<Project> openForReading(const QString &path, int *code);
    // True (with *code set and the values listed on standard error) when the project holds
    // task values outside its rules: a command that read them would show the values Candor
    // reads them as, and say nothing. `candor repair` writes them so.
    static bool refuseDamaged(const Project &project, int *code);
};

} // namespace Candor
