// SPDX-License-Identifier: MIT
// A project small enough to work out by hand, for the command line's schedule, forecast and graph
// tests, and the JSON helpers they share.
//
// Day zero is Monday 2 June 2025 (chainStart). Every estimate but F's is three equal points, so
// the forecast has no spread and its dates are the critical path's; F has a single estimate
// (2.25 to 5.25 days in the forecast).
//   A 2d → B 4d        A: days 0–2 (Mon–Tue), B: 2–6 (Wed–next Mon, over the weekend): critical
//   C 1d               slack 5 (the project ends on day 6)
//   D done → E 1d      E is not blocked; slack 5
//   F 3d (single)      the "Spread" milestone's only gate; slack 3
// Milestones: Beta (B, target Thu 5 June: 2 working days late), Launch (B, target Fri 13 June:
// 4 early), Someday (C, no target), Shipped (done), Spread (F, target Fri 6 June), and one
// whose name would drive a terminal (escape sequence, line break) and that nothing gates.
#pragma once

#include "clirunner.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CandorTest {

inline const QString chainStart = QStringLiteral("2025-06-02");

// Creates the project at path; an empty string, or what went wrong.
inline QString createChainProject(const QString &path)
{
    using namespace Candor;
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    const std::unique_ptr<Project> project = Project::open(path, options, &error);
    if (!project)
        return error.message;
    bool ok = project->setName(QStringLiteral("Chain")).ok();
    const auto milestone = [&](const char *name, QDate target, QDate done = {}) {
        Milestone m;
        m.name = QString::fromLatin1(name);
        m.targetDate = target;
        m.doneDate = done;
        ok = ok && project->addMilestone(m).ok();
        return m.id;
    };
    const qint64 beta = milestone("Beta", QDate(2025, 6, 5));
    const qint64 launch = milestone("Launch", QDate(2025, 6, 13));
    const qint64 someday = milestone("Someday", {});
    milestone("Shipped", QDate(2025, 5, 30), QDate(2025, 5, 29));
    const qint64 spread = milestone("Spread", QDate(2025, 6, 6));
    milestone("Evil\x1b[2J\nname", {});

    QList<TaskRecord> records;
    const auto task = [&records](const char *key, double days, QList<qint64> milestones = {},
                                 bool threePoints = true) {
        TaskRecord record;
        record.task.key = QString::fromLatin1(key);
        record.task.title = QStringLiteral("Task %1").arg(record.task.key);
        record.task.estimate = days;
        if (threePoints)
            record.task.optimistic = record.task.likely = record.task.pessimistic = days;
        record.milestones = milestones;
        records.append(record);
    };
    task("A", 2);
    task("B", 4, {beta, launch});
    task("C", 1, {someday});
    task("D", 3);
    task("E", 1);
    task("F", 3, {spread}, false);
    records[3].task.status = Status::Done;
    ok = ok && project->insertTasks(records).ok();
    const auto id = [&project](const char *key) {
        return project->tasks()->idForKey(QString::fromLatin1(key));
    };
    ok = ok && project->addDependencies({{id("B"), id("A")}, {id("E"), id("D")}}).ok();
    return ok ? QString() : QStringLiteral("cannot write the chain project");
}

inline QJsonObject jsonObjectOf(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("Not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// The object of an array whose field is name, or an empty one.
inline QJsonObject byName(const QJsonArray &array, const QString &field, const QString &name)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(field).toString() == name)
            return value.toObject();
    }
    return {};
}

inline QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &value : array.toArray())
        result << value.toString();
    return result;
}

// What a command-line test on the chain project starts from: a temporary folder holding it, and
// the executable run there (a base of the test class, beside QObject).
class ChainCli
{
protected:
    using Run = CliRunner::Run;

    // Makes the folder, the home and the project; an empty string, or what went wrong.
    QString setUpChain()
    {
        if (!m_dir.isValid() || !m_runner.setUp())
            return QStringLiteral("cannot make the temporary folders");
        return createChainProject(chain());
    }
    Run run(const QStringList &arguments) const { return m_runner.run(arguments, m_dir.path()); }
    // `candor export` of a project from the chain's day zero.
    Run exported(const QString &format, const QString &project) const
    {
        return run({QStringLiteral("export"), QStringLiteral("--format"), format,
                    QStringLiteral("--project"), project, QStringLiteral("--date"), chainStart});
    }
    QString chain() const { return m_dir.filePath(QStringLiteral("chain.candor")); }

    QTemporaryDir m_dir;

private:
    CliRunner m_runner;
};

} // namespace CandorTest
