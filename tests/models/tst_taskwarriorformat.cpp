// SPDX-License-Identifier: MIT
// TaskwarriorReader and TaskwarriorWriter: the JSON it writes, what it reads from `task export`
// output of several versions, bad input as warnings, and a round trip through the real `task`
// program.
#include "io/taskwarrior/taskwarriorreader.h"
#include "io/taskwarrior/taskwarriorwriter.h"
#include "testproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Candor;
using namespace CandorTest;

namespace {

QString warnings(const ImportBatch &batch)
{
    QStringList lines;
    for (const ImportWarning &warning : batch.warnings)
        lines << QString::number(warning.line) + QStringLiteral(": ") + warning.message;
    return lines.join(u'\n');
}

bool hasWarning(const ImportBatch &batch, int line, const char *fragment)
{
    for (const ImportWarning &warning : batch.warnings) {
        if (warning.line == line && warning.message.contains(QLatin1String(fragment)))
            return true;
    }
    return false;
}

const ImportedTask *taskByKey(const ImportBatch &batch, const QString &key)
{
    for (const ImportedTask &task : batch.tasks) {
        if (task.key == key)
            return &task;
    }
    return nullptr;
}

// What must survive any round trip: the fields the brief names, plus the Candor extras.
void compareWithProject(const Project &project, const ImportBatch &batch, bool extras)
{
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(warnings(batch)));
    const TaskModel &tasks = *project.tasks();
    QCOMPARE(batch.tasks.size(), tasks.rowCount());
    for (const Task &task : tasks.tasks()) {
        const ImportedTask *read = taskByKey(batch, task.key);
        QVERIFY2(read, qPrintable(task.key));
        QCOMPARE(read->title, task.title);
        QCOMPARE(read->status, std::optional<Status>(task.status));
        QCOMPARE(read->priority, std::optional<Priority>(task.priority));
        QCOMPARE(read->component, project.components()->name(task.componentId));
        QCOMPARE(
            read->externalId,
            TaskwarriorWriter::uuidFor(project.name(), task.key).toString(QUuid::WithoutBraces));
        QStringList dependsOn = read->dependsOn;
        dependsOn.sort();
        QCOMPARE(dependsOn, keysOf(project, project.dependencies().dependenciesOf(task.id)));
        if (!extras)
            continue;
        QCOMPARE(read->estimate, task.estimate);
        QCOMPARE(read->progress, std::optional<int>(task.progress));
        QCOMPARE(read->verification, std::optional<Verification>(task.verification));
        QCOMPARE(read->evidence, task.evidence);
        QCOMPARE(read->assignee, task.assignee);
        QCOMPARE(read->phase, task.phase);
        QCOMPARE(read->description, task.description);
        QStringList milestones;
        for (qint64 id : project.milestonesOf(task.id))
            milestones << project.milestones()->name(id);
        QStringList readMilestones = read->milestones;
        milestones.sort();
        readMilestones.sort();
        QCOMPARE(readMilestones, milestones);
        const QList<ChecklistItem> checklist = project.checklist(task.id);
        QCOMPARE(read->checklist.size(), checklist.size());
        for (qsizetype i = 0; i < checklist.size(); ++i) {
            QCOMPARE(read->checklist.at(i).text, checklist.at(i).text);
            QCOMPARE(read->checklist.at(i).checked, checklist.at(i).checked);
        }
    }
}

} // namespace

class tst_TaskwarriorFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeShape();
    void stableUuids();
    void roundTripInProcess();
    void cancelledIsDeleted();
    void olderExportFormat();
    void editedInTaskwarrior();
    void badInput_data();
    void badInput();
    void progressOutOfRange_data();
    void progressOutOfRange();
    void interopWithTaskProgram();

private:
    std::unique_ptr<Project> m_demo;
};

void tst_TaskwarriorFormat::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = demoProject();
    QVERIFY(m_demo);
}

void tst_TaskwarriorFormat::writeShape()
{
    const QByteArray bytes = TaskwarriorWriter::write(*m_demo);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 25);
    QCOMPARE(bytes.count('\n'), 25 + 2); // one task per line, like `task export`
    QJsonObject sec2;
    for (const QJsonValue &value : array) {
        const QJsonObject task = value.toObject();
        QVERIFY(QUuid(task.value(QStringLiteral("uuid")).toString()).version() == QUuid::Sha1);
        const QString status = task.value(QStringLiteral("status")).toString();
        QVERIFY(status == QLatin1String("pending") || status == QLatin1String("completed"));
        QVERIFY(QStringList({QStringLiteral("H"), QStringLiteral("M"), QStringLiteral("L")})
                    .contains(task.value(QStringLiteral("priority")).toString()));
        if (task.value(QStringLiteral("candor_key")).toString() == QLatin1String("SEC-002"))
            sec2 = task;
    }
    QCOMPARE(sec2.value(QStringLiteral("description")).toString(),
             QStringLiteral("Add authentication and authorization"));
    QCOMPARE(sec2.value(QStringLiteral("project")).toString(), QStringLiteral("Security"));
    QCOMPARE(sec2.value(QStringLiteral("priority")).toString(), QStringLiteral("H"));
    QCOMPARE(sec2.value(QStringLiteral("candor_priority")).toString(), QStringLiteral("P0"));
    QCOMPARE(sec2.value(QStringLiteral("candor_estimate")).toString(), QStringLiteral("12"));
    QCOMPARE(sec2.value(QStringLiteral("depends")).toArray(),
             (QJsonArray{TaskwarriorWriter::uuidFor(m_demo->name(), QStringLiteral("SEC-001"))
                             .toString(QUuid::WithoutBraces)}));
    QCOMPARE(TaskwarriorWriter::write(*m_demo), bytes); // deterministic
}

void tst_TaskwarriorFormat::stableUuids()
{
    const QString name = QStringLiteral("Demo");
    QCOMPARE(TaskwarriorWriter::uuidFor(name, QStringLiteral("SEC-001")),
             TaskwarriorWriter::uuidFor(name, QStringLiteral("sec-001")));
    QVERIFY(TaskwarriorWriter::uuidFor(name, QStringLiteral("SEC-001")) !=
            TaskwarriorWriter::uuidFor(name, QStringLiteral("SEC-002")));
    QVERIFY(TaskwarriorWriter::uuidFor(name, QStringLiteral("SEC-001")) !=
            TaskwarriorWriter::uuidFor(QStringLiteral("Other"), QStringLiteral("SEC-001")));
    // A second project built the same way exports the same UUIDs.
    const auto again = demoProject();
    QVERIFY(again);
    const QJsonArray first = QJsonDocument::fromJson(TaskwarriorWriter::write(*m_demo)).array();
    const QJsonArray second = QJsonDocument::fromJson(TaskwarriorWriter::write(*again)).array();
    QCOMPARE(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(first.at(i).toObject().value(QStringLiteral("uuid")),
                 second.at(i).toObject().value(QStringLiteral("uuid")));
    }
}

void tst_TaskwarriorFormat::roundTripInProcess()
{
    compareWithProject(
        *m_demo,
        TaskwarriorReader::read(TaskwarriorWriter::write(*m_demo), QStringLiteral("demo.json")),
        true);
}

void tst_TaskwarriorFormat::cancelledIsDeleted()
{
    // Taskwarrior's own word for a task that won't be done; candor_status says the same.
    const auto project = demoWithCancelled("DOCS-001");
    QVERIFY(project);
    const QByteArray bytes = TaskwarriorWriter::write(*project);
    QJsonObject docs;
    for (const QJsonValue &value : QJsonDocument::fromJson(bytes).array()) {
        if (value.toObject().value(QStringLiteral("candor_key")).toString() ==
            QLatin1String("DOCS-001"))
            docs = value.toObject();
    }
    QCOMPARE(docs.value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    QCOMPARE(docs.value(QStringLiteral("candor_status")).toString(), QStringLiteral("cancelled"));
    QVERIFY(docs.contains(QStringLiteral("end"))); // Taskwarrior ends a deleted task too
    compareWithProject(*project, TaskwarriorReader::read(bytes, QStringLiteral("cancelled.json")),
                       true);
}

void tst_TaskwarriorFormat::olderExportFormat()
{
    QFile file(QStringLiteral(CANDOR_TEST_DATA_DIR "/taskwarrior-lines.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const ImportBatch batch =
        TaskwarriorReader::read(file.readAll(), QStringLiteral("taskwarrior-lines.json"));
    QStringList titles;
    for (const ImportedTask &task : batch.tasks)
        titles << task.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("Set up the build server"),
                                  QStringLiteral("Write the runbook"), QStringLiteral("Old idea"),
                                  QStringLiteral("Ship it"), QStringLiteral("Weekly review"),
                                  QStringLiteral("Strange one")}));
    const ImportedTask &build = batch.tasks.at(0);
    QCOMPARE(build.key, QStringLiteral("TW-11111111")); // no candor_key: one from the UUID
    QCOMPARE(build.line, 1);
    QCOMPARE(build.status, std::optional<Status>(Status::Todo));
    QCOMPARE(build.priority, std::optional<Priority>(Priority::P1));
    QCOMPARE(build.component, QStringLiteral("Ops"));
    QCOMPARE(build.tags, (QStringList{QStringLiteral("infra"), QStringLiteral("ci")}));
    QCOMPARE(build.due, QDate(2024, 2, 1));
    QCOMPARE(build.description, QStringLiteral("2024-01-06: Waiting for the rack"));
    QCOMPARE(build.externalId, QStringLiteral("11111111-aaaa-4bbb-8ccc-000000000001"));

    const ImportedTask &runbook = batch.tasks.at(1);
    QCOMPARE(runbook.status, std::optional<Status>(Status::Todo));     // waiting
    QCOMPARE(runbook.priority, std::optional<Priority>(Priority::P2)); // none
    QVERIFY(runbook.key != build.key);

    // Deleted in Taskwarrior is won't do in Candor: kept, and still depended on.
    const ImportedTask &oldIdea = batch.tasks.at(2);
    QCOMPARE(oldIdea.line, 3);
    QCOMPARE(oldIdea.status, std::optional<Status>(Status::Cancelled));
    QCOMPARE(runbook.dependsOn, (QStringList{build.key, oldIdea.key}));

    const ImportedTask &ship = batch.tasks.at(3);
    QCOMPARE(ship.line, 4);
    QCOMPARE(ship.status, std::optional<Status>(Status::Done));
    QCOMPARE(ship.priority, std::optional<Priority>(Priority::P3));
    QCOMPARE(ship.dependsOn, QStringList{build.key});
    QCOMPARE(ship.externalId, QStringLiteral("11111111-aaaa-4bbb-8ccc-000000000004"));

    const ImportedTask &review = batch.tasks.at(4);
    QCOMPARE(review.status, std::optional<Status>(Status::InProgress)); // recurring, started
    QCOMPARE(review.priority, std::nullopt);

    const ImportedTask &strange = batch.tasks.at(5);
    QCOMPARE(strange.status, std::nullopt);
    QCOMPARE(strange.statusText, QStringLiteral("someday"));

    QVERIFY2(hasWarning(batch, 4, "99999999"), qPrintable(warnings(batch)));
    QVERIFY(hasWarning(batch, 5, "\"X\""));
    QVERIFY(hasWarning(batch, 6, "someday"));
    QVERIFY(hasWarning(batch, 7, "no description"));
    QCOMPARE(batch.warnings.size(), 4);
    QVERIFY(batch.notes.join(u'\n').contains(QLatin1String("deleted is won't do")));
    QSet<QString> keys;
    for (const ImportedTask &task : batch.tasks)
        keys.insert(task.key);
    QCOMPARE(keys.size(), batch.tasks.size());
}

void tst_TaskwarriorFormat::editedInTaskwarrior()
{
    // Exported, then changed in Taskwarrior: completed there, priority lowered, reopened.
    QJsonArray array = QJsonDocument::fromJson(TaskwarriorWriter::write(*m_demo)).array();
    QJsonObject copy;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject task = array.at(i).toObject();
        const QString key = task.value(QStringLiteral("candor_key")).toString();
        if (key == QLatin1String("SEC-001")) { // in progress, P0 → completed, L
            task.insert(QStringLiteral("status"), QStringLiteral("completed"));
            task.insert(QStringLiteral("priority"), QStringLiteral("L"));
        } else if (key == QLatin1String("OPS-001")) { // done → reopened
            task.insert(QStringLiteral("status"), QStringLiteral("pending"));
            task.remove(QStringLiteral("end"));
        } else if (key == QLatin1String("SEC-002")) { // a copy made by `task duplicate`
            copy = task;
            copy.insert(QStringLiteral("uuid"),
                        QStringLiteral("22222222-aaaa-4bbb-8ccc-000000000001"));
        }
        array.replace(i, task);
    }
    array.append(copy);
    const ImportBatch batch =
        TaskwarriorReader::read(QJsonDocument(array).toJson(), QStringLiteral("edited.json"));
    const ImportedTask *sec1 = taskByKey(batch, QStringLiteral("SEC-001"));
    QVERIFY(sec1);
    QCOMPARE(sec1->status, std::optional<Status>(Status::Done));
    QCOMPARE(sec1->priority, std::optional<Priority>(Priority::P3));
    const ImportedTask *ops1 = taskByKey(batch, QStringLiteral("OPS-001"));
    QVERIFY(ops1);
    QCOMPARE(ops1->status, std::optional<Status>(Status::Todo));
    QCOMPARE(batch.tasks.size(), 26);
    QVERIFY(taskByKey(batch, QStringLiteral("TW-22222222")));
    QCOMPARE(batch.warnings.size(), 1);
    QVERIFY(batch.warnings.at(0).message.contains(QLatin1String("SEC-002")));
}

void tst_TaskwarriorFormat::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("warningLine");
    QTest::newRow("empty") << QByteArray() << 0 << 1;
    QTest::newRow("not json") << QByteArray("hello\nworld") << 0 << 1;
    QTest::newRow("truncated") << QByteArray(
                                      "[\n{\"description\":\"a\",\"status\":\"pending\"},\n{\"desc")
                               << 1 << 3;
    QTest::newRow("not objects") << QByteArray("[1, \"two\", {\"description\":\"x\"}]") << 1 << 0;
    QTest::newRow("wrong types")
        << QByteArray("[{\"description\":[1],\"status\":7,\"depends\":{},\"tags\":\"t\","
                      "\"candor_estimate\":\"lots\",\"candor_progress\":{}}]")
        << 0 << 1;
}

void tst_TaskwarriorFormat::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, tasks);
    QFETCH(int, warningLine);
    const ImportBatch batch = TaskwarriorReader::read(bytes, QStringLiteral("bad.json"));
    QCOMPARE(batch.tasks.size(), tasks);
    QVERIFY(!batch.warnings.isEmpty());
    QVERIFY2(hasWarning(batch, warningLine, ""), qPrintable(warnings(batch)));
}

void tst_TaskwarriorFormat::progressOutOfRange_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("progress");
    // 3e9 does not fit an int: rounded before it was clamped, it wrapped to 0.
    QTest::newRow("3e9") << QByteArray("3e9") << 100;
    QTest::newRow("\"3e9\"") << QByteArray("\"3e9\"") << 100;
    QTest::newRow("1e300") << QByteArray("1e300") << 100;
    QTest::newRow("-3e9") << QByteArray("-3e9") << 0;
    QTest::newRow("100.4") << QByteArray("100.4") << 100;
}

void tst_TaskwarriorFormat::progressOutOfRange()
{
    QFETCH(QByteArray, value);
    QFETCH(int, progress);
    const ImportBatch batch = TaskwarriorReader::read(
        "[{\"description\":\"a\",\"status\":\"pending\",\"candor_progress\":" + value + "}]",
        QStringLiteral("p.json"));
    QCOMPARE(batch.tasks.size(), 1);
    QCOMPARE(batch.tasks.at(0).progress, std::optional<int>(progress));
}

void tst_TaskwarriorFormat::interopWithTaskProgram()
{
    const QString task = QStandardPaths::findExecutable(QStringLiteral("task"));
    if (task.isEmpty())
        QSKIP("Taskwarrior (task) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    const QString rc = dir.filePath(QStringLiteral("taskrc"));
    {
        QFile file(rc);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("data.location=" + data.toUtf8() +
                   "\nconfirmation=off\njson.array=on\nhooks=off\nverbose=nothing\n");
    }
    const QString exported = dir.filePath(QStringLiteral("candor.json"));
    {
        QFile file(exported);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TaskwarriorWriter::write(*m_demo));
    }
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TASKRC"), rc);
        environment.insert(QStringLiteral("TASKDATA"), data);
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir.path());
        process.start(task, QStringList{QStringLiteral("rc:") + rc} + arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning("task %s failed: %s", qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
            return QByteArray();
        }
        return process.readAllStandardOutput();
    };
    QVERIFY(!run({QStringLiteral("import"), exported}).isNull());
    const QByteArray output = run({QStringLiteral("export")});
    QVERIFY(!output.isEmpty());
    compareWithProject(*m_demo, TaskwarriorReader::read(output, QStringLiteral("task export")),
                       true);

    // Importing the same export again updates the same tasks: the UUIDs are stable.
    QVERIFY(!run({QStringLiteral("import"), exported}).isNull());
    const ImportBatch again =
        TaskwarriorReader::read(run({QStringLiteral("export")}), QStringLiteral("again"));
    QCOMPARE(again.tasks.size(), 25);
}

QTEST_GUILESS_MAIN(tst_TaskwarriorFormat)
#include "tst_taskwarriorformat.moc"
