// SPDX-License-Identifier: MIT
// CsvReader and CsvWriter: RFC 4180 details, column and value mapping, bad input as warnings, and
// the round trip read(write(project)) on the demo project and on awkward text.
#include "io/csv/csvcolumns.h"
#include "io/csv/csvreader.h"
#include "io/csv/csvwriter.h"
#include "testproject.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Candor;
using namespace CandorTest;

namespace {

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

bool hasWarning(const ImportBatch &batch, int line, const char *fragment)
{
    for (const ImportWarning &warning : batch.warnings) {
        if (warning.line == line && warning.message.contains(QLatin1String(fragment)))
            return true;
    }
    return false;
}

QString warnings(const ImportBatch &batch)
{
    QStringList lines;
    for (const ImportWarning &warning : batch.warnings)
        lines << QString::number(warning.line) + QStringLiteral(": ") + warning.message;
    return lines.join(u'\n');
}

// Every task of the project must come back from the batch with the same fields.
void compareWithProject(const Project &project, const ImportBatch &batch)
{
    const TaskModel &tasks = *project.tasks();
    QCOMPARE(batch.tasks.size(), tasks.rowCount());
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(warnings(batch)));
    for (int row = 0; row < tasks.rowCount(); ++row) {
        const Task &task = tasks.taskAt(row);
        const ImportedTask &read = batch.tasks.at(row);
        QCOMPARE(read.key, task.key);
        QCOMPARE(read.title, task.title);
        QCOMPARE(read.description, task.description);
        QCOMPARE(read.status, std::optional<Status>(task.status));
        QCOMPARE(read.priority, std::optional<Priority>(task.priority));
        QCOMPARE(read.verification, std::optional<Verification>(task.verification));
        QCOMPARE(read.component, project.components()->name(task.componentId));
        QCOMPARE(read.assignee, task.assignee);
        QCOMPARE(read.phase, task.phase);
        QCOMPARE(read.evidence, task.evidence);
        QCOMPARE(read.estimate, task.estimate);
        QCOMPARE(read.progress, std::optional<int>(task.progress));
        QStringList dependsOn = read.dependsOn;
        dependsOn.sort();
        QCOMPARE(dependsOn, keysOf(project, project.dependencies().dependenciesOf(task.id)));
        QStringList milestones;
        for (qint64 id : project.milestonesOf(task.id))
            milestones << project.milestones()->name(id);
        QStringList readMilestones = read.milestones;
        milestones.sort();
        readMilestones.sort();
        QCOMPARE(readMilestones, milestones);
    }
}

} // namespace

class tst_CsvFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columns();
    void roundTripDemo();
    void roundTripAwkwardText();
    void roundTripCancelled();
    void writeQuotesPerRfc4180();
    void excelFixture();
    void delimiters_data();
    void delimiters();
    void headerAndUnknownColumns();
    void values_data();
    void values();
    void unknownValuesWarn();
    void progressOutOfRange_data();
    void progressOutOfRange();
    void malformedLines();
    void missingTitleColumn();
    void emptyAndBinaryInput();
    void largeFile();
};

void tst_CsvFormat::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CsvFormat::columns()
{
    QCOMPARE(CsvColumns::names(),
             (QStringList{QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("status"),
                          QStringLiteral("priority"), QStringLiteral("component"),
                          QStringLiteral("assignee"), QStringLiteral("estimate"),
                          QStringLiteral("progress"), QStringLiteral("verification"),
                          QStringLiteral("evidence"), QStringLiteral("milestones"),
                          QStringLiteral("depends_on"), QStringLiteral("phase"),
                          QStringLiteral("description")}));
}

void tst_CsvFormat::roundTripDemo()
{
    const auto project = demoProject();
    QVERIFY(project);
    const QByteArray bytes = CsvWriter::write(*project);
    QVERIFY(bytes.startsWith("key,title,status,priority,component,"));
    QCOMPARE(bytes.count("\r\n"), 26); // the header and 25 rows
    compareWithProject(*project, CsvReader::read(bytes, QStringLiteral("demo.csv")));
    QCOMPARE(CsvWriter::write(*project), bytes); // deterministic
}

void tst_CsvFormat::roundTripCancelled()
{
    const auto project = demoWithCancelled("DOCS-001");
    QVERIFY(project);
    const QByteArray bytes = CsvWriter::write(*project);
    const QList<QByteArray> lines = bytes.split('\n');
    const auto row = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
        return line.startsWith("DOCS-001,");
    });
    QVERIFY(row != lines.cend());
    QVERIFY2(row->contains(",cancelled,"), row->constData());
    compareWithProject(*project, CsvReader::read(bytes, QStringLiteral("cancelled.csv")));
}

void tst_CsvFormat::roundTripAwkwardText()
{
    auto project = demoProject();
    QVERIFY(project);
    QList<TaskRecord> records;
    const auto add = [&](const char *key, const QString &title, const QString &description) {
        TaskRecord record;
        record.task.key = QString::fromLatin1(key);
        record.task.title = title;
        record.task.description = description;
        record.task.componentId = componentId(*project, QStringLiteral("API"));
        record.task.assignee = QStringLiteral("zoë, \"z\"");
        record.task.phase = QStringLiteral("Phase; 2");
        record.task.evidence = QStringLiteral("7/7 pass, \"all\" green");
        record.task.estimate = 0.1 + 0.2;
        record.task.progress = 33;
        record.dependsOn << idOf(*project, "API-001");
        records << record;
    };
    add("API-100", QStringLiteral("Quote \"this\", and that; ok"),
        QStringLiteral("Line one\nLine two, with \"quotes\"\n\nLine four"));
    add("API-101", QStringLiteral("Ünïcødé ✅ — 日本語"), QStringLiteral("trailing newline\n"));
    add("API-102", QStringLiteral("=SUM(A1:A2)"), QStringLiteral("\"\"\"only quotes\"\"\""));
    QVERIFY(project->insertTasks(records));
    compareWithProject(*project,
                       CsvReader::read(CsvWriter::write(*project), QStringLiteral("awkward.csv")));
}

void tst_CsvFormat::writeQuotesPerRfc4180()
{
    auto project = emptyProject();
    QVERIFY(project);
    QList<TaskRecord> records(1);
    records[0].task.key = QStringLiteral("X-001");
    records[0].task.title = QStringLiteral("a \"b\", c");
    records[0].task.description = QStringLiteral("one\ntwo");
    QVERIFY(project->insertTasks(records));
    const QByteArray bytes = CsvWriter::write(*project);
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.at(0), QByteArray(CsvColumns::names().join(u',').toUtf8() + '\r'));
    QCOMPARE(lines.at(1), utf8("X-001,\"a \"\"b\"\", c\",todo,P2,,,,0,unverified,,,,,\"one"));
    QCOMPARE(lines.at(2), utf8("two\"\r"));
}

void tst_CsvFormat::excelFixture()
{
    QFile file(QStringLiteral(CANDOR_TEST_DATA_DIR "/tasks-excel.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const ImportBatch batch = CsvReader::read(file.readAll(), QStringLiteral("tasks-excel.csv"));
    QCOMPARE(batch.tasks.size(), 3);
    const ImportedTask &login = batch.tasks.at(0);
    QCOMPARE(login.key, QStringLiteral("APP-001")); // the BOM is not part of the first header
    QCOMPARE(login.status, std::optional<Status>(Status::InProgress));
    QCOMPARE(login.priority, std::optional<Priority>(Priority::P1));
    QCOMPARE(login.estimate, std::optional<double>(2.5));
    QCOMPARE(login.progress, std::optional<int>(40));
    QCOMPARE(login.milestones, QStringList{QStringLiteral("Beta")});
    QCOMPARE(login.description,
             QStringLiteral("First line\nsecond line; with \"quotes\"\nOwner Team: Mobile"));
    QCOMPARE(login.line, 2);

    const ImportedTask &logout = batch.tasks.at(1);
    QCOMPARE(logout.line, 4); // the quoted line break counts
    QCOMPARE(logout.status, std::optional<Status>(Status::Done));
    QCOMPARE(logout.priority, std::optional<Priority>(Priority::P2));
    QCOMPARE(logout.dependsOn, (QStringList{QStringLiteral("APP-001"), QStringLiteral("APP-003")}));
    QCOMPARE(logout.milestones, (QStringList{QStringLiteral("Beta"), QStringLiteral("Launch")}));

    const ImportedTask &unicode = batch.tasks.at(2);
    QCOMPARE(unicode.title, QStringLiteral("Ünïcode ✓ title"));
    QCOMPARE(unicode.status, std::nullopt);
    QCOMPARE(unicode.statusText, QStringLiteral("Someday"));
    QCOMPARE(unicode.priority, std::nullopt);
    QCOMPARE(unicode.estimate, std::optional<double>(12)); // the middle of 10-14
    QCOMPARE(unicode.description, QStringLiteral("Priority: Whenever\nOwner Team: Web"));
    QVERIFY2(hasWarning(batch, 5, "Someday"), qPrintable(warnings(batch)));
    QVERIFY2(hasWarning(batch, 5, "Whenever"), qPrintable(warnings(batch)));
    QCOMPARE(batch.warnings.size(), 2);
    QCOMPARE(batch.components.size(), 2);
    QCOMPARE(batch.milestones.size(), 2);
    QCOMPARE(batch.milestones.at(0).gatingKeys,
             (QStringList{QStringLiteral("APP-001"), QStringLiteral("APP-002")}));
}

void tst_CsvFormat::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("comma LF") << utf8("key,title,status\nA-1,\"One, two\",done\nA-2,Three,todo\n");
    QTest::newRow("comma CRLF") << utf8(
        "key,title,status\r\nA-1,\"One, two\",done\r\nA-2,Three,todo\r\n");
    QTest::newRow("semicolon") << utf8("key;title;status\nA-1;One, two;done\nA-2;Three;todo");
    QTest::newRow("semicolon BOM CRLF")
        << utf8("\xEF\xBB\xBFkey;title;status\r\nA-1;\"One, two\";done\r\n\r\nA-2;Three;todo\r\n");
    QTest::newRow("tab") << utf8("key\ttitle\tstatus\nA-1\tOne, two\tdone\nA-2\tThree\ttodo\n");
    QTest::newRow("no final newline")
        << utf8("key,title,status\nA-1,\"One, two\",done\nA-2,Three,todo");
}

void tst_CsvFormat::delimiters()
{
    QFETCH(QByteArray, bytes);
    const ImportBatch batch = CsvReader::read(bytes, QStringLiteral("d.csv"));
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(warnings(batch)));
    QCOMPARE(batch.tasks.size(), 2);
    QCOMPARE(batch.tasks.at(0).key, QStringLiteral("A-1"));
    QCOMPARE(batch.tasks.at(0).title, QStringLiteral("One, two"));
    QCOMPARE(batch.tasks.at(0).status, std::optional<Status>(Status::Done));
    QCOMPARE(batch.tasks.at(1).title, QStringLiteral("Three"));
    QCOMPARE(batch.tasks.at(1).status, std::optional<Status>(Status::Todo));
}

void tst_CsvFormat::headerAndUnknownColumns()
{
    const ImportBatch batch = CsvReader::read(utf8("TITLE,Sprint,KEY,Depends On,Description,Notes\n"
                                                   "Build it,7,B-1,\"A-1;A-2\",Main text,\n"
                                                   "Test it,8,B-2,B-1,,Needs a device\n"),
                                              QStringLiteral("h.csv"));
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(warnings(batch)));
    QCOMPARE(batch.tasks.size(), 2);
    QCOMPARE(batch.tasks.at(0).key, QStringLiteral("B-1"));
    QCOMPARE(batch.tasks.at(0).dependsOn,
             (QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")}));
    QCOMPARE(batch.tasks.at(0).description, QStringLiteral("Main text\nSprint: 7"));
    QCOMPARE(batch.tasks.at(1).description, QStringLiteral("Sprint: 8\nNotes: Needs a device"));
}

void tst_CsvFormat::values_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<int>("expectedPriority");
    QTest::addColumn<QString>("verification");
    QTest::addColumn<int>("expectedVerification");
    const auto row = [](const char *name, const char *status, Status s, const char *priority,
                        Priority p, const char *verification, Verification v) {
        QTest::newRow(name) << QString::fromUtf8(status) << int(s) << QString::fromUtf8(priority)
                            << int(p) << QString::fromUtf8(verification) << int(v);
    };
    row("tokens", "in_progress", Status::InProgress, "P0", Priority::P0, "verified",
        Verification::Verified);
    row("labels", "In progress", Status::InProgress, "p3", Priority::P3, "Failed",
        Verification::Failed);
    row("review", "In review", Status::Review, "High", Priority::P1, "Unverified",
        Verification::Unverified);
    row("emoji", "✅ Done", Status::Done, "P2", Priority::P2, "not verified",
        Verification::Unverified);
    row("blocked", "BLOCKED", Status::Blocked, "low", Priority::P3, "VERIFIED",
        Verification::Verified);
    row("to do", "To do", Status::Todo, "1", Priority::P1, "failed", Verification::Failed);
    row("cancelled", "cancelled", Status::Cancelled, "P3", Priority::P3, "unverified",
        Verification::Unverified);
}

void tst_CsvFormat::values()
{
    QFETCH(QString, status);
    QFETCH(int, expectedStatus);
    QFETCH(QString, priority);
    QFETCH(int, expectedPriority);
    QFETCH(QString, verification);
    QFETCH(int, expectedVerification);
    const QString text = QStringLiteral("title,status,priority,verification\nT,\"%1\",%2,%3\n")
                             .arg(status, priority, verification);
    const ImportBatch batch = CsvReader::read(text.toUtf8(), QStringLiteral("v.csv"));
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(warnings(batch)));
    QCOMPARE(batch.tasks.size(), 1);
    QCOMPARE(batch.tasks.at(0).status, std::optional<Status>(Status(expectedStatus)));
    QCOMPARE(batch.tasks.at(0).priority, std::optional<Priority>(Priority(expectedPriority)));
    QCOMPARE(batch.tasks.at(0).verification,
             std::optional<Verification>(Verification(expectedVerification)));
}

void tst_CsvFormat::unknownValuesWarn()
{
    const ImportBatch batch = CsvReader::read(utf8("title,status,verification,estimate,progress\n"
                                                   "A,done,verified,3,100\n"
                                                   "B,Godot knows,perhaps,soon,150\n"),
                                              QStringLiteral("u.csv"));
    QCOMPARE(batch.tasks.size(), 2);
    const ImportedTask &b = batch.tasks.at(1);
    QCOMPARE(b.status, std::nullopt);
    QCOMPARE(b.statusText, QStringLiteral("Godot knows"));
    QCOMPARE(b.verification, std::nullopt);
    QCOMPARE(b.estimate, std::nullopt);
    QCOMPARE(b.progress, std::optional<int>(100));
    QVERIFY(b.description.contains(QLatin1String("verification: perhaps")));
    QVERIFY(b.description.contains(QLatin1String("estimate: soon")));
    QVERIFY2(hasWarning(batch, 3, "Godot knows"), qPrintable(warnings(batch)));
    QVERIFY(hasWarning(batch, 3, "perhaps"));
    QVERIFY(hasWarning(batch, 3, "soon"));
    QVERIFY(hasWarning(batch, 3, "150"));
    QCOMPARE(batch.warnings.size(), 4);
}

void tst_CsvFormat::progressOutOfRange_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("progress");
    // 3e9 does not fit an int: rounded before it was clamped, it wrapped to 0.
    QTest::newRow("3e9") << QStringLiteral("3e9") << 100;
    QTest::newRow("3e9%") << QStringLiteral("3e9%") << 100;
    QTest::newRow("1e300") << QStringLiteral("1e300") << 100;
    QTest::newRow("-3e9") << QStringLiteral("-3e9") << 0;
    QTest::newRow("100.4") << QStringLiteral("100.4") << 100;
    QTest::newRow("99.6") << QStringLiteral("99.6") << 100;
    QTest::newRow("-0.4") << QStringLiteral("-0.4") << 0;
}

void tst_CsvFormat::progressOutOfRange()
{
    QFETCH(QString, cell);
    QFETCH(int, progress);
    const ImportBatch batch = CsvReader::read(
        QStringLiteral("title,progress\nA,%1\n").arg(cell).toUtf8(), QStringLiteral("p.csv"));
    QCOMPARE(batch.tasks.size(), 1);
    QCOMPARE(batch.tasks.at(0).progress, std::optional<int>(progress));
}

void tst_CsvFormat::malformedLines()
{
    const ImportBatch batch = CsvReader::read(utf8("key,title,status\n"
                                                   "K-1,Fine,todo\n"
                                                   "K-2,\"Never closed,todo\n"
                                                   "K-3,Still read,done\n"
                                                   "K-4,Too,many,fields,here\n"
                                                   "K-5,\"Closed\"trailing,todo\n"
                                                   ",,\n"
                                                   "K-6,,todo\n"),
                                              QStringLiteral("bad.csv"));
    QStringList keys;
    for (const ImportedTask &task : batch.tasks)
        keys << task.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("K-1"), QStringLiteral("K-3"), QStringLiteral("K-4"),
                                QStringLiteral("K-5")}));
    QCOMPARE(batch.tasks.at(1).line, 4);
    QCOMPARE(batch.tasks.at(3).title, QStringLiteral("Closedtrailing"));
    QVERIFY2(hasWarning(batch, 3, "Unterminated quote"), qPrintable(warnings(batch)));
    QVERIFY(hasWarning(batch, 5, "5 fields"));
    QVERIFY(hasWarning(batch, 5, "\"many\"")); // its third field is read as the status
    QVERIFY(hasWarning(batch, 8, "no title"));
    QCOMPARE(batch.warnings.size(), 4);
}

void tst_CsvFormat::missingTitleColumn()
{
    const ImportBatch batch = CsvReader::read(utf8("key,name\nA,B\n"), QStringLiteral("m.csv"));
    QVERIFY(batch.tasks.isEmpty());
    QCOMPARE(batch.warnings.size(), 1);
    QCOMPARE(batch.warnings.at(0).line, 1);
    QVERIFY(batch.warnings.at(0).message.contains(QLatin1String("title")));
    QCOMPARE(batch.warnings.at(0).file, QStringLiteral("m.csv"));
}

void tst_CsvFormat::emptyAndBinaryInput()
{
    for (const QByteArray &bytes :
         {QByteArray(), utf8("\xEF\xBB\xBF"), utf8("\n\n\r\n"), utf8("\"")}) {
        const ImportBatch batch = CsvReader::read(bytes, QStringLiteral("e.csv"));
        QVERIFY(batch.tasks.isEmpty());
        QVERIFY(!batch.warnings.isEmpty());
    }
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary += char((i * 7919) & 0xff);
    const ImportBatch batch = CsvReader::read(binary, QStringLiteral("b.csv"));
    QVERIFY(!batch.warnings.isEmpty()); // not UTF-8, and no title column: no crash either way
    const ImportBatch latin1 = CsvReader::read(utf8("title\nCaf\xE9\n"), QStringLiteral("l.csv"));
    QCOMPARE(latin1.tasks.size(), 1);
    QCOMPARE(latin1.tasks.at(0).title, QStringLiteral("Café"));
    QCOMPARE(latin1.warnings.size(), 1);
}

void tst_CsvFormat::largeFile()
{
    // A generous bound for Debug builds; CANDOR_CSV_ROWS=100000 measures the real figure.
    const int rows = qEnvironmentVariableIsSet("CANDOR_CSV_ROWS")
                         ? qEnvironmentVariableIntValue("CANDOR_CSV_ROWS")
                         : 20000;
    QByteArray bytes = CsvColumns::names().join(u',').toUtf8() + "\r\n";
    for (int i = 0; i < rows; ++i) {
        bytes += "GEN-" + QByteArray::number(i) + ",\"Task number " + QByteArray::number(i) +
                 ", generated\",in_progress,P1,Backend,alice,2.5,40,unverified,,\"Beta; Launch\","
                 "GEN-" +
                 QByteArray::number(std::max(0, i - 1)) +
                 ",Phase 1,\"Line one\nLine \"\"two\"\"\"\r\n";
    }
    QElapsedTimer timer;
    timer.start();
    const ImportBatch batch = CsvReader::read(bytes, QStringLiteral("large.csv"));
    const qint64 elapsed = timer.elapsed();
    qInfo("Parsed %d rows (%lld bytes) in %lld ms", rows, qint64(bytes.size()), elapsed);
    QCOMPARE(batch.tasks.size(), rows);
    QVERIFY(batch.warnings.isEmpty());
    QCOMPARE(batch.tasks.last().line, 1 + 2 * rows - 1);
    QCOMPARE(batch.tasks.last().description, QStringLiteral("Line one\nLine \"two\""));
#ifdef CANDOR_SANITIZED
    constexpr qint64 bound = 25000; // ASan and UBSan make it several times slower
#else
    constexpr qint64 bound = 5000;
#endif
    if (!qEnvironmentVariableIsSet("CANDOR_CSV_ROWS"))
        QVERIFY2(elapsed < bound, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(tst_CsvFormat)
#include "tst_csvformat.moc"
