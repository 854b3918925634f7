// SPDX-License-Identifier: MIT
// MarkdownExporter on the demo project: summary, per-component sections with bars and task
// tables, checklists, milestones, escaping, and the same text for the same project.
#include "commands/importcommand.h"
#include "io/export/markdownexporter.h"
#include "io/importplan.h"
#include "io/markdown/markdowntrackerreader.h"
#include "metrics/projectmetrics.h"
#include "testproject.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

namespace {

// The lines of the section that starts with heading, up to the next "## ".
QStringList section(const QString &text, const QString &heading)
{
    const QStringList lines = text.split(u'\n');
    QStringList result;
    bool inside = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## ")))
            inside = line == heading;
        if (inside)
            result << line;
    }
    return result;
}

QString rowOf(const QStringList &lines, const QString &key)
{
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("| ") + key + QStringLiteral(" |")))
            return line;
    }
    return {};
}

// Cells of a table row, honouring "\|" escapes.
QStringList cells(const QString &row)
{
    QStringList result;
    QString current;
    for (qsizetype i = 1; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == u'\\' && i + 1 < row.size()) {
            current += row.at(++i);
        } else if (c == u'|') {
            result << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    return result;
}

// Every field the Markdown export writes, one line per task in key order, so that a round trip
// can be compared field by field and a difference names the task and the field.
QStringList exportedFields(const Project &project)
{
    const TaskModel &tasks = *project.tasks();
    const auto keys = [&](const QList<qint64> &ids) {
        QStringList k;
        for (qint64 id : ids)
            k << tasks.keyOf(id);
        k.sort();
        return k.join(u',');
    };
    QStringList lines;
    for (const Task &task : tasks.tasks()) {
        QStringList checklist;
        for (const ChecklistItem &item : project.checklist(task.id))
            checklist << (item.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) +
                             item.text;
        QStringList milestones;
        for (qint64 id : project.milestonesOf(task.id))
            milestones << project.milestones()->milestone(id)->name;
        milestones.sort();
        lines << QStringList{task.key,
                             task.title,
                             TaskEnums::label(task.status),
                             TaskEnums::label(task.priority),
                             TaskEnums::label(task.verification),
                             task.evidence,
                             task.estimate ? QString::number(*task.estimate) : QString(),
                             project.components()->name(task.componentId),
                             keys(project.dependencies().dependenciesOf(task.id)),
                             checklist.join(u';'),
                             milestones.join(u',')}
                     .join(QStringLiteral(" | "));
    }
    lines.sort();
    for (const Milestone &m : project.milestones()->milestones())
        lines << QStringLiteral("milestone %1 | %2 | %3")
                     .arg(m.name, m.targetDate.toString(Qt::ISODate),
                          keys(project.tasksOfMilestone(m.id)));
    for (const Component &c : project.components()->components())
        lines << QStringLiteral("component %1 | %2")
                     .arg(c.name, c.statedCompletion ? QString::number(*c.statedCompletion)
                                                     : QStringLiteral("not stated"));
    return lines;
}

} // namespace

class tst_MarkdownExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bar_data();
    void bar();
    void cellEscaping();
    void summary();
    void componentSections();
    void taskRows_data();
    void taskRows();
    void checklists();
    void milestones();
    void escapingInDocument();
    void deterministic();
    void projectWithoutComponents();
    void roundTrip();
    void cancelledTask();

private:
    std::unique_ptr<Project> m_project;
    QString m_text;
};

void tst_MarkdownExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_project = demoProject();
    QVERIFY(m_project);
    m_text = MarkdownExporter::write(*m_project);
    QVERIFY(!m_text.isEmpty());
}

void tst_MarkdownExport::bar_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << 0.0 << QStringLiteral("░░░░░░░░░░");
    QTest::newRow("4") << 4.0 << QStringLiteral("░░░░░░░░░░");
    QTest::newRow("31") << 31.0 << QStringLiteral("███░░░░░░░");
    QTest::newRow("55") << 55.0 << QStringLiteral("██████░░░░");
    QTest::newRow("100") << 100.0 << QStringLiteral("██████████");
    QTest::newRow("over") << 250.0 << QStringLiteral("██████████");
    QTest::newRow("under") << -5.0 << QStringLiteral("░░░░░░░░░░");
}

void tst_MarkdownExport::bar()
{
    QFETCH(double, percent);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownExporter::bar(percent), expected);
}

void tst_MarkdownExport::cellEscaping()
{
    QCOMPARE(MarkdownExporter::cell(QStringLiteral("a | b")), QStringLiteral("a \\| b"));
    QCOMPARE(MarkdownExporter::cell(QStringLiteral("C:\\dir")), QStringLiteral("C:\\\\dir"));
    QCOMPARE(MarkdownExporter::cell(QStringLiteral("one\ntwo\r\nthree")),
             QStringLiteral("one two three"));
}

void tst_MarkdownExport::summary()
{
    const QStringList lines = m_text.split(u'\n');
    QCOMPARE(lines.at(0), QStringLiteral("# Demo: Road to production"));
    const CompletionFigures overall = ProjectMetrics::overall(*m_project);
    const QString expected = QStringLiteral("25 tasks · claimed %1% · verified %2%")
                                 .arg(qRound(overall.claimedPercent))
                                 .arg(qRound(overall.verifiedPercent));
    QVERIFY2(lines.contains(expected), qPrintable(expected));
    for (const char *legend :
         {"✅ Done", "🔄 In progress", "⏸️ Blocked", "👀 In review", "🔴 Todo", "✖️ Won't do",
          "✔ verified with evidence", "⚠️ claimed only", "❌ failed"}) {
        const qsizetype at = m_text.indexOf(QString::fromUtf8(legend));
        QVERIFY2(at >= 0 && at < m_text.indexOf(QLatin1String("\n## ")), legend);
    }
}

void tst_MarkdownExport::componentSections()
{
    const QHash<qint64, CompletionFigures> figures = ProjectMetrics::byComponent(*m_project);
    QStringList headings;
    static const QRegularExpression heading(QStringLiteral("^## (.+)$"),
                                            QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(m_text); it.hasNext();)
        headings << it.next().captured(1);
    QCOMPARE(headings,
             (QStringList{QStringLiteral("Security"), QStringLiteral("Persistence"),
                          QStringLiteral("Operations"), QStringLiteral("API"),
                          QStringLiteral("Documentation"), QStringLiteral("Milestones")}));
    for (const Component &component : m_project->components()->components()) {
        const QStringList lines = section(m_text, QStringLiteral("## ") + component.name);
        const CompletionFigures f = figures.value(component.id);
        const QString completion = QStringLiteral("%1 %2% claimed · %3% verified")
                                       .arg(MarkdownExporter::bar(f.claimedPercent))
                                       .arg(qRound(f.claimedPercent))
                                       .arg(qRound(f.verifiedPercent));
        QVERIFY2(lines.contains(completion), qPrintable(completion));
        QVERIFY(lines.contains(QStringLiteral(
            "| ID | Task | Status | Priority | Est. Days | Depends on | Verification |")));
        int rows = 0;
        for (const Task &task : m_project->tasks()->tasks()) {
            if (task.componentId != component.id)
                continue;
            QVERIFY2(!rowOf(lines, task.key).isEmpty(), qPrintable(task.key));
            ++rows;
        }
        QCOMPARE(rows, 5);
        // Exactly one table row per task: header, rule, then the rows.
        const qsizetype tableLines = std::count_if(
            lines.begin(), lines.end(), [](const QString &line) { return line.startsWith(u'|'); });
        QCOMPARE(tableLines, 2 + rows);
    }
    // The bar shows what is claimed, and does not begin "Name:", which a reader would take for
    // a completion the document states.
    QVERIFY(section(m_text, QStringLiteral("## Security")).at(2).startsWith(QChar(0x2588)));
}

void tst_MarkdownExport::taskRows_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *key, QStringList expected) {
        QTest::newRow(key) << QString::fromLatin1(key) << expected;
    };
    row("SEC-001", {QStringLiteral("SEC-001"), QStringLiteral("Implement encryption at rest"),
                    QStringLiteral("🔄 In progress"), QStringLiteral("P0"), QStringLiteral("7"),
                    QStringLiteral("—"), QStringLiteral("—")});
    row("SEC-002",
        {QStringLiteral("SEC-002"), QStringLiteral("Add authentication and authorization"),
         QStringLiteral("🔴 Todo"), QStringLiteral("P0"), QStringLiteral("12"),
         QStringLiteral("SEC-001"), QStringLiteral("—")});
    row("SEC-004",
        {QStringLiteral("SEC-004"), QStringLiteral("Audit dependency licences"),
         QStringLiteral("✅ Done"), QStringLiteral("P2"), QStringLiteral("1"), QStringLiteral("—"),
         QStringLiteral("✔ Verified: licence scan clean (0 findings)")});
    row("SEC-005", {QStringLiteral("SEC-005"), QStringLiteral("Threat model for the sync service"),
                    QStringLiteral("👀 In review"), QStringLiteral("P1"), QStringLiteral("2"),
                    QStringLiteral("—"), QStringLiteral("—")});
    row("PERSIST-001",
        {QStringLiteral("PERSIST-001"), QStringLiteral("Fix failing workflow resumption tests"),
         QStringLiteral("✅ Done"), QStringLiteral("P0"), QStringLiteral("2"), QStringLiteral("—"),
         QStringLiteral("❌ Failed: 95/99 tests pass (4 failing)")});
    row("PERSIST-003",
        {QStringLiteral("PERSIST-003"), QStringLiteral("Distributed state sync"),
         QStringLiteral("⏸️ Blocked"), QStringLiteral("P1"), QStringLiteral("25"),
         QStringLiteral("PERSIST-001, SEC-001"), QStringLiteral("—")});
    row("PERSIST-005", {QStringLiteral("PERSIST-005"), QStringLiteral("Checkpoint compaction"),
                        QStringLiteral("✅ Done"), QStringLiteral("P3"), QStringLiteral("2"),
                        QStringLiteral("PERSIST-004"), QStringLiteral("⚠️ Claimed only")});
}

void tst_MarkdownExport::taskRows()
{
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    const QString row = rowOf(m_text.split(u'\n'), key);
    QVERIFY2(!row.isEmpty(), qPrintable(key));
    QStringList actual = cells(row);
    if (actual.size() == 7 && actual.at(5).contains(u',')) { // dependency order is the graph's
        QStringList keys = actual.at(5).split(QStringLiteral(", "));
        keys.sort();
        actual[5] = keys.join(QStringLiteral(", "));
    }
    QCOMPARE(actual, expected);
}

void tst_MarkdownExport::checklists()
{
    const QStringList lines = section(m_text, QStringLiteral("## Security"));
    const qsizetype at = lines.indexOf(QStringLiteral("### SEC-001 checklist"));
    QVERIFY(at > 0);
    QCOMPARE(lines.mid(at + 1, 6),
             (QStringList{QString(), QStringLiteral("- [x] Choose the cipher and key size"),
                          QStringLiteral("- [ ] Key store with rotation"),
                          QStringLiteral("- [x] Encrypt the checkpoint files"),
                          QStringLiteral("- [ ] Migration for existing data"), QString()}));
    QCOMPARE(m_text.count(QLatin1String("### ")), 1); // only SEC-001 has a checklist
}

void tst_MarkdownExport::milestones()
{
    const QStringList lines = section(m_text, QStringLiteral("## Milestones"));
    QVERIFY(lines.contains(QStringLiteral("| Milestone | Target Date | Requirements |")));
    for (const Milestone &milestone : m_project->milestones()->milestones()) {
        const QString row = rowOf(lines, milestone.name);
        QVERIFY2(!row.isEmpty(), qPrintable(milestone.name));
        const QStringList actual = cells(row);
        QCOMPARE(actual.size(), 3);
        QCOMPARE(actual.at(1), milestone.targetDate.toString(Qt::ISODate));
        QStringList keys = actual.at(2).split(QStringLiteral(", "));
        keys.sort();
        QCOMPARE(keys, keysOf(*m_project, m_project->tasksOfMilestone(milestone.id)));
    }
    QVERIFY(rowOf(lines, QStringLiteral("Beta")).contains(QLatin1String("PERSIST-001")));
}

void tst_MarkdownExport::escapingInDocument()
{
    auto project = demoProject();
    QVERIFY(project);
    QList<TaskRecord> records(1);
    records[0].task.key = QStringLiteral("API-100");
    records[0].task.title = QStringLiteral("Pipes | in | title\nand a line break");
    records[0].task.componentId = componentId(*project, QStringLiteral("API"));
    records[0].task.status = Status::Done;
    records[0].task.verification = Verification::Verified;
    records[0].task.evidence = QStringLiteral("a|b");
    records[0].task.estimate = 2.5;
    QVERIFY(project->insertTasks(records));
    const QString text = MarkdownExporter::write(*project);
    const QString row = rowOf(text.split(u'\n'), QStringLiteral("API-100"));
    QCOMPARE(row, QStringLiteral("| API-100 | Pipes \\| in \\| title and a line break | ✅ Done | "
                                 "P2 | 2.5 | — | ✔ Verified: a\\|b |"));
    QCOMPARE(cells(row).size(), 7);
}

void tst_MarkdownExport::deterministic()
{
    QCOMPARE(MarkdownExporter::write(*m_project), m_text);
    const auto again = demoProject();
    QVERIFY(again);
    QCOMPARE(MarkdownExporter::write(*again), m_text);
}

void tst_MarkdownExport::projectWithoutComponents()
{
    auto project = CandorTest::emptyProject();
    QVERIFY(project);
    const QString text = MarkdownExporter::write(*project);
    QVERIFY(text.contains(QStringLiteral("0 tasks · claimed 0% · verified 0%")));
    QVERIFY(!text.contains(QLatin1String("## Milestones")));
    QList<TaskRecord> records(1);
    records[0].task.key = QStringLiteral("X-1");
    records[0].task.title = QStringLiteral("Loose task");
    QVERIFY(project->insertTasks(records));
    const QStringList lines =
        section(MarkdownExporter::write(*project), QStringLiteral("## No component"));
    QVERIFY(!rowOf(lines, QStringLiteral("X-1")).isEmpty());
}

// Export, read back with the general tracker reader, import into an empty project: the same
// tasks, field by field, and nothing more (no checklist heading read as a component).
void tst_MarkdownExport::roundTrip()
{
    // A second checklist, and text that needs escaping, beside the demo's own.
    const TaskModel &tasks = *m_project->tasks();
    const qint64 api = tasks.idForKey(QStringLiteral("API-001"));
    QVERIFY(api > 0);
    ChecklistItem first{0, api, QStringLiteral("Schema | reviewed"), true, 0};
    ChecklistItem second{0, api, QStringLiteral("Load test at 2x traffic"), false, 1};
    QVERIFY(m_project->insertChecklistItem(first));
    QVERIFY(m_project->insertChecklistItem(second));
    const qint64 security = m_project->components()->idForName(QStringLiteral("Security"));
    QVERIFY(m_project->setStatedCompletion(security, 40));

    const QString text = MarkdownExporter::write(*m_project);
    QVERIFY(text.contains(QStringLiteral("\n## Security (40%)\n")));
    const ImportBatch batch = MarkdownTrackerReader::read(text, QStringLiteral("export.md"));
    auto imported = CandorTest::emptyProject();
    QVERIFY(imported);
    const ImportPlan plan = ImportPlanner::plan(*imported, batch);
    QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.value(0).message));
    imported->undoStack()->push(new ImportCommand(imported.get(), plan));
    QCOMPARE(exportedFields(*imported), exportedFields(*m_project));
}

void tst_MarkdownExport::cancelledTask()
{
    // A task that won't be done shows so, and its weight leaves the component's bar.
    const auto project = demoWithCancelled("DOCS-001");
    QVERIFY(project);
    const qint64 docs = project->components()->idForName(QStringLiteral("Documentation"));
    const QString text = MarkdownExporter::write(*project);
    const QStringList cellsOfRow = cells(rowOf(text.split(u'\n'), QStringLiteral("DOCS-001")));
    QCOMPARE(cellsOfRow.value(2), QString::fromUtf8("✖️ Won't do"));
    const CompletionFigures figures = ProjectMetrics::byComponent(*project).value(docs);
    const QString bar = MarkdownExporter::bar(figures.claimedPercent) + u' ' +
                        QStringLiteral("%1% claimed").arg(qRound(figures.claimedPercent));
    QVERIFY2(text.contains(bar), qPrintable(bar));
}

QTEST_GUILESS_MAIN(tst_MarkdownExport)
#include "tst_markdownexport.moc"
