// SPDX-License-Identifier: MIT
#include "forecastcommand.h"

#include "commandline.h"
#include "exportcommand.h"
#include "graph/montecarloforecast.h"
#include "graph/schedulesnapshot.h"
#include "io/export/schedulejson.h"
#include "project/project.h"
#include "tasks/milestonemodel.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Candor {

namespace {

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

// Columns padded to their widest cell: the name to the left, the figures to the right.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i == 0 ? row.at(i).leftJustified(widths[i])
                             : row.at(i).rightJustified(widths[i]));
        lines << cells.join(QStringLiteral("  ")).trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList rowOf(const Milestone &milestone, const MilestoneForecast *forecast)
{
    // Text from the file, inside a line of the table: shown, never obeyed.
    QStringList row{CommandLine::escaped(milestone.name, CommandLine::Breaks::Escape),
                    day(milestone.targetDate)};
    if (!forecast || !forecast->hasForecast()) {
        const QString why = milestone.doneDate.isValid()
                                ? ForecastCommand::tr("done %1").arg(day(milestone.doneDate))
                                : ForecastCommand::tr("no open work");
        return row << why << QString() << QString() << QString() << QString();
    }
    row << day(forecast->p50) << day(forecast->p80) << day(forecast->p95);
    if (forecast->onTimeProbability)
        row << QStringLiteral("%1%").arg(*forecast->onTimeProbability * 100, 0, 'f', 1);
    else
        row << QStringLiteral("—");
    if (forecast->slipDays)
        row << (*forecast->slipDays > 0 ? QStringLiteral("+%1") : QStringLiteral("%1"))
                   .arg(*forecast->slipDays);
    else
        row << QStringLiteral("—");
    return row;
}

QByteArray json(const Project &project, const Forecast &forecast)
{
    QJsonArray milestones;
    for (const Milestone &milestone : project.milestones()->milestones()) {
        milestones.append(QJsonObject{
            {QStringLiteral("name"), milestone.name},
            {QStringLiteral("target_date"), milestone.targetDate.isValid()
                                                ? QJsonValue(day(milestone.targetDate))
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("forecast"), ScheduleJson::forecast(forecast, milestone.id)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("start"), day(forecast.start)},
                                     {QStringLiteral("runs"), forecast.runs},
                                     {QStringLiteral("seed"), qint64(forecast.seed)},
                                     {QStringLiteral("milestones"), milestones}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

int ForecastCommand::run(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption project(QStringLiteral("project"), tr("Project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption runs(QStringLiteral("runs"), tr("Simulated runs (default: 10000)."),
                                  QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed: the same seed gives the same figures."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The day work starts from (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({project, runs, seed, date, format});
    int code = 0;
    if (!CommandLine::parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(project))
        return CommandLine::fail(CommandLine::UsageError, tr("--project FILE.candor is required"));
    ForecastOptions options;
    if (!CommandLine::wholeNumber(parser, runs, 1, ExportCommand::maxRuns, &options.runs, &code))
        return code;
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return CommandLine::fail(CommandLine::UsageError, tr("--seed needs a whole number"));
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("table") && chosen != QLatin1String("json"))
        return CommandLine::fail(CommandLine::UsageError,
                                 tr("unknown format “%1” (known: table, json)").arg(chosen));
    QDate start;
    if (!CommandLine::date(parser, date, &start, &code))
        return code;

    const std::unique_ptr<Project> opened =
        CommandLine::openForReading(parser.value(project), &code);
    if (!opened)
        return code;
    const Forecast forecast =
        MonteCarloForecast::run(ScheduleSnapshot::of(*opened, start), options);
    if (!forecast.cycle.isEmpty())
        return CommandLine::fail(
            CommandLine::InputError,
            tr("the dependencies have a cycle: %1").arg(opened->describeCycle(forecast.cycle)));
    if (chosen == QLatin1String("json")) {
        CommandLine::writeData(json(*opened, forecast));
        return CommandLine::Ok;
    }

    const QList<Milestone> &milestones = opened->milestones()->milestones();
    CommandLine::print(tr("Forecast from %1: %n runs, seed %2.", nullptr, forecast.runs)
                           .arg(day(start))
                           .arg(forecast.seed));
    if (milestones.isEmpty()) {
        CommandLine::print(tr("The project has no milestones."));
        return CommandLine::Ok;
    }
    QList<QStringList> rows{{tr("Milestone"), tr("Target"), tr("P50"), tr("P80"), tr("P95"),
                             tr("On time"), tr("Slip")}};
    for (const Milestone &milestone : milestones)
        rows << rowOf(milestone, forecast.milestone(milestone.id));
    CommandLine::print(table(rows));
    CommandLine::print(tr("P50, P80, P95: the days half, 80% and 95% of the runs finish by. "
                          "Slip: P80 − target in working days."));
    return CommandLine::Ok;
}

} // namespace Candor
