// SPDX-License-Identifier: MIT
// MarkdownTrackerReader on section-level constructs: checklist sections of a listed task, the
// Verification column, checkbox status cells, status tables without a task column, work logs,
// and headings that carry only a priority or a bucket of time.
#include "io/markdown/markdowntrackerreader.h"

#include <QTest>

using namespace Candor;

namespace {

ImportBatch read(const char *markdown)
{
    return MarkdownTrackerReader::read(QString::fromUtf8(markdown), QStringLiteral("fixture.md"));
}

const ImportedTask *find(const ImportBatch &batch, const QString &keyOrTitle)
{
    for (const ImportedTask &t : batch.tasks) {
        if (t.key == keyOrTitle || t.title == keyOrTitle)
            return &t;
    }
    return nullptr;
}

QStringList componentNames(const ImportBatch &batch)
{
    QStringList names;
    for (const ImportedComponent &c : batch.components)
        names << c.name;
    return names;
}

} // namespace

class TestMarkdownSections final : public QObject
{
    Q_OBJECT

private slots:
    void checklistSectionOfListedTask();
    void verificationColumn_data();
    void verificationColumn();
    void checkboxStatusCells();
    void statusTableWithoutTaskColumn();
    void percentActiveAndDeferredCells();
    void workLog();
    void priorityAndTimeHeadings_data();
    void priorityAndTimeHeadings();
};

void TestMarkdownSections::checklistSectionOfListedTask()
{
    const ImportBatch batch = read(R"(# Garden

## Beds

| ID | Task | Status |
|----|------|--------|
| BED-1 | Dig the beds | 🔄 In progress |

### BED-1 checklist

- [x] North bed
- [ ] South bed

## EPIC-9: Pond

- [ ] Line the pond
)");
    const ImportedTask *bed = find(batch, QStringLiteral("BED-1"));
    QVERIFY(bed);
    QCOMPARE(bed->checklist.size(), 2);
    QCOMPARE(bed->checklist.at(0).text, QStringLiteral("North bed"));
    QVERIFY(bed->checklist.at(0).checked);
    QVERIFY(!bed->checklist.at(1).checked);
    QVERIFY(!find(batch, QStringLiteral("North bed")));
    // A heading whose key no task above has is a section like any other.
    const ImportedTask *pond = find(batch, QStringLiteral("Line the pond"));
    QVERIFY(pond);
    QCOMPARE(pond->component, QStringLiteral("EPIC-9: Pond"));
    QCOMPARE(componentNames(batch),
             (QStringList{QStringLiteral("Beds"), QStringLiteral("EPIC-9: Pond")}));
}

void TestMarkdownSections::verificationColumn_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("verification");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<bool>("inDescription");
    QTest::newRow("verified with evidence")
        << QStringLiteral("✔ Verified: 10/10 pass") << QStringLiteral("verified")
        << QStringLiteral("10/10 pass") << false;
    QTest::newRow("failed") << QStringLiteral("❌ Failed") << QStringLiteral("failed") << QString()
                            << false;
    QTest::newRow("claimed only") << QStringLiteral("⚠️ Claimed only")
                                  << QStringLiteral("unverified") << QString() << false;
    QTest::newRow("evidence alone")
        << QStringLiteral("soak test log of 3 May") << QStringLiteral("-")
        << QStringLiteral("soak test log of 3 May") << false;
    QTest::newRow("says nothing of evidence")
        << QStringLiteral("Pendiente") << QStringLiteral("-") << QString() << true;
}

void TestMarkdownSections::verificationColumn()
{
    QFETCH(QString, cell);
    QFETCH(QString, verification);
    QFETCH(QString, evidence);
    QFETCH(bool, inDescription);
    const QString text = QStringLiteral("| ID | Task | Status | Verification |\n"
                                        "|---|---|---|---|\n"
                                        "| V-1 | Seal the shed | ✅ Done | %1 |\n")
                             .arg(cell);
    const ImportBatch batch = MarkdownTrackerReader::read(text, QStringLiteral("verification.md"));
    const ImportedTask *task = find(batch, QStringLiteral("V-1"));
    QVERIFY(task);
    QCOMPARE(task->verification ? TaskEnums::token(*task->verification) : QStringLiteral("-"),
             verification);
    QCOMPARE(task->evidence, evidence);
    QCOMPARE(task->description.contains(cell), inDescription);
}

void TestMarkdownSections::checkboxStatusCells()
{
    const ImportBatch batch = read(R"(| # | Task | Status | Notes |
|---|------|--------|-------|
| 0.1 | Copy the files | `[x]` | Done. |
| 0.2 | Wire the worker | `[~]` | Half of it |
| 0.3 | Ship it | [ ] | |
)");
    QCOMPARE(batch.tasks.size(), 3);
    QCOMPARE(batch.tasks.at(0).status, Status::Done);
    QCOMPARE(batch.tasks.at(1).status, Status::InProgress);
    QCOMPARE(batch.tasks.at(2).status, Status::Todo);
    QVERIFY(batch.warnings.isEmpty());
}

void TestMarkdownSections::percentActiveAndDeferredCells()
{
    // A percentage alone in a Status cell says how far the work is; ACTIVE is in progress;
    // DEFER as a priority is the lowest.
    const ImportBatch batch = read(R"(| ID | Task | Status | Priority |
|----|------|--------|----------|
| MAP-1 | Migrate the neural maps | 60% | HIGH |
| MAP-2 | Index the archive | 100% | |
| MAP-3 | Draw the legend | 0 % | |
| MAP-4 | Watch the queue | ACTIVE | DEFER |
)");
    QCOMPARE(batch.tasks.size(), 4);
    QCOMPARE(batch.tasks.at(0).status, Status::InProgress);
    QCOMPARE(batch.tasks.at(0).progress, 60);
    QCOMPARE(batch.tasks.at(1).status, Status::Done);
    QCOMPARE(batch.tasks.at(2).status, Status::Todo);
    QCOMPARE(batch.tasks.at(3).status, Status::InProgress);
    QCOMPARE(batch.tasks.at(3).priority, Priority::P3);
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(batch.warnings.value(0).message));
}

void TestMarkdownSections::statusTableWithoutTaskColumn()
{
    const ImportBatch batch = read(R"(## Phase Overview

| Phase | Focus | Widget | Status |
|-------|-------|--------|--------|
| 1 | Project foundation | — | ✅ Complete |
| 2 | Vectors | VectorOps | 🎯 Next |
| 3 | Matrices | MatrixOps | Planned |
| 4 | Limits | Various | Future |
)");
    QCOMPARE(batch.tasks.size(), 4);
    const ImportedTask *vectors = find(batch, QStringLiteral("Vectors"));
    QVERIFY(vectors);
    QCOMPARE(vectors->phase, QStringLiteral("2"));
    QCOMPARE(vectors->status, Status::Todo);
    QCOMPARE(find(batch, QStringLiteral("Project foundation"))->status, Status::Done);
    QCOMPARE(find(batch, QStringLiteral("Limits"))->status, Status::Todo);
}

void TestMarkdownSections::workLog()
{
    const ImportBatch batch = read(R"(# Work log

## 2020-03-01

- Bootstrap the module
- Added the manifest and the first models.

- Docs pass
- Updated the README.

## 2020-03-02 / 2020-03-03

- Security sprint
- Added record rules.
- Restricted the wizard.

## 2999-01-01

- Launch party
)");
    QCOMPARE(batch.tasks.size(), 4);
    const ImportedTask *bootstrap = find(batch, QStringLiteral("Bootstrap the module"));
    QVERIFY(bootstrap);
    QCOMPARE(bootstrap->status, Status::Done);
    QCOMPARE(bootstrap->description, QStringLiteral("Added the manifest and the first models."));
    QCOMPARE(bootstrap->phase, QStringLiteral("2020-03-01"));
    QVERIFY(bootstrap->component.isEmpty());
    const ImportedTask *sprint = find(batch, QStringLiteral("Security sprint"));
    QVERIFY(sprint);
    QCOMPARE(sprint->status, Status::Done);
    QCOMPARE(sprint->description.count(u'\n'), 1);
    // A date still to come is a plan, not a log.
    const ImportedTask *party = find(batch, QStringLiteral("Launch party"));
    QVERIFY(party);
    QVERIFY(!party->status);
    QVERIFY(batch.components.isEmpty());
}

void TestMarkdownSections::priorityAndTimeHeadings_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("phase");
    const QString backend = QStringLiteral("Backend");
    QTest::newRow("P0 words") << QStringLiteral("Fix the login crash") << QStringLiteral("P0")
                              << backend << QString();
    QTest::newRow("high priority")
        << QStringLiteral("Cache the feed") << QStringLiteral("P1") << backend << QString();
    QTest::newRow("week: critical") << QStringLiteral("Rotate the keys") << QStringLiteral("P0")
                                    << backend << QStringLiteral("Week 2");
    QTest::newRow("meaningful again") << QStringLiteral("Tune the queries") << QStringLiteral("-")
                                      << QStringLiteral("Database") << QString();
}

void TestMarkdownSections::priorityAndTimeHeadings()
{
    QFETCH(QString, task);
    QFETCH(QString, priority);
    QFETCH(QString, component);
    QFETCH(QString, phase);
    const ImportBatch batch = read(R"(# Plan

## Backend

### P0 - SHOWSTOPPER BLOCKERS

- [ ] Fix the login crash

### HIGH PRIORITY

- [ ] Cache the feed

### Week 2: Critical

- [ ] Rotate the keys

## Database

- [ ] Tune the queries
)");
    const ImportedTask *t = find(batch, task);
    QVERIFY2(t, qPrintable(task));
    QCOMPARE(t->priority ? TaskEnums::token(*t->priority) : QStringLiteral("-"), priority);
    QCOMPARE(t->component, component);
    QCOMPARE(t->phase, phase);
    QCOMPARE(componentNames(batch),
             (QStringList{QStringLiteral("Backend"), QStringLiteral("Database")}));
}

QTEST_GUILESS_MAIN(TestMarkdownSections)
#include "tst_markdownsections.moc"
