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

QTEST_GUILESS_MAIN(TestTrackerConstructs)
#include "tst_trackerconstructs.moc"
