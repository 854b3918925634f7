// SPDX-License-Identifier: MIT
// CycleBreaker: which added dependencies an import leaves out so that the project stays acyclic
// (issue 15, item 1), on the shapes cycles take, against the project's own edges, and on random
// graphs; and the import plan that names each edge left out.
#include "commands/importcommand.h"
#include "graph/cyclebreaker.h"
#include "graph/dependencygraph.h"
#include "io/csv/csvreader.h"
#include "io/importplan.h"
#include "testproject.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

using Edges = QList<CycleBreaker::Edge>;
using Positions = QList<qsizetype>;

namespace {

DependencyGraph graphOf(const Edges &edges)
{
    DependencyGraph graph;
    for (const auto &[task, dependsOn] : edges)
        graph.add(task, dependsOn);
    return graph;
}

// The project's edges and the added ones kept stay acyclic, and each edge left out closes a
// cycle with them: none is left out for nothing.
QString checkResult(const Edges &existing, const Edges &added, const Positions &leftOut)
{
    DependencyGraph kept = graphOf(existing);
    for (qsizetype i = 0; i < added.size(); ++i) {
        if (!leftOut.contains(i))
            kept.add(added.at(i).first, added.at(i).second);
    }
    if (!kept.findCycle().isEmpty())
        return QStringLiteral("a cycle is left");
    for (const qsizetype i : leftOut) {
        if (kept.cycleIfAdded(added.at(i).first, added.at(i).second).isEmpty())
            return QStringLiteral("edge %1 was left out for nothing").arg(i);
    }
    return {};
}

// The reproduction: C-1 depends on C-n, each other C-i on C-(i-1).
QByteArray ringCsv(int n)
{
    QByteArray text = "key,title,status,depends_on\n";
    text += QStringLiteral("C-1,t,todo,C-%1\n").arg(n).toUtf8();
    for (int i = 2; i <= n; ++i)
        text += QStringLiteral("C-%1,t,todo,C-%2\n").arg(i).arg(i - 1).toUtf8();
    return text;
}

QStringList warningTexts(const ImportPlan &plan)
{
    QStringList texts;
    for (const ImportWarning &warning : plan.warnings)
        texts << QStringLiteral("%1: %2").arg(warning.line).arg(warning.message);
    return texts;
}

} // namespace

class TestCycleBreaker final : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void randomGraphs();
    void ringPlansWithOneEdgeLeftOut();
    void cycleThroughProjectEdge();
    void selfDependencyWarns();
};

void TestCycleBreaker::shapes_data()
{
    QTest::addColumn<Edges>("existing");
    QTest::addColumn<Edges>("added");
    QTest::addColumn<Positions>("expected");

    QTest::newRow("none") << Edges{} << Edges{{1, 2}, {2, 3}, {1, 3}} << Positions{};
    QTest::newRow("self-loop") << Edges{} << Edges{{1, 2}, {5, 5}} << Positions{1};
    QTest::newRow("two-cycle") << Edges{} << Edges{{1, 2}, {2, 1}} << Positions{1};
    Edges ring{{1, 1000}};
    for (qint64 i = 2; i <= 1000; ++i)
        ring.append({i, i - 1});
    // The edge the file gives last closes the ring, as when the edges come one by one.
    QTest::newRow("long ring") << Edges{} << ring << Positions{999};
    QTest::newRow("cycles sharing an edge")
        << Edges{} << Edges{{1, 2}, {2, 3}, {3, 1}, {2, 4}, {4, 1}} << Positions{2, 4};
    QTest::newRow("cycles sharing a task")
        << Edges{} << Edges{{1, 2}, {2, 1}, {1, 3}, {3, 1}} << Positions{1, 3};
    QTest::newRow("two rings apart")
        << Edges{} << Edges{{1, 2}, {2, 3}, {3, 1}, {7, 8}, {8, 9}, {9, 7}} << Positions{2, 5};
    QTest::newRow("through a project edge, last added")
        << Edges{{1, 2}} << Edges{{2, 3}, {3, 1}} << Positions{1};
    QTest::newRow("through a project edge, first added")
        << Edges{{1, 2}} << Edges{{3, 1}, {2, 3}} << Positions{1};
    QTest::newRow("closed by one edge on the project's chain")
        << Edges{{1, 2}, {2, 3}} << Edges{{3, 1}} << Positions{0};
    QTest::newRow("against a project edge")
        << Edges{{1, 2}} << Edges{{2, 1}, {3, 4}} << Positions{0};
    // The search meets the project's edge 3 → 1 as the edge back: the latest added edge on the
    // path it closes is left out instead.
    QTest::newRow("project edge met backwards")
        << Edges{{3, 1}} << Edges{{1, 2}, {2, 3}, {1, 4}, {4, 1}} << Positions{1, 3};
}

void TestCycleBreaker::shapes()
{
    QFETCH(Edges, existing);
    QFETCH(Edges, added);
    QFETCH(Positions, expected);
    const Positions leftOut = CycleBreaker::leftOut(graphOf(existing), added);
    QCOMPARE(leftOut, expected);
    const QString problem = checkResult(existing, added, leftOut);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCycleBreaker::randomGraphs()
{
    QRandomGenerator random(15);
    for (int round = 0; round < 300; ++round) {
        const int tasks = 2 + int(random.bounded(30));
        Edges existing; // acyclic: a task depends only on tasks with a smaller id
        Edges added;
        const int existingCount = int(random.bounded(tasks * 2));
        for (int i = 0; i < existingCount; ++i) {
            const qint64 a = random.bounded(tasks);
            const qint64 b = random.bounded(tasks);
            if (a != b)
                existing.append({std::max(a, b), std::min(a, b)});
        }
        const int addedCount = 1 + int(random.bounded(tasks * 2));
        for (int i = 0; i < addedCount; ++i)
            added.append({qint64(random.bounded(tasks)), qint64(random.bounded(tasks))});
        const Positions leftOut = CycleBreaker::leftOut(graphOf(existing), added);
        const QString problem = checkResult(existing, added, leftOut);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: ").arg(round) + problem));
    }
}

void TestCycleBreaker::ringPlansWithOneEdgeLeftOut()
{
    // Issue 15: this ring of 10,000 took 40 s to plan, the edges checked one by one.
    constexpr int n = 10000;
    const auto project = emptyProject();
    QVERIFY(project);
    const ImportBatch batch = CsvReader::read(ringCsv(n), QStringLiteral("c.csv"));
    const ImportPlan plan = ImportPlanner::plan(*project, batch);
    QCOMPARE(plan.created.size(), n);
    QCOMPARE(plan.dependencies.size(), n - 1);
    QCOMPARE(warningTexts(plan),
             QStringList{QStringLiteral("%1: C-%2 → C-%3 would close a dependency cycle; left out.")
                             .arg(n + 1)
                             .arg(n)
                             .arg(n - 1)});
}

void TestCycleBreaker::cycleThroughProjectEdge()
{
    const auto project = emptyProject();
    QVERIFY(project);
    const ImportBatch chain = CsvReader::read("key,title,depends_on\nX-1,a,\nX-2,b,X-1\n"
                                              "X-3,c,X-2\n",
                                              QStringLiteral("chain.csv"));
    const ImportPlan first = ImportPlanner::plan(*project, chain);
    QCOMPARE(first.dependencies.size(), 2);
    project->undoStack()->push(new ImportCommand(project.get(), first));
    QCOMPARE(project->dependencies().edgeCount(), 2);
    // X-1 on X-3 closes X-3 → X-2 → X-1 of the project: left out; X-4 on X-3 is fine.
    const ImportBatch closing = CsvReader::read("key,title,depends_on\nX-1,a,X-3\nX-4,d,X-3\n",
                                                QStringLiteral("closing.csv"));
    const ImportPlan plan = ImportPlanner::plan(*project, closing);
    using Pair = std::pair<QString, QString>;
    QCOMPARE(plan.dependencies, (QList<Pair>{{QStringLiteral("X-4"), QStringLiteral("X-3")}}));
    QCOMPARE(warningTexts(plan),
             QStringList{QStringLiteral("2: X-1 → X-3 would close a dependency cycle; left out.")});
}

void TestCycleBreaker::selfDependencyWarns()
{
    // Issue 15, item 12: a task on itself was dropped without a word.
    const auto project = emptyProject();
    QVERIFY(project);
    const ImportBatch batch =
        CsvReader::read("key,title,depends_on\nS-1,a,S-1\nS-2,b,S-1\n", QStringLiteral("self.csv"));
    const ImportPlan plan = ImportPlanner::plan(*project, batch);
    using Pair = std::pair<QString, QString>;
    QCOMPARE(plan.dependencies, (QList<Pair>{{QStringLiteral("S-2"), QStringLiteral("S-1")}}));
    QCOMPARE(warningTexts(plan), QStringList{QStringLiteral(
                                     "2: S-1 depends on itself; that dependency was left out.")});
}

QTEST_GUILESS_MAIN(TestCycleBreaker)
#include "tst_cyclebreaker.moc"
