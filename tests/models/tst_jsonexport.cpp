// SPDX-License-Identifier: MIT
// JsonExporter on the demo project: the document's shape, and facts that must survive the export.
#include "graph/criticalpath.h"
#include "graph/schedulesnapshot.h"
#include "io/export/jsonexporter.h"
#include "metrics/projectmetrics.h"
#include "testproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Candor;
using namespace CandorTest;

namespace {

QJsonObject taskByKey(const QJsonObject &document, const QString &key)
{
    const QJsonArray tasks = document.value(QStringLiteral("tasks")).toArray();
    for (const QJsonValue &task : tasks) {
        if (task.toObject().value(QStringLiteral("key")).toString() == key)
            return task.toObject();
    }
    return {};
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &value : array.toArray())
        result << value.toString();
    return result;
}

} // namespace

class tst_JsonExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void topLevel();
    void taskFields_data();
    void taskFields();
    void referencesResolve();
    void knownFacts();
    void bytesRoundTrip();
    void statedCompletion();
    void cancelledTask();
    void scheduleAgreesWithTheProject();
    void automaticRuns_data();
    void automaticRuns();

private:
    std::unique_ptr<Project> m_project;
    QJsonObject m_json;
};

void tst_JsonExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_project = demoProject();
    QVERIFY(m_project);
    m_json = JsonExporter::toJson(*m_project);
    QVERIFY(!m_json.isEmpty());
}

void tst_JsonExport::topLevel()
{
    QStringList keys = m_json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("components"), QStringLiteral("format"),
                                QStringLiteral("format_version"), QStringLiteral("milestones"),
                                QStringLiteral("project"), QStringLiteral("tasks")}));
    QCOMPARE(m_json.value(QStringLiteral("format")).toString(), QStringLiteral("candor-export"));
    QCOMPARE(m_json.value(QStringLiteral("format_version")).toInt(), 1);
    const QJsonObject project = m_json.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("name")).toString(),
             QStringLiteral("Demo: Road to production"));
    QCOMPARE(project.value(QStringLiteral("tasks")).toInt(), 25);
    QVERIFY(project.value(QStringLiteral("claimed_percent")).isDouble());
    QVERIFY(project.value(QStringLiteral("verified_percent")).isDouble());
    // The demo's point: more is claimed than verified.
    QVERIFY(project.value(QStringLiteral("claimed_percent")).toDouble() >
            project.value(QStringLiteral("verified_percent")).toDouble());
    QCOMPARE(m_json.value(QStringLiteral("tasks")).toArray().size(), 25);
    QCOMPARE(m_json.value(QStringLiteral("components")).toArray().size(), 5);
    QCOMPARE(m_json.value(QStringLiteral("milestones")).toArray().size(), 3);
}

void tst_JsonExport::taskFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue::Type>("type");
    QTest::addColumn<bool>("nullable");
    const auto row = [](const char *field, QJsonValue::Type type, bool nullable = false) {
        QTest::newRow(field) << QString::fromLatin1(field) << type << nullable;
    };
    row("key", QJsonValue::String);
    row("title", QJsonValue::String);
    row("status", QJsonValue::String);
    row("priority", QJsonValue::String);
    row("component", QJsonValue::String, true);
    row("estimate", QJsonValue::Double, true);
    row("progress", QJsonValue::Double);
    row("verification", QJsonValue::String);
    row("evidence", QJsonValue::String);
    row("depends_on", QJsonValue::Array);
    row("milestones", QJsonValue::Array);
    row("checklist", QJsonValue::Array);
    row("blocked_by", QJsonValue::Array);
    row("earliest_start", QJsonValue::String);
    row("earliest_finish", QJsonValue::String);
    row("latest_finish", QJsonValue::String);
    row("slack", QJsonValue::Double);
    row("critical", QJsonValue::Bool);
}

void tst_JsonExport::taskFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue::Type, type);
    QFETCH(bool, nullable);
    const QJsonArray tasks = m_json.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 25);
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        const QString where = task.value(QStringLiteral("key")).toString() + u'.' + field;
        QVERIFY2(task.contains(field), qPrintable(where));
        const QJsonValue member = task.value(field);
        QVERIFY2(member.type() == type || (nullable && member.isNull()), qPrintable(where));
    }
}

void tst_JsonExport::referencesResolve()
{
    QSet<QString> keys;
    for (const QJsonValue &task : m_json.value(QStringLiteral("tasks")).toArray())
        keys.insert(task.toObject().value(QStringLiteral("key")).toString());
    QCOMPARE(keys.size(), 25);
    QSet<QString> milestones;
    for (const QJsonValue &milestone : m_json.value(QStringLiteral("milestones")).toArray())
        milestones.insert(milestone.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(milestones.size(), 3);
    QSet<QString> components;
    for (const QJsonValue &component : m_json.value(QStringLiteral("components")).toArray())
        components.insert(component.toObject().value(QStringLiteral("name")).toString());

    int edges = 0;
    for (const QJsonValue &value : m_json.value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject task = value.toObject();
        for (const QString &key : strings(task.value(QStringLiteral("depends_on")))) {
            QVERIFY2(keys.contains(key), qPrintable(key));
            ++edges;
        }
        for (const QString &name : strings(task.value(QStringLiteral("milestones"))))
            QVERIFY2(milestones.contains(name), qPrintable(name));
        if (!task.value(QStringLiteral("component")).isNull())
            QVERIFY(components.contains(task.value(QStringLiteral("component")).toString()));
        for (const QJsonValue &item : task.value(QStringLiteral("checklist")).toArray()) {
            QVERIFY(item.toObject().value(QStringLiteral("text")).isString());
            QVERIFY(item.toObject().value(QStringLiteral("checked")).isBool());
        }
        QVERIFY(task.value(QStringLiteral("title")).toString().size() > 0);
    }
    QCOMPARE(edges, int(m_project->dependencies().edgeCount()));
}

void tst_JsonExport::knownFacts()
{
    const QJsonObject sec2 = taskByKey(m_json, QStringLiteral("SEC-002"));
    QVERIFY(!sec2.isEmpty());
    QVERIFY(strings(sec2.value(QStringLiteral("depends_on"))).contains(QStringLiteral("SEC-001")));
    QCOMPARE(strings(sec2.value(QStringLiteral("milestones"))),
             QStringList{QStringLiteral("Security audit")});
    QCOMPARE(sec2.value(QStringLiteral("status")).toString(), QStringLiteral("todo"));
    QCOMPARE(sec2.value(QStringLiteral("priority")).toString(), QStringLiteral("P0"));
    QCOMPARE(sec2.value(QStringLiteral("component")).toString(), QStringLiteral("Security"));
    QCOMPARE(sec2.value(QStringLiteral("estimate")).toDouble(), 12.0);

    const QJsonObject persist3 = taskByKey(m_json, QStringLiteral("PERSIST-003"));
    QStringList dependsOn = strings(persist3.value(QStringLiteral("depends_on")));
    dependsOn.sort();
    QCOMPARE(dependsOn, (QStringList{QStringLiteral("PERSIST-001"), QStringLiteral("SEC-001")}));

    const QJsonObject persist1 = taskByKey(m_json, QStringLiteral("PERSIST-001"));
    QCOMPARE(persist1.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(persist1.value(QStringLiteral("verification")).toString(), QStringLiteral("failed"));
    QCOMPARE(persist1.value(QStringLiteral("evidence")).toString(),
             QStringLiteral("95/99 tests pass (4 failing)"));

    const QJsonArray checklist =
        taskByKey(m_json, QStringLiteral("SEC-001")).value(QStringLiteral("checklist")).toArray();
    QCOMPARE(checklist.size(), 4);
    QCOMPARE(
        checklist.at(0).toObject(),
        (QJsonObject{{QStringLiteral("text"), QStringLiteral("Choose the cipher and key size")},
                     {QStringLiteral("checked"), true}}));
    QCOMPARE(checklist.at(1).toObject().value(QStringLiteral("checked")).toBool(), false);
    QCOMPARE(checklist.at(3).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Migration for existing data"));

    QJsonObject security;
    for (const QJsonValue &component : m_json.value(QStringLiteral("components")).toArray()) {
        if (component.toObject().value(QStringLiteral("name")).toString() ==
            QLatin1String("Security"))
            security = component.toObject();
    }
    QCOMPARE(security.value(QStringLiteral("prefix")).toString(), QStringLiteral("SEC"));
    QCOMPARE(security.value(QStringLiteral("tasks")).toInt(), 5);
    // No tracker stated a figure for the demo's components: null, not 0.
    QVERIFY(security.contains(QStringLiteral("stated_percent")));
    QVERIFY(security.value(QStringLiteral("stated_percent")).isNull());

    const QJsonObject beta = m_json.value(QStringLiteral("milestones")).toArray().at(0).toObject();
    QCOMPARE(beta.value(QStringLiteral("name")).toString(), QStringLiteral("Beta"));
    QVERIFY(strings(beta.value(QStringLiteral("tasks"))).contains(QStringLiteral("PERSIST-001")));
}

void tst_JsonExport::bytesRoundTrip()
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(JsonExporter::toBytes(*m_project), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject parsed = document.object();
    QCOMPARE(parsed.value(QStringLiteral("tasks")), m_json.value(QStringLiteral("tasks")));
    QCOMPARE(parsed.value(QStringLiteral("components")),
             m_json.value(QStringLiteral("components")));
    QCOMPARE(parsed.value(QStringLiteral("milestones")),
             m_json.value(QStringLiteral("milestones")));
}

void tst_JsonExport::statedCompletion()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const qint64 api = project->components()->idForName(QStringLiteral("API"));
    QVERIFY(project->setStatedCompletion(api, 40));
    for (const QJsonValue &component :
         JsonExporter::toJson(*project).value(QStringLiteral("components")).toArray()) {
        const QJsonObject c = component.toObject();
        if (c.value(QStringLiteral("name")).toString() == QLatin1String("API"))
            QCOMPARE(c.value(QStringLiteral("stated_percent")).toInt(-1), 40);
        else
            QVERIFY(c.value(QStringLiteral("stated_percent")).isNull());
    }
}

void tst_JsonExport::cancelledTask()
{
    // SEC-002 depends on SEC-001; once SEC-001 won't be done it blocks nothing, and it leaves
    // the Security figures' denominator.
    const double before = ProjectMetrics::byComponent(*m_project)
                              .value(m_project->components()->idForName(QStringLiteral("Security")))
                              .claimedPercent;
    const auto project = demoWithCancelled("SEC-001");
    QVERIFY(project);
    const QJsonObject json = JsonExporter::toJson(*project);
    QCOMPARE(taskByKey(json, QStringLiteral("SEC-001")).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    const QJsonObject sec2 = taskByKey(json, QStringLiteral("SEC-002"));
    QVERIFY(strings(sec2.value(QStringLiteral("depends_on"))).contains(QStringLiteral("SEC-001")));
    QVERIFY(!strings(sec2.value(QStringLiteral("blocked_by"))).contains(QStringLiteral("SEC-001")));
    QJsonObject security;
    for (const QJsonValue &component : json.value(QStringLiteral("components")).toArray()) {
        if (component.toObject().value(QStringLiteral("name")).toString() ==
            QLatin1String("Security"))
            security = component.toObject();
    }
    const CompletionFigures after = ProjectMetrics::byComponent(*project).value(
        project->components()->idForName(QStringLiteral("Security")));
    QVERIFY(after.claimedPercent != before);
    QCOMPARE(security.value(QStringLiteral("claimed_percent")).toDouble(),
             std::round(after.claimedPercent * 10) / 10);
    QCOMPARE(security.value(QStringLiteral("tasks")).toInt(), 5); // counted, weighing nothing
}

// blocked_by is what the task's blocked mark counts, critical what the critical path says, and
// a milestone has a forecast exactly when it has a target and open work.
void tst_JsonExport::scheduleAgreesWithTheProject()
{
    JsonExportOptions options;
    options.start = QDate(2026, 11, 23);
    options.forecastRuns = 300;
    const QJsonObject json = JsonExporter::toJson(*m_project, options);
    const QJsonObject project = json.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("schedule_start")).toString(),
             QStringLiteral("2026-11-23"));
    QCOMPARE(project.value(QStringLiteral("forecast_runs")).toInt(), 300);
    QCOMPARE(m_json.value(QStringLiteral("project"))
                 .toObject()
                 .value(QStringLiteral("forecast_runs"))
                 .toInt(),
             JsonExporter::defaultRuns);
    const Schedule schedule =
        CriticalPath::compute(ScheduleSnapshot::of(*m_project, options.start));
    int critical = 0;
    for (const Task &task : m_project->tasks()->tasks()) {
        const QJsonObject exported = taskByKey(json, task.key);
        const QStringList blockedBy = strings(exported.value(QStringLiteral("blocked_by")));
        QCOMPARE(blockedBy.size(), m_project->unfinishedDependencyCount(task.id));
        for (const QString &key : blockedBy)
            QVERIFY(!TaskEnums::isFinished(taskOf(*m_project, key.toUtf8().constData())->status));
        QCOMPARE(exported.value(QStringLiteral("critical")).toBool(),
                 schedule.task(task.id)->critical);
        critical += schedule.task(task.id)->critical ? 1 : 0;
        QVERIFY(exported.value(QStringLiteral("earliest_start")).toString() <=
                exported.value(QStringLiteral("latest_finish")).toString());
        QVERIFY(exported.value(QStringLiteral("slack")).toDouble() >= 0);
    }
    QVERIFY(critical > 0);
    const QList<Milestone> milestones = m_project->milestones()->milestones();
    const QJsonArray exported = json.value(QStringLiteral("milestones")).toArray();
    int forecasts = 0;
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        const MilestoneTiming *timing = schedule.milestone(milestones.at(i).id);
        const QJsonValue forecast = exported.at(i).toObject().value(QStringLiteral("forecast"));
        QCOMPARE(forecast.isObject(),
                 milestones.at(i).targetDate.isValid() && !timing->done && timing->hasOpenWork);
        if (!forecast.isObject())
            continue;
        ++forecasts;
        const QJsonObject f = forecast.toObject();
        QVERIFY(f.value(QStringLiteral("p50")).toString() <=
                f.value(QStringLiteral("p80")).toString());
        QVERIFY(f.value(QStringLiteral("p80")).toString() <=
                f.value(QStringLiteral("p95")).toString());
        const double onTime = f.value(QStringLiteral("on_time_probability")).toDouble(-1);
        QVERIFY(onTime >= 0 && onTime <= 1);
        QVERIFY(f.value(QStringLiteral("slip_days")).isDouble());
    }
    QVERIFY(forecasts > 0);
    // The fixed seed: the same options give the same figures.
    QCOMPARE(JsonExporter::toJson(*m_project, options).value(QStringLiteral("milestones")),
             json.value(QStringLiteral("milestones")));
}

void tst_JsonExport::automaticRuns_data()
{
    QTest::addColumn<qsizetype>("unfinished");
    QTest::addColumn<int>("runs");
    QTest::newRow("none") << qsizetype(0) << 2000;
    QTest::newRow("demo") << qsizetype(25) << 2000;
    QTest::newRow("10k") << qsizetype(10000) << 2000;
    QTest::newRow("40k") << qsizetype(40000) << 500;
    QTest::newRow("100k") << qsizetype(100000) << 200;
    QTest::newRow("1M") << qsizetype(1000000) << 200;
}

// A big project's export makes fewer runs, so that its forecast costs seconds, not minutes.
void tst_JsonExport::automaticRuns()
{
    QFETCH(qsizetype, unfinished);
    QFETCH(int, runs);
    QCOMPARE(JsonExporter::automaticRuns(unfinished), runs);
}

QTEST_GUILESS_MAIN(tst_JsonExport)
#include "tst_jsonexport.moc"
