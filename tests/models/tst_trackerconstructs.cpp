// SPDX-License-Identifier: MIT
// The document-level constructs of the Markdown tracker reader, each on a small inline
// document: the project's stated completion, blocks that are prose and never tasks, an item's
// key-value sub-lines, dependencies named by title, and where each task came from.
#include "io/markdown/completionclaim.h"
#include "io/markdown/markdowntrackerreader.h"

#include <QTest>

using namespace Candor;

namespace {

ImportBatch readLines(const QStringList &lines)
{
    return MarkdownTrackerReader::read(lines.join(u'\n'), QStringLiteral("t.md"));
}

const ImportedTask *byTitle(const ImportBatch &batch, const QString &title)
{
    for (const ImportedTask &t : batch.tasks) {
        if (t.title == title)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestTrackerConstructs final : public QObject
{
    Q_OBJECT

private slots:
    void overallCompletion_data();
    void overallCompletion();
    void proseSections_data();
    void proseSections();
    void criteriaOfAnItem();
    void headingItems_data();
    void headingItems();
    void dependenciesByTitle_data();
    void dependenciesByTitle();
    void itemFields_data();
    void itemFields();
    void outliner();
    void cancelledMarkers_data();
    void checkboxStatusNote_data();
    void checkboxStatusNote();
    void cancelledMarkers();
};

void TestTrackerConstructs::overallCompletion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("overall"); // -1: none
    QTest::addColumn<QString>("component");
    QTest::newRow("bold key") << QStringLiteral("**Overall Progress:** 92.6% Complete") << 92
                              << QString();
    QTest::newRow("bold name") << QStringLiteral("- **Overall Progress**: 100% Complete (all)")
                               << 100 << QString();
    QTest::newRow("bar") << QStringLiteral("**Overall Progress**: `███████░░░` 70%") << 70
                         << QString();
    QTest::newRow("heading") << QStringLiteral("### Overall: 85% Complete") << 85 << QString();
    QTest::newRow("no colon bar") << QStringLiteral("Total Progress   [████░░░░░░] 37%") << 37
                                  << QString();
    QTest::newRow("count") << QStringLiteral("- **总体**: 14/14 完成 (100%)") << 100 << QString();
    QTest::newRow("german") << QStringLiteral("Gesamtfortschritt: 45%") << 45 << QString();
    QTest::newRow("project") << QStringLiteral("Project completion: 45%") << 45 << QString();
    QTest::newRow("component") << QStringLiteral("- Security: 75% complete") << -1
                               << QStringLiteral("Security");
    QTest::newRow("a phase's overall is the phase's")
        << QStringLiteral("**Overall Phase 10 Progress:** 95/158 files (60%)") << -1 << QString();
}

void TestTrackerConstructs::overallCompletion()
{
    QFETCH(QString, line);
    QFETCH(int, overall);
    QFETCH(QString, component);
    const ImportBatch batch = readLines({QStringLiteral("# Tracker"), QString(), line, QString(),
                                         QStringLiteral("- [ ] Something to do")});
    QCOMPARE(batch.statedOverall.value_or(-1), overall);
    for (const ImportedComponent &c : batch.components)
        QVERIFY2(!CompletionClaim::isOverall(c.name), qPrintable(c.name));
    if (!component.isEmpty()) {
        const auto it =
            std::find_if(batch.components.cbegin(), batch.components.cend(),
                         [&](const ImportedComponent &c) { return c.name == component; });
        QVERIFY(it != batch.components.cend());
        QVERIFY(it->statedCompletion.has_value());
    }
    QVERIFY(byTitle(batch, QStringLiteral("Something to do")));
}

void TestTrackerConstructs::proseSections_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("reason"); // of the skipped item
    const QStringList item{QStringLiteral("- [ ] Write the parser"), QString()};
    QTest::newRow("criteria heading")
        << (item + QStringList{QStringLiteral("## Acceptance Criteria"),
                               QStringLiteral("- [ ] Parser reads tables")})
        << QStringLiteral("criteria");
    QTest::newRow("bold label") << (item + QStringList{QStringLiteral("**Definition of Done:**"),
                                                       QStringLiteral("- [x] Parser reads tables")})
                                << QStringLiteral("criteria");
    QTest::newRow("plain label") << (item + QStringList{QStringLiteral("Success metrics:"),
                                                        QStringLiteral("- ✅ Parser reads tables")})
                                 << QStringLiteral("metrics");
    QTest::newRow("strengths") << (item + QStringList{QStringLiteral("### ✅ Strengths"),
                                                      QStringLiteral("- ✅ Parser reads tables")})
                               << QStringLiteral("assessment");
    QTest::newRow("spanish") << (item + QStringList{QStringLiteral("## Criterios de aceptación"),
                                                    QStringLiteral("- [ ] Parser reads tables")})
                             << QStringLiteral("criteria");
    QTest::newRow("risk table")
        << (item + QStringList{QStringLiteral("## Risks"), QStringLiteral("| ID | Task | Status |"),
                               QStringLiteral("|---|---|---|"),
                               QStringLiteral("| R-1 | Parser reads tables | Open |")})
        << QStringLiteral("risks");
    QTest::newRow("child of a reference")
        << (item + QStringList{QStringLiteral("## References"), QStringLiteral("- Docs"),
                               QStringLiteral("  - [ ] Parser reads tables")})
        << QStringLiteral("references");
}

// Items under a section or label that heads prose are left out, counted and listed with why;
// the task list before them is read as ever.
void TestTrackerConstructs::proseSections()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, reason);
    const ImportBatch batch = readLines(QStringList{QStringLiteral("# Plan"), QString()} + lines);
    QCOMPARE(batch.tasks.size(), 1);
    QCOMPARE(batch.tasks.first().title, QStringLiteral("Write the parser"));
    QVERIFY(batch.skippedCount >= 1);
    QCOMPARE(batch.skipped.last().reason, reason);
    QVERIFY(batch.skipped.last().text.contains(QStringLiteral("Parser reads tables")));
}

// A story's acceptance criteria are its checklist, not tasks: the heading names the story.
void TestTrackerConstructs::criteriaOfAnItem()
{
    const ImportBatch batch = readLines(
        {QStringLiteral("# Sprint"), QString(), QStringLiteral("| ID | Title | Status |"),
         QStringLiteral("|---|---|---|"), QStringLiteral("| STORY-1.1 | Set up the server | ⬜ |"),
         QString(), QStringLiteral("#### STORY-1.1: Set up the server"),
         QStringLiteral("**Acceptance Criteria:**"), QStringLiteral("- [ ] Server starts"),
         QStringLiteral("- [x] Health check answers")});
    QCOMPARE(batch.tasks.size(), 1);
    QCOMPARE(batch.tasks.first().key, QStringLiteral("STORY-1.1"));
    QCOMPARE(batch.tasks.first().construct, ImportConstruct::TableRow);
    QCOMPARE(batch.tasks.first().checklist.size(), 2);
    QVERIFY(batch.tasks.first().checklist.at(1).checked);
}

void TestTrackerConstructs::headingItems_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("titles"); // "title=status"
    QTest::newRow("keyed heading, fields")
        << QStringList{QStringLiteral("## Logging"),
                       QStringLiteral("#### 🐛 BUG-001: Logs leak"),
                       QStringLiteral("**Priority**: High"),
                       QString(),
                       QStringLiteral("- `src/log.ts` prints"),
                       QStringLiteral("#### ✅ BUG-002: Body limits (RESOLVED)"),
                       QStringLiteral("**Priority**: Low")}
        << QStringList{QStringLiteral("Logs leak=todo"),
                       QStringLiteral("Body limits (RESOLVED)=done")};
    QTest::newRow("keyed heading over tasks")
        << QStringList{QStringLiteral("### EPOCH-17: Live execution"),
                       QStringLiteral("- [ ] Safety executor"), QStringLiteral("- [x] Gate check")}
        << QStringList{QStringLiteral("Safety executor=todo"), QStringLiteral("Gate check=done")};
    QTest::newRow("key-value block") << QStringList{QStringLiteral("## Features"),
                                                    QStringLiteral("### Voice Integration"),
                                                    QStringLiteral("**Status:** In Progress"),
                                                    QStringLiteral("**Priority:** High"),
                                                    QStringLiteral("- talks to the game"),
                                                    QStringLiteral("### Web Interface"),
                                                    QStringLiteral("**Status:** Done")}
                                     << QStringList{QStringLiteral("Voice Integration=in_progress"),
                                                    QStringLiteral("Web Interface=done")};
    QTest::newRow("status of a phase")
        << QStringList{QStringLiteral("## Phase 2"), QStringLiteral("**Status:** ✅ Complete"),
                       QStringLiteral("- [ ] Wire the API")}
        << QStringList{QStringLiteral("Wire the API=todo")}; // the box says, not the phase
}

// A heading is an item when it starts with a key or carries "Status:" lines, and no task
// follows under it; otherwise it is the group of the tasks that follow.
void TestTrackerConstructs::headingItems()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, titles);
    const ImportBatch batch = readLines(QStringList{QStringLiteral("# Plan"), QString()} + lines);
    QStringList got;
    for (const ImportedTask &t : batch.tasks)
        got << t.title + u'=' + (t.status ? TaskEnums::token(*t.status) : QStringLiteral("todo"));
    QCOMPARE(got, titles);
}

void TestTrackerConstructs::dependenciesByTitle_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("dependsOn"); // title of the task named, empty: none
    QTest::newRow("word of a title")
        << QStringLiteral("Depends: Stripe") << QStringLiteral("Enable Stripe live mode");
    QTest::newRow("start of a title")
        << QStringLiteral("Phase 1") << QStringLiteral("Phase 1 Complete - Foundation");
    QTest::newRow("issue number") << QStringLiteral("#9") << QStringLiteral("#9 Commit results");
    QTest::newRow("whole title") << QStringLiteral("after Run Lighthouse audit")
                                 << QStringLiteral("Run Lighthouse audit");
    QTest::newRow("ambiguous") << QStringLiteral("Lighthouse") << QString();
    QTest::newRow("none") << QStringLiteral("None") << QString();
}

// A Depends-on cell that names no key names a title: the one task it is, begins or (a longer
// phrase) is part of; an ambiguous or unknown phrase makes no edge.
void TestTrackerConstructs::dependenciesByTitle()
{
    QFETCH(QString, cell);
    QFETCH(QString, dependsOn);
    const ImportBatch batch = readLines(
        {QStringLiteral("# Launch"), QString(), QStringLiteral("| Task | Status | Blocker |"),
         QStringLiteral("|---|---|---|"), QStringLiteral("| Enable Stripe live mode | ⬜ | - |"),
         QStringLiteral("| Phase 1 Complete - Foundation | ✅ | - |"),
         QStringLiteral("| #9 Commit results | ⬜ | - |"),
         QStringLiteral("| Run Lighthouse audit | ⬜ | - |"),
         QStringLiteral("| Fix Lighthouse findings | ⬜ | - |"),
         QStringLiteral("| Ship it | ⬜ | %1 |").arg(cell)});
    const ImportedTask *ship = byTitle(batch, QStringLiteral("Ship it"));
    QVERIFY(ship);
    if (dependsOn.isEmpty()) {
        QVERIFY2(ship->dependsOn.isEmpty(), qPrintable(ship->dependsOn.join(u',')));
        return;
    }
    QCOMPARE(ship->dependsOn.size(), 1);
    const ImportedTask *target = byTitle(batch, dependsOn);
    QVERIFY(target);
    QCOMPARE(ship->dependsOn.first(), target->key.isEmpty() ? target->externalId : target->key);
}

void TestTrackerConstructs::itemFields_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("expected"); // title status priority assignee dependsOn-count
    QTest::newRow("sub-bullets") << QStringList{QStringLiteral("- [ ] Login page"),
                                                QStringLiteral("- [ ] Ship it"),
                                                QStringLiteral("  - Priority: High"),
                                                QStringLiteral("  - Owner: Ana"),
                                                QStringLiteral("  - Depends on: Login page")}
                                 << QStringLiteral("Ship it todo P1 Ana 1");
    QTest::newRow("spanish bold") << QStringList{QStringLiteral("- [ ] Ship it"),
                                                 QStringLiteral("  - **Prioridad:** Alta"),
                                                 QStringLiteral("  - **Responsable:** Ana")}
                                  << QStringLiteral("Ship it todo P1 Ana 0");
    QTest::newRow("plain item described")
        << QStringList{QStringLiteral("- Ship it"), QStringLiteral("  - Status: In progress")}
        << QStringLiteral("Ship it in_progress - - 0");
}

// An item's key-value sub-lines are its fields, never tasks; a plain item that a status line
// describes is an item.
void TestTrackerConstructs::itemFields()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, expected);
    const ImportBatch batch = readLines(QStringList{QStringLiteral("# Plan"), QString()} + lines);
    const ImportedTask *t = byTitle(batch, expected.section(u' ', 0, 1));
    QVERIFY(t);
    const QString got =
        QStringList{t->title, t->status ? TaskEnums::token(*t->status) : QStringLiteral("todo"),
                    t->priority ? TaskEnums::token(*t->priority) : QStringLiteral("-"),
                    t->assignee.isEmpty() ? QStringLiteral("-") : t->assignee,
                    QString::number(t->dependsOn.size())}
            .join(u' ');
    QCOMPARE(got, expected);
    for (const ImportedTask &task : batch.tasks)
        QVERIFY2(!task.title.contains(u':'), qPrintable(task.title));
}

// Logseq: bullets holding headings are sections, TODO/DOING/DONE are statuses, and a routine
// repeated on other days stays one task per day.
void TestTrackerConstructs::outliner()
{
    const ImportBatch batch = readLines(
        {QStringLiteral("- ## Weekly"), QStringLiteral("\t- DONE Check the pumps"),
         QStringLiteral("\t  date:: [[2025-08-04 Mon]]"), QStringLiteral("\t- NOW Check the pumps"),
         QStringLiteral("\t  date:: [[2025-08-11 Mon]]"),
         QStringLiteral("\t- LATER Order filters")});
    QCOMPARE(batch.tasks.size(), 3);
    QCOMPARE(batch.tasks.at(0).status, std::optional<Status>(Status::Done));
    QCOMPARE(batch.tasks.at(0).due, QDate(2025, 8, 4));
    QCOMPARE(batch.tasks.at(1).status, std::optional<Status>(Status::InProgress));
    QCOMPARE(batch.tasks.at(2).title, QStringLiteral("Order filters"));
    QCOMPARE(batch.tasks.at(2).component, QStringLiteral("Weekly"));
}

void TestTrackerConstructs::cancelledMarkers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("status");
    QTest::newRow("cross mark") << QStringLiteral("- ✖ Port to Windows")
                                << QStringLiteral("cancelled");
    QTest::newRow("won't do") << QStringLiteral("- [ ] Port to Windows — won't do")
                              << QStringLiteral("todo"); // the box says; the words are notes
    QTest::newRow("struck") << QStringLiteral("- ~~Port to Windows~~")
                            << QStringLiteral("cancelled");
    QTest::newRow("struck resolved")
        << QStringLiteral("- ~~Port to Windows~~ ✅ RESOLVED") << QStringLiteral("done");
    QTest::newRow("outliner") << QStringLiteral("- CANCELED Port to Windows")
                              << QStringLiteral("cancelled");
    QTest::newRow("wontfix table")
        << QStringLiteral(
               "| ID | Task | Status |\n|---|---|---|\n| W-1 | Port | CLOSED (WONTFIX) |")
        << QStringLiteral("cancelled");
}

// ✖, "won't do", "wontfix", "abandoned", "dropped" and their translations, and an item struck
// through with nothing after it, are Won't do; a struck item that says it was done is done.
void TestTrackerConstructs::cancelledMarkers()
{
    QFETCH(QString, line);
    QFETCH(QString, status);
    const ImportBatch batch = readLines({QStringLiteral("# Plan"), QString(), line});
    QCOMPARE(batch.tasks.size(), 1);
    const ImportedTask &t = batch.tasks.first();
    QCOMPARE(t.status ? TaskEnums::token(*t.status) : QStringLiteral("todo"), status);
}

void TestTrackerConstructs::checkboxStatusNote_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("progress");
    QTest::newRow("partial") << QStringLiteral("- [ ] Export to CSV (partial)")
                             << QStringLiteral("in_progress") << 50;
    QTest::newRow("in progress") << QStringLiteral("- [ ] Export to CSV (in progress)")
                                 << QStringLiteral("in_progress") << 0;
    QTest::newRow("blocked") << QStringLiteral("- [ ] Export to CSV (blocked)")
                             << QStringLiteral("blocked") << 0;
    QTest::newRow("a plain aside")
        << QStringLiteral("- [ ] Export to CSV (UTF-8)") << QStringLiteral("todo") << 0;
    QTest::newRow("not at the end")
        << QStringLiteral("- [ ] Export (partial) to CSV") << QStringLiteral("todo") << 0;
    QTest::newRow("checked stays done")
        << QStringLiteral("- [x] Export to CSV (partial)") << QStringLiteral("done") << 0;
}

// An empty box says only "not done"; a status in parentheses at the end says how far it got.
void TestTrackerConstructs::checkboxStatusNote()
{
    QFETCH(QString, line);
    QFETCH(QString, status);
    QFETCH(int, progress);
    const ImportBatch batch = readLines({QStringLiteral("# Plan"), QString(), line});
    QCOMPARE(batch.tasks.size(), 1);
    const ImportedTask &t = batch.tasks.first();
    QCOMPARE(t.status ? TaskEnums::token(*t.status) : QStringLiteral("todo"), status);
    if (status != QLatin1String("done"))
        QCOMPARE(t.progress.value_or(0), progress);
}

QTEST_GUILESS_MAIN(TestTrackerConstructs)
#include "tst_trackerconstructs.moc"
