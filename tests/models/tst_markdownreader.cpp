// SPDX-License-Identifier: MIT
#include "io/importreader.h"
#include "io/markdown/markdowntrackerreader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Candor;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(CANDOR_MARKDOWN_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const ImportedTask *findTask(const ImportBatch &batch, const QString &keyOrTitle)
{
    for (const ImportedTask &t : batch.tasks) {
        if (t.key == keyOrTitle || (t.key.isEmpty() && t.title == keyOrTitle))
            return &t;
    }
    return nullptr;
}

QString statusOf(const ImportedTask &t)
{
    QString s = t.status ? TaskEnums::token(*t.status) : QStringLiteral("-");
    if (t.verification)
        s += u'/' + TaskEnums::token(*t.verification);
    return s;
}

QString priorityOf(const ImportedTask &t)
{
    return t.priority ? TaskEnums::token(*t.priority) : QStringLiteral("-");
}

QString sharedDir()
{
    return qEnvironmentVariable("CANDOR_SHARED_DIR");
}

} // namespace

class TestMarkdownReader : public QObject
{
    Q_OBJECT
private slots:
    void constructs_data();
    void constructs();
    void checklistNesting();
    void legendAndUnknownWords();
    void completionClaims();
    void dependencies();
    void milestones();
    void duplicatesAndEvidence();
    void robustness_data();
    void robustness();
    void hugeLine();
    void performance();
    void corpus();
    void seeds_data();
    void seeds();
};

// file, key or title, status[/verification], priority, component
void TestMarkdownReader::constructs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("component");
    const auto row = [](const char *name, const char *file, const QString &task, const char *status,
                        const char *priority, const QString &component) {
        QTest::newRow(name) << QString::fromLatin1(file) << task << QString::fromLatin1(status)
                            << QString::fromLatin1(priority) << component;
    };
    const QString roof = QStringLiteral("Roof Must Not Leak");
    row("table done", "tables.md", QStringLiteral("ROOF-001"), "done", "P0", roof);
    row("table partial", "tables.md", QStringLiteral("ROOF-002"), "in_progress", "P0", roof);
    row("table broken", "tables.md", QStringLiteral("ROOF-003"), "done/failed", "P0", roof);
    row("table blocked", "tables.md", QStringLiteral("ROOF-004"), "blocked", "P0", roof);
    row("table unknown", "tables.md", QStringLiteral("ROOF-005"), "-", "P0", roof);
    row("priority word", "tables.md", QStringLiteral("WALL-001"), "-", "P1",
        QStringLiteral("Walls"));
    row("priority colour", "tables.md", QStringLiteral("WALL-002"), "-", "P3",
        QStringLiteral("Walls"));
    row("priority P5", "tables.md", QStringLiteral("WALL-003"), "-", "P3", QStringLiteral("Walls"));
    // "## Week 1: Critical" gives priority and a phase but no component: the only heading above
    // it is the document's title.
    const QString week;
    row("checked", "checklists.md", QStringLiteral("Empty the cupboards"), "done", "P0", week);
    row("unchecked", "checklists.md", QStringLiteral("Remove old tiles"), "todo", "P0", week);
    row("slash", "checklists.md",
        QStringLiteral("Patch the plaster that was cracked behind the sink"), "in_progress", "P0",
        week);
    row("star", "checklists.md", QStringLiteral("Fix the tap"), "todo", "P0", week);
    row("numbered", "checklists.md", QStringLiteral("Order the worktop"), "done", "P0", week);
    row("dash", "checklists.md", QStringLiteral("Measure the window"), "in_progress", "P0", week);
    row("emoji done", "checklists.md", QStringLiteral("Clean the oven"), "done", "P0", week);
    row("emoji todo", "checklists.md", QStringLiteral("Replace the fan"), "todo", "P0", week);
    row("emoji wip", "checklists.md", QStringLiteral("Paint the ceiling"), "in_progress", "P0",
        week);
    row("struck", "checklists.md", QStringLiteral("Buy a new fridge"), "done", "P0", week);
    row("heading priority", "checklists.md", QStringLiteral("Gas check"), "todo", "P1", week);
    const QString drive = QStringLiteral("Drivetrain");
    row("bullet done", "bullets.md", QStringLiteral("Chain cleaned"), "done", "-", drive);
    row("bullet cross", "bullets.md", QStringLiteral("New cassette"), "todo", "-", drive);
    row("bullet hourglass", "bullets.md", QStringLiteral("Derailleur tuning"), "todo", "-", drive);
    row("bullet red", "bullets.md", QStringLiteral("Brake pads"), "todo", "-", drive);
    row("bullet warning", "bullets.md", QStringLiteral("Cable routing"), "in_progress", "-", drive);
    row("trailing", "bullets.md", QStringLiteral("BIKE-001"), "done", "-", drive);
    row("trailing word", "bullets.md", QStringLiteral("BIKE-002"), "todo", "-", drive);
    row("key space", "bullets.md", QStringLiteral("BIKE-003"), "in_progress", "-", drive);
    const QString words = QStringLiteral("Status Words");
    row("es", "bullets.md", QStringLiteral("W-01"), "done", "-", words);
    row("fr", "bullets.md", QStringLiteral("W-02"), "done", "-", words);
    row("fr todo", "bullets.md", QStringLiteral("W-03"), "todo", "-", words);
    row("de", "bullets.md", QStringLiteral("W-04"), "done", "-", words);
    row("ko", "bullets.md", QStringLiteral("W-05"), "done", "-", words);
    row("zh", "bullets.md", QStringLiteral("W-06"), "done", "-", words);
    row("id", "bullets.md", QStringLiteral("W-07"), "done", "-", words);
    row("tr", "bullets.md", QStringLiteral("W-08"), "done", "-", words);
    row("ru", "bullets.md", QStringLiteral("W-09"), "done", "-", words);
    row("vi", "bullets.md", QStringLiteral("W-10"), "done", "-", words);
    row("es wip", "bullets.md", QStringLiteral("W-11"), "in_progress", "-", words);
    row("verified", "bullets.md", QStringLiteral("W-12"), "done/verified", "-", words);
    row("claimed", "bullets.md", QStringLiteral("W-13"), "done/unverified", "-", words);
    row("not done", "bullets.md", QStringLiteral("W-14"), "todo", "-", words);
    row("fake", "bullets.md", QStringLiteral("W-15"), "done/failed", "-", words);
    row("vi todo", "bullets.md", QStringLiteral("W-16"), "todo", "-", words);
    row("zh wip", "bullets.md", QStringLiteral("W-17"), "in_progress", "-", words);
}

void TestMarkdownReader::constructs()
{
    QFETCH(QString, file);
    QFETCH(QString, task);
    QFETCH(QString, status);
    QFETCH(QString, priority);
    QFETCH(QString, component);
    const ImportBatch batch = MarkdownTrackerReader::read(fixture(file), file);
    const ImportedTask *t = findTask(batch, task);
    QVERIFY2(t, qPrintable(task));
    QCOMPARE(statusOf(*t), status);
    QCOMPARE(priorityOf(*t), priority);
    QCOMPARE(t->component, component);
    QVERIFY(t->line > 0);
}

void TestMarkdownReader::checklistNesting()
{
    const ImportBatch batch = MarkdownTrackerReader::read(fixture(QStringLiteral("checklists.md")),
                                                          QStringLiteral("checklists.md"));
    const ImportedTask *tiles = findTask(batch, QStringLiteral("Remove old tiles"));
    QVERIFY(tiles);
    QCOMPARE(tiles->checklist.size(), 2);
    QCOMPARE(tiles->checklist.at(0).text, QStringLiteral("Buy a chisel"));
    QVERIFY(tiles->checklist.at(0).checked);
    QVERIFY(!tiles->checklist.at(1).checked);
    const ImportedTask *gas = findTask(batch, QStringLiteral("Gas check"));
    QVERIFY(gas);
    QCOMPARE(gas->checklist.size(), 1);
    // "[?]" is kept as text and reported, not guessed.
    const ImportedTask *mystery = findTask(batch, QStringLiteral("Mystery item"));
    QVERIFY(mystery);
    QVERIFY(!mystery->status);
    QCOMPARE(mystery->statusText, QStringLiteral("?"));
    QVERIFY(std::any_of(batch.warnings.cbegin(), batch.warnings.cend(),
                        [](const ImportWarning &w) { return w.line == 18; }));
    QCOMPARE(batch.tasks.size(), 12);
}

void TestMarkdownReader::legendAndUnknownWords()
{
    const ImportBatch batch = MarkdownTrackerReader::read(fixture(QStringLiteral("bullets.md")),
                                                          QStringLiteral("bullets.md"));
    const ImportedTask *bell = findTask(batch, QStringLiteral("Bell"));
    QVERIFY(bell);
    QCOMPARE(statusOf(*bell), QStringLiteral("done/failed")); // 🐛 = broken, from the legend
    const ImportedTask *saddle = findTask(batch, QStringLiteral("Saddle"));
    QVERIFY(!saddle); // "wobbly" is no known word: 🟪 stays undefined, the bullet is plain
    const ImportedTask *tyre = findTask(batch, QStringLiteral("Tyre pressure"));
    QVERIFY(tyre);
    QCOMPARE(statusOf(*tyre), QStringLiteral("in_progress"));
    const ImportBatch tables = MarkdownTrackerReader::read(fixture(QStringLiteral("tables.md")),
                                                           QStringLiteral("tables.md"));
    const ImportedTask *wobbly = findTask(tables, QStringLiteral("ROOF-005"));
    QVERIFY(wobbly);
    QCOMPARE(wobbly->statusText, QStringLiteral("Wobbly"));
    QVERIFY(
        std::any_of(tables.warnings.cbegin(), tables.warnings.cend(), [](const ImportWarning &w) {
            return w.line == 11 && w.message.contains(QStringLiteral("Wobbly"));
        }));
    QVERIFY(std::any_of(batch.notes.cbegin(), batch.notes.cend(),
                        [](const QString &n) { return n.contains(QStringLiteral("🐛")); }));
}

void TestMarkdownReader::completionClaims()
{
    const ImportBatch batch = MarkdownTrackerReader::read(fixture(QStringLiteral("bullets.md")),
                                                          QStringLiteral("bullets.md"));
    QHash<QString, int> claims;
    for (const ImportedComponent &c : batch.components) {
        if (c.statedCompletion)
            claims.insert(c.name, *c.statedCompletion);
    }
    QCOMPARE(claims.value(QStringLiteral("Drivetrain"), -1), 75);
    QCOMPARE(claims.value(QStringLiteral("Security"), -1), 10);
    QCOMPARE(claims.value(QStringLiteral("Brakes"), -1), 60);
    const auto drive =
        std::find_if(batch.components.cbegin(), batch.components.cend(),
                     [](const ImportedComponent &c) { return c.name == u"Drivetrain"; });
    QCOMPARE(drive->prefix, QStringLiteral("BIKE"));
}

void TestMarkdownReader::dependencies()
{
    const ImportBatch tables = MarkdownTrackerReader::read(fixture(QStringLiteral("tables.md")),
                                                           QStringLiteral("tables.md"));
    QCOMPARE(findTask(tables, QStringLiteral("ROOF-001"))->dependsOn, QStringList());
    QCOMPARE(findTask(tables, QStringLiteral("ROOF-002"))->dependsOn,
             QStringList{QStringLiteral("ROOF-001")});
    QCOMPARE(findTask(tables, QStringLiteral("WALL-002"))->dependsOn,
             QStringList{QStringLiteral("WALL-001")}); // "after WALL-001"
    const ImportedTask *nail = findTask(tables, QStringLiteral("ROOF-002"));
    QCOMPARE(nail->estimate.value_or(0), 3.0);
    QCOMPARE(nail->progress.value_or(0), 40);
    QCOMPARE(nail->due, QDate(2024, 5, 3));
    QCOMPARE(nail->assignee, QStringLiteral("Ben"));
    QVERIFY(nail->description.contains(QStringLiteral("black"))); // unknown column
    QCOMPARE(findTask(tables, QStringLiteral("ROOF-004"))->estimate.value_or(0), 0.5);
    QCOMPARE(findTask(tables, QStringLiteral("ROOF-001"))->title,
             QStringLiteral("Buy felt sheets"));

    const ImportBatch boat = MarkdownTrackerReader::read(fixture(QStringLiteral("structure.md")),
                                                         QStringLiteral("structure.md"));
    QCOMPARE(findTask(boat, QStringLiteral("HULL-002"))->dependsOn,
             QStringList{QStringLiteral("HULL-001")});
    QCOMPARE(findTask(boat, QStringLiteral("HULL-003"))->dependsOn,
             QStringList{QStringLiteral("HULL-002")});
    QStringList launch = findTask(boat, QStringLiteral("HULL-006"))->dependsOn;
    launch.sort();
    QCOMPARE(launch, (QStringList{QStringLiteral("HULL-004"), QStringLiteral("HULL-005")}));
    const ImportBatch bikes = MarkdownTrackerReader::read(fixture(QStringLiteral("bullets.md")),
                                                          QStringLiteral("bullets.md"));
    QCOMPARE(findTask(bikes, QStringLiteral("BIKE-002"))->dependsOn,
             QStringList{QStringLiteral("BIKE-001")});
}

void TestMarkdownReader::milestones()
{
    const ImportBatch batch = MarkdownTrackerReader::read(fixture(QStringLiteral("tables.md")),
                                                          QStringLiteral("tables.md"));
    QCOMPARE(batch.milestones.size(), 2);
    QCOMPARE(batch.milestones.at(0).name, QStringLiteral("Dry Inside"));
    QCOMPARE(batch.milestones.at(0).targetDate, QDate(2024, 6, 1));
    QCOMPARE(batch.milestones.at(0).gatingKeys,
             (QStringList{QStringLiteral("ROOF-001"), QStringLiteral("ROOF-003")}));
    QVERIFY(!batch.milestones.at(1).targetDate.isValid());
    QVERIFY(batch.milestones.at(1).description.contains(QStringLiteral("Week 9")));
    QVERIFY(findTask(batch, QStringLiteral("WALL-002"))
                ->milestones.contains(QStringLiteral("Painted")));
}

void TestMarkdownReader::duplicatesAndEvidence()
{
    const ImportBatch batch = MarkdownTrackerReader::read(fixture(QStringLiteral("structure.md")),
                                                          QStringLiteral("structure.md"));
    int scrapes = 0;
    for (const ImportedTask &t : batch.tasks)
        scrapes += t.title == u"Scrape hull" ? 1 : 0;
    QCOMPARE(scrapes, 1);
    QVERIFY(std::any_of(batch.notes.cbegin(), batch.notes.cend(),
                        [](const QString &n) { return n.contains(QStringLiteral("duplicate")); }));
    QCOMPARE(findTask(batch, QStringLiteral("HULL-001"))->evidence,
             QStringLiteral("17/20 pass (85%)"));
    const ImportBatch tables = MarkdownTrackerReader::read(fixture(QStringLiteral("tables.md")),
                                                           QStringLiteral("tables.md"));
    QCOMPARE(findTask(tables, QStringLiteral("WALL-001"))->evidence,
             QStringLiteral("12/14 tests pass (86%)"));
    // "❓" is no status: kept as text and warned about.
    const ImportedTask *odd = findTask(batch, QStringLiteral("HULL-007"));
    QVERIFY(odd);
    QVERIFY(!odd->status);
    QVERIFY(!batch.warnings.isEmpty());
}

void TestMarkdownReader::robustness_data()
{
    QTest::addColumn<QString>("text");
    QString all;
    for (const char *name : {"tables.md", "checklists.md", "bullets.md", "structure.md"})
        all += fixture(QString::fromLatin1(name)) + u'\n';
    QTest::newRow("truncated") << all.left(all.size() / 3 + 7);
    QStringList lines = all.split(u'\n');
    QRandomGenerator shuffle(42);
    std::shuffle(lines.begin(), lines.end(), shuffle);
    QTest::newRow("shuffled") << lines.join(u'\n');
    QRandomGenerator random(7);
    QByteArray bytes(200000, '\0');
    for (char &b : bytes)
        b = char(random.bounded(256));
    QTest::newRow("random bytes") << QString::fromUtf8(bytes);
    QTest::newRow("crlf") << QString(all).replace(u'\n', QStringLiteral("\r\n"));
    QTest::newRow("pipes") << QStringLiteral("| ID | Task | Status |\n|---|\n|||||\n| | |\n|x");
}

void TestMarkdownReader::robustness()
{
    QFETCH(QString, text);
    const ImportBatch batch = MarkdownTrackerReader::read(text, QStringLiteral("bad.md"));
    for (const ImportedTask &t : batch.tasks)
        QVERIFY(!t.title.isEmpty());
    if (QTest::currentDataTag() == QByteArrayLiteral("crlf"))
        QVERIFY(findTask(batch, QStringLiteral("ROOF-002")));
}

void TestMarkdownReader::hugeLine()
{
    QString line = QStringLiteral("- [ ] ");
    line += QString(1024 * 1024, u'a');
    line += QStringLiteral(" ✅ | 🔴 **x** [y](z) 1/2 pass");
    const ImportBatch batch = MarkdownTrackerReader::read(line, QStringLiteral("huge.md"));
    QCOMPARE(batch.tasks.size(), 1);
    QVERIFY(!batch.warnings.isEmpty());
}

void TestMarkdownReader::performance()
{
    QString all;
    for (const char *name : {"tables.md", "checklists.md", "bullets.md", "structure.md"})
        all += fixture(QString::fromLatin1(name)) + u'\n';
    const qsizetype target = qEnvironmentVariableIntValue("CANDOR_MD_PERF_MB") > 0
                                 ? qEnvironmentVariableIntValue("CANDOR_MD_PERF_MB") * 1024 * 1024
                                 : 2 * 1024 * 1024;
    QString text;
    text.reserve(target + all.size());
    while (text.size() < target)
        text += all;
    QElapsedTimer timer;
    timer.start();
    const ImportBatch batch = MarkdownTrackerReader::read(text, QStringLiteral("big.md"));
    const qint64 ms = timer.elapsed();
    qInfo("%lld characters, %lld tasks in %lld ms", qint64(text.size()), qint64(batch.tasks.size()),
          ms);
    QVERIFY(batch.tasks.size() > 10);
#ifdef CANDOR_SANITIZED
    constexpr qint64 bound = 20000; // ASan and UBSan make it several times slower
#else
    constexpr qint64 bound = 4000;
#endif
    QVERIFY2(ms < bound, qPrintable(QString::number(ms)));
}

void TestMarkdownReader::corpus()
{
    const QString dir = sharedDir() + QStringLiteral("/corpus");
    if (sharedDir().isEmpty() || !QDir(dir).exists())
        QSKIP("CANDOR_SHARED_DIR/corpus is not available");
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".md")) && !path.endsWith(QLatin1String(".txt")))
            continue;
        // As an import reads it: decoded and repaired first.
        const ImportBatch batch = ImportReader::readFile(path);
        int withStatus = 0;
        QSet<QString> components;
        for (const ImportedTask &t : batch.tasks) {
            withStatus += t.status ? 1 : 0;
            if (!t.component.isEmpty())
                components.insert(t.component.toCaseFolded());
            // What the common wrong code pages make of UTF-8 emoji and accents.
            for (const char16_t *mojibake : {u"â€", u"âœ", u"ðŸ", u"Ã©", u"Ã¨", u"ğŸ", u"‚Ä"})
                QVERIFY2(!t.title.contains(QStringView(mojibake)), qPrintable(t.title));
        }
        qInfo("%s: %lld tasks, %d with a status, %lld components, %lld warnings",
              qPrintable(it.fileName()), qint64(batch.tasks.size()), withStatus,
              qint64(components.size()), qint64(batch.warnings.size()));
        QVERIFY2(!batch.tasks.isEmpty(), qPrintable(path));
        ++files;
    }
    QVERIFY(files > 0);
}

// Expectations read by hand from the three seed trackers.
void TestMarkdownReader::seeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("expected"); // "key-or-title=status priority"
    QTest::newRow("000 honest reality")
        << QStringLiteral("000_12a985e3dfd71f20.txt") << 16
        << QStringList{QStringLiteral("FIX-006=done/failed P0"),
                       QStringLiteral("SEC-001=todo P0"),
                       QStringLiteral("SEC-002=todo P0"),
                       QStringLiteral("PERSIST-004=done/failed P1"),
                       QStringLiteral("PERSIST-005=in_progress P1"),
                       QStringLiteral("OPS-001=todo P1"),
                       QStringLiteral("OPS-003=todo P1"),
                       QStringLiteral("CLOUD-001=todo P2"),
                       QStringLiteral("DOCS-001=todo P2"),
                       QStringLiteral("BATCH-001 to BATCH-004=todo P3"),
                       QStringLiteral("DX-001 to DX-005=todo P3")};
    QTest::newRow("001 reality check") << QStringLiteral("001_0405ed3bf1fee4d1.txt") << 73
                                       << QStringList{QStringLiteral("FOUND-001=done P0"),
                                                      QStringLiteral("CORE-002=done P0"),
                                                      QStringLiteral("TEST-001=done P0"),
                                                      QStringLiteral("HIL-001=done/failed P0"),
                                                      QStringLiteral("HIL-004=done/failed P1"),
                                                      QStringLiteral("HIL-005=done P0"),
                                                      QStringLiteral("MSG-002=done -"),
                                                      QStringLiteral("SCHEMA-001=done -"),
                                                      QStringLiteral("PERSIST-003=done -"),
                                                      QStringLiteral("PERSIST-004=in_progress -"),
                                                      QStringLiteral("BATCH-001=in_progress -"),
                                                      QStringLiteral("BATCH-004=done -"),
                                                      QStringLiteral("VIZ-001=todo -"),
                                                      QStringLiteral("CLOUD-005=todo -"),
                                                      QStringLiteral("MIGRATE-004=todo -"),
                                                      QStringLiteral("DOCS-006=todo -"),
                                                      QStringLiteral("REFACTOR-004=todo P2"),
                                                      QStringLiteral("REFACTOR-005=todo P1")};
    QTest::newRow("002 readiness report")
        << QStringLiteral("002_951a72c958b08e62.txt") << 29
        << QStringList{QStringLiteral("Core Architecture=done -"),
                       QStringLiteral("Missing Core Functionality=todo P0"),
                       QStringLiteral("Fix failing tests=- P1"),
                       QStringLiteral("Improve error handling=- P2"),
                       QStringLiteral("Additional features=- P3")};
}

void TestMarkdownReader::seeds()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QStringList, expected);
    const QString path = sharedDir() + QStringLiteral("/corpus/seeds/") + file;
    QFile in(path);
    if (sharedDir().isEmpty() || !in.open(QIODevice::ReadOnly))
        QSKIP("seed trackers are not available");
    const ImportBatch batch = MarkdownTrackerReader::read(QString::fromUtf8(in.readAll()), file);
    QCOMPARE(batch.tasks.size(), count);
    for (const QString &e : expected) {
        const qsizetype eq = e.indexOf(u'=');
        const ImportedTask *t = findTask(batch, e.left(eq));
        QVERIFY2(t, qPrintable(e));
        QCOMPARE(statusOf(*t) + u' ' + priorityOf(*t), e.mid(eq + 1));
    }
    if (file.startsWith(QLatin1String("000"))) {
        QStringList deps = findTask(batch, QStringLiteral("OPS-001"))->dependsOn;
        deps.sort();
        QCOMPARE(deps, (QStringList{QStringLiteral("FIX-006"), QStringLiteral("SEC-001"),
                                    QStringLiteral("SEC-002")}));
        QCOMPARE(findTask(batch, QStringLiteral("OPS-003"))->dependsOn,
                 QStringList{QStringLiteral("OPS-002")});
        QCOMPARE(batch.milestones.size(), 6);
        QCOMPARE(batch.milestones.at(1).gatingKeys,
                 (QStringList{QStringLiteral("SEC-001"), QStringLiteral("SEC-002")}));
        QCOMPARE(findTask(batch, QStringLiteral("SEC-002"))->estimate.value_or(0), 12.0);
        const auto graph = std::find_if(
            batch.components.cbegin(), batch.components.cend(),
            [](const ImportedComponent &c) { return c.name == u"Graph construction"; });
        QVERIFY(graph != batch.components.cend());
        QCOMPARE(graph->statedCompletion.value_or(0), 90);
    }
    if (file.startsWith(QLatin1String("001"))) {
        QCOMPARE(findTask(batch, QStringLiteral("BATCH-001"))->evidence,
                 QStringLiteral("5/5 tests passing"));
        QCOMPARE(findTask(batch, QStringLiteral("VIZ-001"))->component,
                 QStringLiteral("Visualization"));
    }
}

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
