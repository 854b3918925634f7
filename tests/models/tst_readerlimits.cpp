// SPDX-License-Identifier: MIT
// What a hostile file puts in a field, read by the CSV and Taskwarrior readers (issue 15): a
// title too long to store or made only of NULs is fitted or skipped with a warning naming its
// line, instead of failing the whole import at the write; UUIDs that share a prefix keep their
// dependencies.
#include "commands/importcommand.h"
#include "io/csv/csvreader.h"
#include "io/importplan.h"
#include "io/taskwarrior/taskwarriorreader.h"
#include "project/taskvalidator.h"
#include "testproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

namespace {

QString warningsOf(const ImportBatch &batch)
{
    QStringList lines;
    for (const ImportWarning &warning : batch.warnings)
        lines << QString::number(warning.line) + QStringLiteral(": ") + warning.message;
    return lines.join(u'\n');
}

bool hasWarning(const ImportBatch &batch, int line, const QString &fragment)
{
    for (const ImportWarning &warning : batch.warnings) {
        if (warning.line == line && warning.message.contains(fragment))
            return true;
    }
    return false;
}

QByteArray csvRow(const QString &key, const QString &title, const QString &component = {})
{
    QString quoted = title;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return QStringLiteral("%1,\"%2\",%3\n").arg(key, quoted, component).toUtf8();
}

QByteArray taskwarrior(const QJsonArray &tasks)
{
    return QJsonDocument(tasks).toJson();
}

QJsonObject twTask(const QString &uuid, const QString &description, const QStringList &depends = {})
{
    QJsonObject task{{QStringLiteral("uuid"), uuid},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("status"), QStringLiteral("pending")}};
    if (!depends.isEmpty())
        task.insert(QStringLiteral("depends"), QJsonArray::fromStringList(depends));
    return task;
}

// Plans the batch into an empty project and applies it: the import must be written whole.
int importedCount(const ImportBatch &batch)
{
    const auto project = emptyProject();
    if (!project)
        return -1;
    const ImportPlan plan = ImportPlanner::plan(*project, batch);
    project->undoStack()->push(new ImportCommand(project.get(), plan));
    return project->undoStack()->count() == 1 ? project->tasks()->rowCount() : -1;
}

} // namespace

class TestReaderLimits final : public QObject
{
    Q_OBJECT

private slots:
    void csvLongTitleIsCut();
    void csvTitleOfNuls();
    void cutKeepsCharactersWhole_data();
    void cutKeepsCharactersWhole();
    void taskwarriorLongTitleIsCut();
    void taskwarriorDescriptionOfNuls();
    void taskwarriorUuidsSharingAPrefix();
    void replacedKeyKeepsItsDependents();
};

void TestReaderLimits::csvLongTitleIsCut()
{
    const QString words = QStringLiteral("word ").repeated(160).trimmed(); // 799 characters
    const ImportBatch batch =
        CsvReader::read("key,title,component\n" + csvRow(QStringLiteral("L-1"), words) +
                            csvRow(QStringLiteral("L-2"), QStringLiteral("Short")),
                        QStringLiteral("long.csv"));
    QCOMPARE(batch.tasks.size(), 2);
    const ImportedTask &cut = batch.tasks.first();
    QVERIFY(cut.title.size() <= TaskValidator::maxTitleLength);
    QVERIFY(cut.title.endsWith(QStringLiteral("word…")));
    QVERIFY(cut.description.startsWith(words)); // nothing lost
    QVERIFY2(hasWarning(batch, 2, QStringLiteral("799 characters")), qPrintable(warningsOf(batch)));
    QCOMPARE(batch.warnings.size(), 1);
    QCOMPARE(importedCount(batch), 2);
}

void TestReaderLimits::csvTitleOfNuls()
{
    const QString nuls(3, QChar(u'\0'));
    const ImportBatch batch = CsvReader::read(
        "key,title,component\n" + csvRow(QStringLiteral("N-1"), nuls) +
            csvRow(QStringLiteral("N-2"), QStringLiteral("Half") + nuls + QStringLiteral("way"),
                   nuls + QStringLiteral("Core")) +
            csvRow(QStringLiteral("N-3"), QStringLiteral("Fine")),
        QStringLiteral("nuls.csv"));
    QCOMPARE(batch.tasks.size(), 2);
    QVERIFY2(hasWarning(batch, 2, QStringLiteral("only NUL characters; the row was skipped")),
             qPrintable(warningsOf(batch)));
    QVERIFY2(hasWarning(batch, 3, QStringLiteral("NUL characters; they were removed")),
             qPrintable(warningsOf(batch)));
    QCOMPARE(batch.tasks.first().title, QStringLiteral("Halfway"));
    QCOMPARE(batch.tasks.first().component, QStringLiteral("Core"));
    QCOMPARE(importedCount(batch), 2);
}

void TestReaderLimits::cutKeepsCharactersWhole_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("surrogate pairs") << QStringLiteral("\U0001F600");
    QTest::newRow("combining accents") << QStringLiteral("e\u0301");
    QTest::newRow("ascii") << QStringLiteral("x");
}

void TestReaderLimits::cutKeepsCharactersWhole()
{
    QFETCH(QString, unit);
    const QString title = unit.repeated(600);
    const ImportBatch batch =
        CsvReader::read("key,title,component\n" + csvRow(QStringLiteral("U-1"), title),
                        QStringLiteral("units.csv"));
    QCOMPARE(batch.tasks.size(), 1);
    const QString cut = batch.tasks.first().title;
    QVERIFY(cut.size() <= TaskValidator::maxTitleLength);
    QVERIFY(cut.endsWith(u'…'));
    const QString kept = cut.chopped(1);
    QCOMPARE(kept.size() % unit.size(), 0);
    QCOMPARE(kept, unit.repeated(int(kept.size() / unit.size())));
    QVERIFY(kept.size() > TaskValidator::maxTitleLength - 4);
}

void TestReaderLimits::taskwarriorLongTitleIsCut()
{
    const QString long600(600, u'x');
    const ImportBatch batch = TaskwarriorReader::read(
        taskwarrior({twTask(QStringLiteral("11111111-0000-4000-8000-000000000001"), long600)}),
        QStringLiteral("long.json"));
    QCOMPARE(batch.tasks.size(), 1);
    const ImportedTask &task = batch.tasks.first();
    QCOMPARE(task.title.size(), TaskValidator::maxTitleLength);
    QVERIFY(task.description.startsWith(long600));
    QVERIFY2(hasWarning(batch, 2, QStringLiteral("600 characters")), qPrintable(warningsOf(batch)));
    QCOMPARE(importedCount(batch), 1);
}

void TestReaderLimits::taskwarriorDescriptionOfNuls()
{
    const QString nuls(4, QChar(u'\0'));
    const ImportBatch batch = TaskwarriorReader::read(
        taskwarrior({twTask(QStringLiteral("11111111-0000-4000-8000-000000000001"), nuls),
                     twTask(QStringLiteral("11111111-0000-4000-8000-000000000002"),
                            QStringLiteral("A") + nuls + QStringLiteral("B"))}),
        QStringLiteral("nuls.json"));
    QCOMPARE(batch.tasks.size(), 1);
    QCOMPARE(batch.tasks.first().title, QStringLiteral("AB"));
    QVERIFY2(hasWarning(batch, 2, QStringLiteral("only NUL characters; the task was skipped")),
             qPrintable(warningsOf(batch)));
    QVERIFY2(hasWarning(batch, batch.tasks.first().line,
                        QStringLiteral("NUL characters; they were removed")),
             qPrintable(warningsOf(batch)));
    QCOMPARE(importedCount(batch), 1);
}

void TestReaderLimits::taskwarriorUuidsSharingAPrefix()
{
    // Issue 15, item 11: three UUIDs sharing their first 12 digits made the third a key of all
    // 32 (TW-ABCDEF12…, 35 characters, more than a key may have): it was given another, and
    // the dependency on it was lost with a warning that it was in neither file nor project.
    QJsonArray tasks;
    QStringList uuids;
    for (int i = 1; i <= 4; ++i) {
        uuids << QStringLiteral("abcdef12-3456-4000-8000-00000000000%1").arg(i);
        tasks << twTask(uuids.last(), QStringLiteral("Task %1").arg(i),
                        i == 4 ? QStringList{uuids.at(2), uuids.at(1)} : QStringList{});
    }
    // And two that share only the first 8.
    tasks << twTask(QStringLiteral("abcdef12-9999-4000-8000-000000000005"), QStringLiteral("Five"),
                    {uuids.at(0)});
    const ImportBatch batch =
        TaskwarriorReader::read(taskwarrior(tasks), QStringLiteral("prefix.json"));
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(warningsOf(batch)));
    QCOMPARE(batch.tasks.size(), 5);
    QSet<QString> keys;
    for (const ImportedTask &task : batch.tasks) {
        QVERIFY2(task.key.size() <= TaskValidator::maxKeyLength, qPrintable(task.key));
        keys.insert(task.key);
    }
    QCOMPARE(keys.size(), 5);
    const auto project = emptyProject();
    QVERIFY(project);
    const ImportPlan plan = ImportPlanner::plan(*project, batch);
    QCOMPARE(plan.warnings.size(), 0);
    QCOMPARE(plan.dependencies.size(), 3);
    project->undoStack()->push(new ImportCommand(project.get(), plan));
    QCOMPARE(project->dependencies().edgeCount(), 3);
    const qint64 fourth = project->tasks()->idForKey(batch.tasks.at(3).key);
    const qint64 third = project->tasks()->idForKey(batch.tasks.at(2).key);
    QVERIFY(project->dependencies().contains(fourth, third));
}

void TestReaderLimits::replacedKeyKeepsItsDependents()
{
    // A key the project cannot use is replaced; a task of the file that names the old key
    // still depends on the task, also when the task has an id of its own (a UUID).
    ImportBatch batch;
    ImportedTask named;
    named.key = QStringLiteral("has spaces");
    named.title = QStringLiteral("Named");
    named.externalId = QStringLiteral("0f0f0f0f-0000-4000-8000-000000000001");
    ImportedTask dependent;
    dependent.key = QStringLiteral("D-1");
    dependent.title = QStringLiteral("Dependent");
    dependent.dependsOn << QStringLiteral("has spaces");
    batch.tasks << named << dependent;
    const auto project = emptyProject();
    QVERIFY(project);
    const ImportPlan plan = ImportPlanner::plan(*project, batch);
    QCOMPARE(plan.warnings.size(), 1); // the key that was replaced
    QCOMPARE(plan.dependencies.size(), 1);
    QCOMPARE(plan.dependencies.first().first, QStringLiteral("D-1"));
    QCOMPARE(plan.dependencies.first().second, plan.created.first().key);
}

QTEST_GUILESS_MAIN(TestReaderLimits)
#include "tst_readerlimits.moc"
