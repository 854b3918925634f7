// SPDX-License-Identifier: MIT
// A status report's content (models/report): the sections and what they say, the summary's
// cut lists, the options kept in the project, and the Markdown and HTML writers, which must
// show imported text as text.
#include "metrics/livemetrics.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "report/reportbuilder.h"
#include "report/reportfacts.h"
#include "report/reporthtml.h"
#include "report/reportmarkdown.h"
#include "report/statusmarker.h"
#include "tasks/taskmodel.h"
#include "testproject.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Candor;

namespace {

ReportDocument build(Project &project, const ReportOptions &options)
{
    const LiveMetrics metrics(&project);
    const ReportFacts facts = ReportFacts::gather(project, options);
    return ReportBuilder(project, metrics, facts, options).build();
}

ReportOptions optionsFor(ReportTemplate reportTemplate)
{
    ReportOptions options;
    options.reportTemplate = reportTemplate;
    options.today = QDate(2025, 6, 2);
    options.since = QDate(2000, 1, 1);
    return options;
}

const ReportBlock *tableAfter(const ReportDocument &document, const QString &heading)
{
    bool seen = false;
    for (const ReportBlock &block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Heading)
            seen = block.text == heading;
        else if (seen && block.kind == ReportBlock::Kind::Table)
            return &block;
    }
    return nullptr;
}

qint64 addTask(Project &project, const QString &key, const QString &title, Priority priority)
{
    TaskRecord record;
    record.task.key = key;
    record.task.title = title;
    record.task.priority = priority;
    QList<TaskRecord> records{record};
    if (!project.insertTasks(records))
        return 0;
    return records.first().task.id;
}

} // namespace

class TestReportContent : public QObject
{
    Q_OBJECT
private slots:
    void fullTemplateHasEverySection();
    void templatesChooseSections_data();
    void templatesChooseSections();
    void sectionsSwitchedOffAreLeftOut();
    void titleBlockTellsTheGap();
    void blockersListOpenP0WithWhatTheyBlock();
    void summaryCutsListsWithAndMore();
    void changesComeFromTheHistory();
    void taskTableHasChecklists();
    void taskTableShowsVerdictsOnlyForClaims();
    void markdownAndHtmlCarryTheSameContent();
    void markupInTitlesIsText();
    void markdownEscapesTableSyntax();
    void optionsRoundTripThroughJson();
    void everyStatusHasAShape();
};

void TestReportContent::fullTemplateHasEverySection()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const ReportDocument document = build(*project, optionsFor(ReportTemplate::Full));
    const QStringList headings = document.headings();
    for (const QString &expected :
         {QStringLiteral("Blockers"), QStringLiteral("Completion by component"),
          QStringLiteral("Milestones"), QStringLiteral("Critical path"),
          QStringLiteral("Claimed vs verified"), QStringLiteral("All tasks")})
        QVERIFY2(headings.contains(expected), qPrintable(expected));
    QVERIFY(headings.join(u'|').contains(QLatin1String("Changes since 2000-01-01")));
    QCOMPARE(document.project, project->name());
    QCOMPARE(document.date, QDate(2025, 6, 2));
    // The chart's bars: the project first, then each component.
    QCOMPARE(document.bars.first().name, QStringLiteral("Overall"));
    QCOMPARE(document.bars.size(), 1 + 5);
    QCOMPARE(document.milestones.size(), 3);
}

void TestReportContent::templatesChooseSections_data()
{
    QTest::addColumn<ReportTemplate>("reportTemplate");
    QTest::addColumn<bool>("tasks");
    QTest::addColumn<bool>("milestones");
    QTest::newRow("summary") << ReportTemplate::Summary << false << true;
    QTest::newRow("full") << ReportTemplate::Full << true << true;
    QTest::newRow("blockers") << ReportTemplate::Blockers << false << false;
}

void TestReportContent::templatesChooseSections()
{
    QFETCH(ReportTemplate, reportTemplate);
    QFETCH(bool, tasks);
    QFETCH(bool, milestones);
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const QStringList headings = build(*project, optionsFor(reportTemplate)).headings();
    QCOMPARE(headings.contains(QStringLiteral("All tasks")), tasks);
    QCOMPARE(headings.contains(QStringLiteral("Milestones")), milestones);
    QVERIFY(headings.contains(QStringLiteral("Blockers")));
}

void TestReportContent::sectionsSwitchedOffAreLeftOut()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    ReportOptions options = optionsFor(ReportTemplate::Full);
    options.set(ReportSection::Blockers, false);
    options.set(ReportSection::CriticalPath, false);
    const QStringList headings = build(*project, options).headings();
    QVERIFY(!headings.contains(QStringLiteral("Blockers")));
    QVERIFY(!headings.contains(QStringLiteral("Critical path")));
    QVERIFY(headings.contains(QStringLiteral("Milestones")));
}

void TestReportContent::titleBlockTellsTheGap()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const LiveMetrics metrics(project.get());
    const ReportDocument document = build(*project, optionsFor(ReportTemplate::Summary));
    const ReportBlock &facts = document.blocks.first();
    QCOMPARE(facts.kind, ReportBlock::Kind::Facts);
    QCOMPARE(facts.facts.at(0).second,
             QStringLiteral("%1%").arg(qRound(metrics.overall().claimedPercent())));
    QCOMPARE(facts.facts.at(1).second,
             QStringLiteral("%1%").arg(qRound(metrics.overall().verifiedPercent())));
    // Counts for every status, whatever statuses there are.
    const ReportBlock &counts = document.blocks.at(1);
    QCOMPARE(counts.kind, ReportBlock::Kind::Counts);
    QCOMPARE(counts.counts.size(), StatusCount);
    int total = 0;
    for (const auto &count : counts.counts)
        total += count.second;
    QCOMPARE(total, project->tasks()->rowCount());
    const QString gap = document.blocks.at(2).text;
    QVERIFY2(gap.startsWith(QLatin1String("Honesty gap:")), qPrintable(gap));
    QVERIFY(gap.contains(QLatin1String("done, not verified")));
}

void TestReportContent::blockersListOpenP0WithWhatTheyBlock()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const ReportDocument document = build(*project, optionsFor(ReportTemplate::Full));
    const ReportBlock *table = tableAfter(document, QStringLiteral("Blockers"));
    QVERIFY(table);
    QStringList keys;
    for (const ReportRow &row : table->table.rows) {
        keys.append(row.cells.first());
        QVERIFY(row.status);
        const Task *task = project->task(project->idForKey(row.cells.first()));
        QVERIFY(task);
        QCOMPARE(task->priority, Priority::P0);
        QVERIFY(task->status != Status::Done);
    }
    QVERIFY(keys.contains(QStringLiteral("SEC-001")));
    // SEC-001 holds up other tasks: they are named.
    const int sec = int(keys.indexOf(QStringLiteral("SEC-001")));
    QVERIFY(table->table.rows.at(sec).cells.last().contains(QLatin1String("-0")));
}

void TestReportContent::summaryCutsListsWithAndMore()
{
    auto project = CandorTest::emptyProject();
    QVERIFY(project);
    for (int i = 1; i <= 20; ++i)
        QVERIFY(addTask(*project, QStringLiteral("P-%1").arg(i), QStringLiteral("Urgent %1").arg(i),
                        Priority::P0));
    ReportOptions options = optionsFor(ReportTemplate::Summary);
    options.limit = 3;
    const ReportDocument summary = build(*project, options);
    const ReportBlock *table = tableAfter(summary, QStringLiteral("Blockers"));
    QVERIFY(table);
    QCOMPARE(table->table.rows.size(), 3);
    const auto after = std::find_if(summary.blocks.cbegin(), summary.blocks.cend(),
                                    [table](const ReportBlock &b) { return &b == table; }) +
                       1;
    QCOMPARE(after->kind, ReportBlock::Kind::Note);
    QVERIFY2(after->text.contains(QLatin1String("17 more")), qPrintable(after->text));
    // The full template lists them all.
    const ReportDocument full = build(*project, optionsFor(ReportTemplate::Full));
    QCOMPARE(tableAfter(full, QStringLiteral("Blockers"))->table.rows.size(), 20);
}

void TestReportContent::changesComeFromTheHistory()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const qint64 id = project->idForKey(QStringLiteral("SEC-002"));
    QVERIFY(project->setTaskField({id}, TaskField::Status, {int(Status::Review)}));
    const ReportDocument document = build(*project, optionsFor(ReportTemplate::Full));
    const ReportBlock *table = tableAfter(document, QStringLiteral("Changes since 2000-01-01"));
    QVERIFY(table);
    // Newest first: the status change just made.
    const ReportRow &first = table->table.rows.first();
    QCOMPARE(first.cells.at(1), QStringLiteral("SEC-002"));
    QCOMPARE(first.cells.at(2), QStringLiteral("status: Todo → In review"));
    // From a day after every event, nothing changed.
    ReportOptions later = optionsFor(ReportTemplate::Full);
    later.since = QDate::currentDate().addDays(2);
    QVERIFY(!tableAfter(build(*project, later),
                        QStringLiteral("Changes since %1").arg(later.since.toString(Qt::ISODate))));
}

void TestReportContent::taskTableHasChecklists()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const qint64 id = project->idForKey(QStringLiteral("API-001"));
    ChecklistItem item;
    item.taskId = id;
    item.text = QStringLiteral("Write the schema");
    QVERIFY(project->insertChecklistItem(item));
    const ReportDocument document = build(*project, optionsFor(ReportTemplate::Full));
    bool found = false;
    int rows = 0;
    for (const ReportBlock &block : document.blocks) {
        if (block.section != ReportSection::TaskTable || block.kind != ReportBlock::Kind::Table)
            continue;
        for (const ReportRow &row : block.table.rows) {
            ++rows;
            if (row.cells.first() == QLatin1String("API-001"))
                found = row.notes.contains(QStringLiteral("☐ Write the schema"));
        }
    }
    QVERIFY(found);
    QCOMPARE(rows, project->tasks()->rowCount());
}

void TestReportContent::taskTableShowsVerdictsOnlyForClaims()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const ReportDocument document = build(*project, optionsFor(ReportTemplate::Full));
    int open = 0;
    int finished = 0;
    for (const ReportBlock &block : document.blocks) {
        if (block.section != ReportSection::TaskTable || block.kind != ReportBlock::Kind::Table)
            continue;
        for (const ReportRow &row : block.table.rows) {
            const Task *task = project->tasks()->task(project->idForKey(row.cells.first()));
            QVERIFY(task);
            const QString shown = row.cells.last();
            if (!TaskEnums::isFinished(task->status) &&
                task->verification == Verification::Unverified) {
                QCOMPARE(shown, QStringLiteral("—"));
                ++open;
            } else {
                QCOMPARE(shown, TaskEnums::label(task->verification));
                finished += TaskEnums::isFinished(task->status);
            }
        }
    }
    QVERIFY(open > 0);
    QVERIFY(finished > 0);
}

void TestReportContent::markdownAndHtmlCarryTheSameContent()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const ReportDocument document = build(*project, optionsFor(ReportTemplate::Full));
    const QString markdown = ReportMarkdown::write(document);
    const QString html = ReportHtml::write(document);
    for (const QString &heading : document.headings()) {
        QVERIFY2(markdown.contains(QStringLiteral("## ") + ReportMarkdown::escaped(heading)),
                 qPrintable(heading));
        QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped())),
                 qPrintable(heading));
    }
    for (const QString &text : {QStringLiteral("SEC-001"), QStringLiteral("Persistence"),
                                document.blocks.first().facts.first().second}) {
        QVERIFY2(markdown.contains(text), qPrintable(text));
        QVERIFY2(html.contains(text), qPrintable(text));
    }
    QVERIFY(markdown.startsWith(QStringLiteral("# Status report: ")));
    // One self-contained file: nothing it would fetch.
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    for (const char *fetch : {"<img", "<link", "<script", "src=", "url("})
        QVERIFY2(!html.contains(QLatin1String(fetch)), fetch);
}

void TestReportContent::markupInTitlesIsText()
{
    auto project = CandorTest::emptyProject();
    QVERIFY(project);
    const QString title = QStringLiteral("<img src=\"file:///etc/passwd\"> & [x](http://e.com)");
    QVERIFY(addTask(*project, QStringLiteral("X-1"), title, Priority::P0));
    const ReportDocument document = build(*project, optionsFor(ReportTemplate::Full));
    const QString html = ReportHtml::write(document);
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(html.contains(
        QLatin1String("&lt;img src=&quot;file:///etc/passwd&quot;&gt; &amp; [x](http://e.com)")));
    const QString markdown = ReportMarkdown::write(document);
    // Only escaped: a backslash before every "<".
    QVERIFY(!markdown.contains(QRegularExpression(QStringLiteral("(^|[^\\\\])<img"))));
    QVERIFY(markdown.contains(
        QLatin1String("\\<img src=\"file:///etc/passwd\"\\> \\& \\[x\\]\\(http://e.com\\)")));
}

void TestReportContent::markdownEscapesTableSyntax()
{
    QCOMPARE(ReportMarkdown::escaped(QStringLiteral("a | b\nc *d* `e`")),
             QStringLiteral("a \\| b c \\*d\\* \\`e\\`"));
    QCOMPARE(ReportMarkdown::bar(50, 25, 8), QStringLiteral("████▒▒░░"));
}

void TestReportContent::optionsRoundTripThroughJson()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    ReportOptions options;
    options.reportTemplate = ReportTemplate::Full;
    options.set(ReportSection::Changes, false);
    QVERIFY(project->settings()->setValue(ReportOptions::sectionsSettingKey, options.toJson()));
    ReportOptions read;
    read.readJson(project->settings()->value(ReportOptions::sectionsSettingKey).toObject());
    QCOMPARE(read.reportTemplate, ReportTemplate::Full);
    QCOMPARE(read.sections, options.sections);
    QVERIFY(!read.has(ReportSection::Changes));
    QVERIFY(read.has(ReportSection::TaskTable));
    for (const ReportTemplate t :
         {ReportTemplate::Summary, ReportTemplate::Full, ReportTemplate::Blockers})
        QCOMPARE(ReportOptions::templateFromToken(ReportOptions::token(t)), t);
    QVERIFY(!ReportOptions::templateFromToken(QStringLiteral("nope")));
}

void TestReportContent::everyStatusHasAShape()
{
    // Black-and-white print tells statuses apart by shape alone.
    QSet<StatusMarker::Shape> shapes;
    QSet<QString> glyphs;
    for (int i = 0; i < StatusCount; ++i) {
        shapes.insert(StatusMarker::shape(Status(i)));
        glyphs.insert(StatusMarker::glyph(Status(i)));
    }
    QCOMPARE(shapes.size(), StatusCount);
    QCOMPARE(glyphs.size(), StatusCount);
}

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
