// SPDX-License-Identifier: MIT
// MermaidGantt through MarkdownTrackerReader: mermaid ```gantt blocks become tasks, components,
// dependencies and milestones (tests/data/markdown/gantt.md).
#include "io/markdown/markdowntrackerreader.h"

#include <QFile>
#include <QTest>

using namespace Candor;

namespace {

ImportBatch fixture()
{
    QFile file(QStringLiteral(CANDOR_MARKDOWN_FIXTURES "/gantt.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return MarkdownTrackerReader::read(QString::fromUtf8(file.readAll()),
                                       QStringLiteral("gantt.md"));
}

const ImportedTask *find(const ImportBatch &batch, const QString &component, const QString &title)
{
    for (const ImportedTask &t : batch.tasks) {
        if (t.component == component && t.title == title)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestMermaidGantt final : public QObject
{
    Q_OBJECT

private slots:
    void tasks_data();
    void tasks();
    void countsAndComponents();
    void dependencies();
    void milestones();
    void dateFormats_data();
    void dateFormats();
    void chartTitleHint_data();
    void chartTitleHint();
    void hugeDuration_data();
    void hugeDuration();
};

void TestMermaidGantt::tasks_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("priority"); // -1: none
    QTest::addColumn<double>("estimate");
    QTest::addColumn<QDate>("due");

    QTest::newRow("title says finished, duration in days")
        << QStringLiteral("Kitchen") << QStringLiteral("Strip old tiles") << int(Status::Done) << -1
        << 5.0 << QDate(2023, 1, 6);
    QTest::newRow("weeks") << QStringLiteral("Kitchen") << QStringLiteral("Order oven")
                           << int(Status::Done) << -1 << 10.0 << QDate(2023, 1, 16);
    QTest::newRow("end date: working days") << QStringLiteral("Shop") << QStringLiteral("Counter")
                                            << int(Status::Done) << -1 << 5.0 << QDate(2023, 1, 26);
    QTest::newRow("active crit") << QStringLiteral("Kitchen") << QStringLiteral("Install oven")
                                 << int(Status::InProgress) << int(Priority::P1) << 3.0
                                 << QDate(2023, 1, 19);
    QTest::newRow("untagged under a plan")
        << QStringLiteral("Kitchen") << QStringLiteral("Tile walls") << int(Status::Todo) << -1
        << 5.0 << QDate(2023, 1, 26);
    QTest::newRow("hours, starting after the bar above")
        << QStringLiteral("Kitchen") << QStringLiteral("Safety check") << int(Status::Todo)
        << int(Priority::P1) << 0.5 << QDate(2023, 1, 27);
    QTest::newRow("finished then planned again: in progress")
        << QStringLiteral("Kitchen") << QStringLiteral("Wiring") << int(Status::InProgress) << -1
        << 2.0 << QDate(2023, 2, 7);
    QTest::newRow("done in both charts, later dates win")
        << QStringLiteral("Shop") << QStringLiteral("Paint walls") << int(Status::Done) << -1 << 1.0
        << QDate(2023, 2, 1);
    QTest::newRow("same title, other section")
        << QStringLiteral("Kitchen") << QStringLiteral("Paint walls") << int(Status::Todo) << -1
        << 2.0 << QDate(2023, 2, 2);
}

void TestMermaidGantt::tasks()
{
    QFETCH(QString, component);
    QFETCH(QString, title);
    QFETCH(int, status);
    QFETCH(int, priority);
    QFETCH(double, estimate);
    QFETCH(QDate, due);
    const ImportBatch batch = fixture();
    const ImportedTask *t = find(batch, component, title);
    QVERIFY2(t, qPrintable(title));
    QVERIFY(t->key.isEmpty()); // the import gives it a key, as for any list item
    QCOMPARE(int(t->status.value_or(Status::Blocked)), status);
    QCOMPARE(t->priority ? int(*t->priority) : -1, priority);
    QVERIFY(t->estimate);
    QCOMPARE(*t->estimate, estimate);
    QCOMPARE(t->due, due);
}

void TestMermaidGantt::countsAndComponents()
{
    const ImportBatch batch = fixture();
    QCOMPARE(batch.tasks.size(), 9);
    QStringList names;
    for (const ImportedComponent &c : batch.components)
        names << c.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Kitchen"), QStringLiteral("Shop")}));
    QVERIFY(!find(batch, QStringLiteral("Kitchen"), QStringLiteral("Oven delivered")));
}

void TestMermaidGantt::dependencies()
{
    const ImportBatch batch = fixture();
    const ImportedTask *install =
        find(batch, QStringLiteral("Kitchen"), QStringLiteral("Install oven"));
    const ImportedTask *tile = find(batch, QStringLiteral("Kitchen"), QStringLiteral("Tile walls"));
    QVERIFY(install && tile);
    QCOMPARE(install->externalId, QStringLiteral("install"));
    QCOMPARE(install->dependsOn, QStringList{QStringLiteral("oven")});
    QCOMPARE(tile->dependsOn, (QStringList{QStringLiteral("strip"), QStringLiteral("install")}));
    QCOMPARE(find(batch, QStringLiteral("Kitchen"), QStringLiteral("Order oven"))->externalId,
             QStringLiteral("oven"));
}

void TestMermaidGantt::milestones()
{
    const ImportBatch batch = fixture();
    QCOMPARE(batch.milestones.size(), 4);
    QCOMPARE(batch.milestones.at(0).name, QStringLiteral("Oven delivered"));
    QCOMPARE(batch.milestones.at(0).targetDate, QDate(2023, 1, 17));
    QCOMPARE(batch.milestones.at(1).name, QStringLiteral("Opening day"));
    QCOMPARE(batch.milestones.at(1).targetDate, QDate(2023, 3, 1));
    // A bar under a "Milestones" section is one without the tag.
    QCOMPARE(batch.milestones.at(2).name, QStringLiteral("Launch party"));
    QCOMPARE(batch.milestones.at(2).targetDate, QDate(2023, 3, 10));
    // "milestone,keys 2023-03-02": the comma before the date is missing.
    QCOMPARE(batch.milestones.at(3).name, QStringLiteral("Keys handed over"));
    QCOMPARE(batch.milestones.at(3).targetDate, QDate(2023, 3, 2));
}

void TestMermaidGantt::dateFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QDate>("due");
    QTest::newRow("default") << QString() << QStringLiteral("2024-05-06") << QDate(2024, 5, 7);
    QTest::newRow("YY-M-D") << QStringLiteral("YY-M-D") << QStringLiteral("24-5-6")
                            << QDate(2024, 5, 7);
    QTest::newRow("DD/MM/YYYY") << QStringLiteral("DD/MM/YYYY") << QStringLiteral("06/05/2024")
                                << QDate(2024, 5, 7);
    QTest::newRow("MM-DD-YY") << QStringLiteral("MM-DD-YY") << QStringLiteral("05-06-24")
                              << QDate(2024, 5, 7);
}

void TestMermaidGantt::dateFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, start);
    QFETCH(QDate, due);
    QString text = QStringLiteral("```mermaid\ngantt\n");
    if (!format.isEmpty())
        text += QStringLiteral("dateFormat ") + format + u'\n';
    text += QStringLiteral("Survey :") + start + QStringLiteral(", 2d\n```\n");
    const ImportBatch batch = MarkdownTrackerReader::read(text, QStringLiteral("f.md"));
    QCOMPARE(batch.tasks.size(), 1);
    QCOMPARE(batch.tasks.at(0).due, due);
}

void TestMermaidGantt::chartTitleHint_data()
{
    QTest::addColumn<QString>("header"); // title and / or section lines
    QTest::addColumn<int>("status");
    QTest::newRow("no title") << QString() << int(Status::Todo);
    QTest::newRow("completed title")
        << QStringLiteral("title Completed - Phase 1") << int(Status::Done);
    QTest::newRow("in progress title")
        << QStringLiteral("title In-Progress") << int(Status::InProgress);
    QTest::newRow("planned title") << QStringLiteral("title Future") << int(Status::Todo);
    QTest::newRow("done section") << QStringLiteral("title Roadmap\nsection Done")
                                  << int(Status::Done);
}

void TestMermaidGantt::chartTitleHint()
{
    QFETCH(QString, header);
    QFETCH(int, status);
    const QString text = QStringLiteral("```mermaid\ngantt\n") + header +
                         QStringLiteral("\nSurvey :2024-05-06, 2d\n```\n");
    const ImportBatch batch = MarkdownTrackerReader::read(text, QStringLiteral("f.md"));
    QCOMPARE(batch.tasks.size(), 1);
    QCOMPARE(int(batch.tasks.at(0).status.value_or(Status::Blocked)), status);
}

void TestMermaidGantt::hugeDuration_data()
{
    QTest::addColumn<QString>("duration");
    // Found by fuzzing: a day count past 2^63 overflowed the conversion to a 64-bit integer, and
    // one that fit made a due date some quadrillion years ahead.
    QTest::newRow("past 2^63 days") << QStringLiteral("99999999999999999999d");
    QTest::newRow("past 2^63 with a fraction") << QStringLiteral("99999999999999999999.5d");
    QTest::newRow("weeks past 2^63 days") << QStringLiteral("2000000000000000000w");
    QTest::newRow("fits 64 bits") << QStringLiteral("4000000000000000000d");
    QTest::newRow("over a century") << QStringLiteral("36526d");
}

void TestMermaidGantt::hugeDuration()
{
    QFETCH(QString, duration);
    const QString text = QStringLiteral("```mermaid\ngantt\nSurvey :s1, 2024-05-06, ") + duration +
                         QStringLiteral("\nReport :after s1, 2d\nReview :2024-06-03, 2d\n```\n");
    const ImportBatch batch = MarkdownTrackerReader::read(text, QStringLiteral("f.md"));
    QCOMPARE(batch.tasks.size(), 3);
    // The bar is kept, without an end or an estimate it cannot have; the next bars are read.
    QCOMPARE(batch.tasks.at(0).title, QStringLiteral("Survey"));
    QVERIFY(!batch.tasks.at(0).due.isValid());
    QVERIFY(!batch.tasks.at(0).estimate.has_value());
    QVERIFY(!batch.tasks.at(1).due.isValid());
    QCOMPARE(batch.tasks.at(1).dependsOn, QStringList{QStringLiteral("s1")});
    QCOMPARE(batch.tasks.at(2).due, QDate(2024, 6, 4));
}

QTEST_GUILESS_MAIN(TestMermaidGantt)
#include "tst_mermaidgantt.moc"
