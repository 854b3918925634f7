// SPDX-License-Identifier: MIT
// `candor forecast` and the schedule in `candor export --format json`, against figures worked out
// by hand on the chain project (chainproject.h).
#include "chainproject.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Candor;
using namespace CandorTest;

class TestCliForecast final : public QObject, private ChainCli
{
    Q_OBJECT
private slots:
    void initTestCase();

    void forecastTable();
    void forecastIsReproducible();
    void forecastJson();
    void forecastUsageErrors_data();
    void forecastUsageErrors();
    void exportJsonSchedule();
    void exportJsonRuns();
};

void TestCliForecast::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString error = setUpChain();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCliForecast::forecastTable()
{
    const Run result = run({QStringLiteral("forecast"), QStringLiteral("--project"), chain(),
                            QStringLiteral("--date"), chainStart, QStringLiteral("--runs"),
                            QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("7")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("Forecast from 2025-06-02: 2000 runs, seed 7."));
    const qsizetype header = lines.indexOf(
        QRegularExpression(QStringLiteral("Milestone +Target +P50 +P80 +P95 +On time +Slip")));
    QVERIFY2(header == 1, result.out.constData());
    const QStringList rows = lines.mid(header + 1, 6);
    const auto row = [&rows](const QString &name) {
        for (const QString &line : rows) {
            if (line.startsWith(name + QLatin1Char(' ')))
                return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return QStringList();
    };
    // A then B: 6 working days from Monday end on the next Monday; after Thursday's target come
    // Friday and Monday: 2 working days late.
    QCOMPARE(
        row(QStringLiteral("Beta")),
        (QStringList{QStringLiteral("Beta"), QStringLiteral("2025-06-05"),
                     QStringLiteral("2025-06-09"), QStringLiteral("2025-06-09"),
                     QStringLiteral("2025-06-09"), QStringLiteral("0.0%"), QStringLiteral("+2")}));
    QCOMPARE(row(QStringLiteral("Launch")).mid(5),
             (QStringList{QStringLiteral("100.0%"), QStringLiteral("-4")}));
    QCOMPARE(row(QStringLiteral("Someday")),
             (QStringList{QStringLiteral("Someday"), QStringLiteral("—"),
                          QStringLiteral("2025-06-02"), QStringLiteral("2025-06-02"),
                          QStringLiteral("2025-06-02"), QStringLiteral("—"), QStringLiteral("—")}));
    // A name from the file is shown, its control characters written out, never obeyed.
    QVERIFY(!result.out.contains('\x1b'));
    QCOMPARE(row(QStringLiteral("Evil\\x1b[2J\\x0aname")).mid(1),
             (QStringList{QStringLiteral("—"), QStringLiteral("no"), QStringLiteral("open"),
                          QStringLiteral("work")}));
    QCOMPARE(row(QStringLiteral("Shipped")).mid(2),
             (QStringList{QStringLiteral("done"), QStringLiteral("2025-05-29")}));
    // F: 2.25 to 5.25 working days, so its dates lie between Wednesday and the next Monday.
    const QStringList spread = row(QStringLiteral("Spread"));
    QCOMPARE(spread.size(), 7);
    QVERIFY(QStringLiteral("2025-06-04") <= spread.at(2));
    QVERIFY(spread.at(2) <= spread.at(3) && spread.at(3) <= spread.at(4));
    QVERIFY(spread.at(4) <= QStringLiteral("2025-06-09"));
    // Aligned: each figure ends where its column's header does.
    const QString head = lines.at(header);
    for (const char *name : {"Beta", "Launch", "Someday", "Spread"}) {
        const QString line = rows.at(
            rows.indexOf(QRegularExpression(QStringLiteral("%1 .*").arg(QLatin1String(name)))));
        for (const char *word : {"Target", "P50", "P80", "P95", "On time", "Slip"}) {
            const qsizetype end = head.indexOf(QLatin1String(word)) + qsizetype(qstrlen(word));
            QVERIFY2(end <= line.size() && !line.at(end - 1).isSpace() &&
                         (end == line.size() || line.at(end).isSpace()),
                     qPrintable(line + QLatin1String(" / ") + QLatin1String(word)));
        }
    }
}

void TestCliForecast::forecastIsReproducible()
{
    const QStringList arguments{QStringLiteral("forecast"),
                                QStringLiteral("--project"),
                                chain(),
                                QStringLiteral("--date"),
                                chainStart,
                                QStringLiteral("--seed"),
                                QStringLiteral("42")};
    const Run first = run(arguments);
    const Run second = run(arguments);
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains("10000 runs, seed 42"));
    QCOMPARE(second.out, first.out);
}

void TestCliForecast::forecastJson()
{
    const QJsonObject forecast =
        jsonObjectOf(run({QStringLiteral("forecast"), QStringLiteral("--project"), chain(),
                          QStringLiteral("--date"), chainStart, QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--runs"), QStringLiteral("500")})
                         .out);
    QCOMPARE(forecast.value(QStringLiteral("start")).toString(), chainStart);
    QCOMPARE(forecast.value(QStringLiteral("runs")).toInt(), 500);
    QCOMPARE(forecast.value(QStringLiteral("seed")).toInt(), 1);
    const QJsonArray milestones = forecast.value(QStringLiteral("milestones")).toArray();
    QCOMPARE(milestones.size(), 6);
    const QJsonObject beta = byName(milestones, QStringLiteral("name"), QStringLiteral("Beta"))
                                 .value(QStringLiteral("forecast"))
                                 .toObject();
    QCOMPARE(beta.value(QStringLiteral("p95")).toString(), QStringLiteral("2025-06-09"));
    QCOMPARE(beta.value(QStringLiteral("on_time_probability")).toDouble(), 0.0);
    QCOMPARE(beta.value(QStringLiteral("slip_days")).toInt(), 2);
    QVERIFY(byName(milestones, QStringLiteral("name"), QStringLiteral("Someday"))
                .value(QStringLiteral("forecast"))
                .isNull());
}

void TestCliForecast::forecastUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto row = [this](const char *name, QStringList arguments, int code, const char *text) {
        arguments.prepend(QStringLiteral("forecast"));
        if (code != 2)
            arguments << QStringLiteral("--project") << chain();
        QTest::newRow(name) << arguments << code << QString::fromUtf8(text);
    };
    row("no runs", {QStringLiteral("--runs"), QStringLiteral("0")}, 1, "--runs");
    row("runs not a number", {QStringLiteral("--runs"), QStringLiteral("many")}, 1, "--runs");
    row("seed not a number", {QStringLiteral("--seed"), QStringLiteral("-1")}, 1, "--seed");
    row("not a date", {QStringLiteral("--date"), QStringLiteral("2025-13-01")}, 1, "2025-13-01");
    row("unknown format", {QStringLiteral("--format"), QStringLiteral("xml")}, 1, "xml");
    row("no such project",
        {QStringLiteral("--project"), m_dir.filePath(QStringLiteral("missing.candor"))}, 2,
        "missing.candor");
    QTest::newRow("no project") << QStringList{QStringLiteral("forecast")} << 1
                                << QStringLiteral("--project");
}

void TestCliForecast::forecastUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("candor: ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(message), qPrintable(lines.first()));
}

void TestCliForecast::exportJsonSchedule()
{
    const Run result = exported(QStringLiteral("json"), chain());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject document = jsonObjectOf(result.out);
    const QJsonObject project = document.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("schedule_start")).toString(), chainStart);
    QCOMPARE(project.value(QStringLiteral("forecast_runs")).toInt(), 2000);
    QCOMPARE(project.value(QStringLiteral("forecast_seed")).toInt(), 1);

    const QJsonArray tasks = document.value(QStringLiteral("tasks")).toArray();
    struct Expected
    {
        const char *key, *earliestStart, *earliestFinish, *latestFinish;
        double slack;
        bool critical;
        QStringList blockedBy;
    };
    const Expected expected[] = {
        {"A", "2025-06-02", "2025-06-03", "2025-06-03", 0, true, {}},
        {"B", "2025-06-04", "2025-06-09", "2025-06-09", 0, true, {QStringLiteral("A")}},
        {"C", "2025-06-02", "2025-06-02", "2025-06-09", 5, false, {}},
        {"E", "2025-06-02", "2025-06-02", "2025-06-09", 5, false, {}}, // D is done
        {"F", "2025-06-02", "2025-06-04", "2025-06-09", 3, false, {}},
    };
    for (const Expected &e : expected) {
        const QJsonObject task = byName(tasks, QStringLiteral("key"), QLatin1String(e.key));
        QVERIFY2(!task.isEmpty(), e.key);
        QCOMPARE(task.value(QStringLiteral("earliest_start")).toString(),
                 QLatin1String(e.earliestStart));
        QCOMPARE(task.value(QStringLiteral("earliest_finish")).toString(),
                 QLatin1String(e.earliestFinish));
        QCOMPARE(task.value(QStringLiteral("latest_finish")).toString(),
                 QLatin1String(e.latestFinish));
        QCOMPARE(task.value(QStringLiteral("slack")).toDouble(), e.slack);
        QCOMPARE(task.value(QStringLiteral("critical")).toBool(), e.critical);
        QVERIFY(task.value(QStringLiteral("critical")).isBool());
        QCOMPARE(strings(task.value(QStringLiteral("blocked_by"))), e.blockedBy);
    }
    const QJsonObject done = byName(tasks, QStringLiteral("key"), QStringLiteral("D"));
    QCOMPARE(done.value(QStringLiteral("critical")).toBool(true), false);
    QCOMPARE(done.value(QStringLiteral("earliest_finish")).toString(), chainStart);

    const QJsonArray milestones = document.value(QStringLiteral("milestones")).toArray();
    const auto forecastOf = [&milestones](const char *name) {
        return byName(milestones, QStringLiteral("name"), QLatin1String(name))
            .value(QStringLiteral("forecast"));
    };
    const QJsonObject beta = forecastOf("Beta").toObject();
    for (const char *field : {"p50", "p80", "p95"})
        QCOMPARE(beta.value(QLatin1String(field)).toString(), QStringLiteral("2025-06-09"));
    QCOMPARE(beta.value(QStringLiteral("on_time_probability")).toDouble(), 0.0);
    QCOMPARE(beta.value(QStringLiteral("slip_days")).toInt(), 2);
    const QJsonObject launch = forecastOf("Launch").toObject();
    QCOMPARE(launch.value(QStringLiteral("on_time_probability")).toDouble(), 1.0);
    QCOMPARE(launch.value(QStringLiteral("slip_days")).toInt(), -4);
    QVERIFY(forecastOf("Someday").isNull()); // no target
    QVERIFY(forecastOf("Shipped").isNull()); // done
    const double spread =
        forecastOf("Spread").toObject().value(QStringLiteral("on_time_probability")).toDouble();
    QVERIFY(spread > 0.5 && spread <= 1);

    // The same day and project give the same figures (the seed is fixed).
    const QJsonObject again = jsonObjectOf(exported(QStringLiteral("json"), chain()).out);
    QCOMPARE(again.value(QStringLiteral("milestones")),
             document.value(QStringLiteral("milestones")));
    QCOMPARE(again.value(QStringLiteral("tasks")), document.value(QStringLiteral("tasks")));
}

void TestCliForecast::exportJsonRuns()
{
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("--project"), chain(),
                                QStringLiteral("--runs")};
    const Run fewer = run(arguments + QStringList{QStringLiteral("300")});
    QCOMPARE(fewer.exitCode, 0);
    QCOMPARE(jsonObjectOf(fewer.out)
                 .value(QStringLiteral("project"))
                 .toObject()
                 .value(QStringLiteral("forecast_runs"))
                 .toInt(),
             300);
    const Run none = run(arguments + QStringList{QStringLiteral("0")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.out.isEmpty());
    QCOMPARE(none.errorLines().size(), 1);
    QVERIFY2(none.errorLines().first().contains(QLatin1String("--runs")), none.err.constData());
}

QTEST_GUILESS_MAIN(TestCliForecast)
#include "tst_cliforecast.moc"
