// SPDX-License-Identifier: MIT
// DependencyGraph on its own, and Project's dependency writes that keep it acyclic.
#include "graph/dependencygraph.h"
#include "graphfixtures.h"
#include "testproject.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Candor;
using namespace CandorTest;

namespace {

DependencyGraph graphOf(const EdgeList &edges)
{
    DependencyGraph graph;
    for (const Edge &edge : edges)
        graph.add(edge.first, edge.second);
    return graph;
}

} // namespace

class tst_DependencyGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void addAndContains();
    void addIsIdempotent();
    void remove();
    void removeTask();
    void clear();
    void cycleIfAdded_data();
    void cycleIfAdded();
    void topologicalOrder_data();
    void topologicalOrder();
    void upstreamAndBlockers();

    void projectRefusesCycle_data();
    void projectRefusesCycle();
    void projectRefusesSelfAndDuplicate();
    void projectAddAndRemove();
    void blockedByDependencies();
};

void tst_DependencyGraph::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DependencyGraph::addAndContains()
{
    DependencyGraph graph;
    QCOMPARE(graph.edgeCount(), 0);
    graph.add(A, B); // A depends on B
    graph.add(A, C);
    graph.add(B, C);
    QCOMPARE(graph.edgeCount(), 3);
    QVERIFY(graph.contains(A, B));
    QVERIFY(!graph.contains(B, A)); // the direction matters
    QVERIFY(graph.contains(B, C));
    QVERIFY(!graph.contains(C, A));
    QCOMPARE(sorted(graph.dependenciesOf(A)), (QList<qint64>{B, C}));
    QCOMPARE(graph.dependenciesOf(C), QList<qint64>{});
    QCOMPARE(sorted(graph.dependentsOf(C)), (QList<qint64>{A, B}));
    QCOMPARE(graph.dependentsOf(A), QList<qint64>{});
    QCOMPARE(sorted(graph.edges()), (EdgeList{{A, B}, {A, C}, {B, C}}));
}

void tst_DependencyGraph::addIsIdempotent()
{
    DependencyGraph graph;
    graph.add(A, B);
    graph.add(A, B);
    QCOMPARE(graph.edgeCount(), 1);
    QCOMPARE(graph.dependenciesOf(A), QList<qint64>{B});
    QCOMPARE(graph.dependentsOf(B), QList<qint64>{A});
    QCOMPARE(graph.edges().size(), 1);
}

void tst_DependencyGraph::remove()
{
    DependencyGraph graph = graphOf({{A, B}, {A, C}, {B, C}});
    graph.remove(A, B);
    QVERIFY(!graph.contains(A, B));
    QCOMPARE(graph.edgeCount(), 2);
    QCOMPARE(graph.dependenciesOf(A), QList<qint64>{C});
    QCOMPARE(graph.dependentsOf(B), QList<qint64>{});
    // Removing an edge that is not there (or the reverse of one that is) changes nothing.
    graph.remove(A, B);
    graph.remove(C, B);
    graph.remove(E, A);
    QCOMPARE(graph.edgeCount(), 2);
    QCOMPARE(sorted(graph.edges()), (EdgeList{{A, C}, {B, C}}));
}

void tst_DependencyGraph::removeTask()
{
    // B in the middle: depends on C and D, and A and E depend on it.
    DependencyGraph graph = graphOf({{A, B}, {E, B}, {B, C}, {B, D}, {A, C}});
    graph.removeTask(B);
    QCOMPARE(graph.edgeCount(), 1);
    QCOMPARE(graph.edges(), (EdgeList{{A, C}}));
    QCOMPARE(graph.dependenciesOf(B), QList<qint64>{});
    QCOMPARE(graph.dependentsOf(B), QList<qint64>{});
    QCOMPARE(graph.dependentsOf(C), QList<qint64>{A});
    QCOMPARE(graph.dependentsOf(D), QList<qint64>{});
    QCOMPARE(graph.dependenciesOf(E), QList<qint64>{});
}

void tst_DependencyGraph::clear()
{
    DependencyGraph graph = graphOf({{A, B}, {B, C}});
    graph.clear();
    QCOMPARE(graph.edgeCount(), 0);
    QVERIFY(graph.edges().isEmpty());
    QVERIFY(!graph.contains(A, B));
    QVERIFY(graph.cycleIfAdded(C, A).isEmpty());
}

void tst_DependencyGraph::cycleIfAdded_data()
{
    QTest::addColumn<EdgeList>("edges"); // (task, dependsOn)
    QTest::addColumn<qint64>("task");
    QTest::addColumn<qint64>("dependsOn");
    QTest::addColumn<QList<qint64>>("cycle");

    QTest::newRow("empty graph") << EdgeList{} << A << B << QList<qint64>{};
    QTest::newRow("self") << EdgeList{} << A << A << QList<qint64>{A, A};
    // B depends on A; A depending on B closes A → B → A.
    QTest::newRow("two") << EdgeList{{B, A}} << A << B << QList<qint64>{A, B, A};
    // B depends on C, C depends on A; A depending on B closes A → B → C → A.
    QTest::newRow("three") << EdgeList{{B, C}, {C, A}} << A << B << QList<qint64>{A, B, C, A};
    QTest::newRow("four") << EdgeList{{B, C}, {C, D}, {D, A}} << A << B
                          << QList<qint64>{A, B, C, D, A};
    // Two ways back to A: the shortest is named.
    QTest::newRow("shortest") << EdgeList{{B, C}, {C, D}, {D, A}, {B, A}} << A << B
                              << QList<qint64>{A, B, A};
    // Same direction as an existing path: a shortcut, not a cycle.
    QTest::newRow("shortcut") << EdgeList{{A, B}, {B, C}} << A << C << QList<qint64>{};
    QTest::newRow("existing edge") << EdgeList{{A, B}} << A << B << QList<qint64>{};
    QTest::newRow("diamond") << EdgeList{{A, B}, {A, C}, {B, D}, {C, D}} << E << A
                             << QList<qint64>{};
    QTest::newRow("diamond closed")
        << EdgeList{{A, B}, {A, C}, {B, D}, {C, D}} << D << A << QList<qint64>{D, A, B, D};
    QTest::newRow("unrelated component") << EdgeList{{A, B}, {C, D}} << B << C << QList<qint64>{};
}

void tst_DependencyGraph::cycleIfAdded()
{
    QFETCH(EdgeList, edges);
    QFETCH(qint64, task);
    QFETCH(qint64, dependsOn);
    QFETCH(QList<qint64>, cycle);

    const DependencyGraph graph = graphOf(edges);
    const QList<qint64> found = graph.cycleIfAdded(task, dependsOn);
    if (QTest::currentDataTag() == QByteArrayLiteral("diamond closed")) {
        // Either way round the diamond is a shortest cycle.
        QVERIFY2(found == cycle || found == (QList<qint64>{D, A, C, D}),
                 qPrintable(QString::number(found.size())));
    } else {
        QCOMPARE(found, cycle);
    }
    // The answer is a real cycle: it starts and ends at task, and each step is an edge.
    if (!found.isEmpty()) {
        QCOMPARE(found.first(), task);
        QCOMPARE(found.last(), task);
        QCOMPARE(found.at(1), dependsOn);
        for (qsizetype i = 1; i + 1 < found.size(); ++i)
            QVERIFY(graph.contains(found.at(i), found.at(i + 1)));
    }
    QCOMPARE(graph.edgeCount(), edges.size()); // asking changes nothing
}

void tst_DependencyGraph::topologicalOrder_data()
{
    QTest::addColumn<EdgeList>("edges");
    QTest::addColumn<QList<qint64>>("tasks");
    QTest::addColumn<QList<qint64>>("order");

    QTest::newRow("empty") << EdgeList{} << QList<qint64>{} << QList<qint64>{};
    QTest::newRow("lone tasks keep their order")
        << EdgeList{} << QList<qint64>{C, A, B} << QList<qint64>{C, A, B};
    QTest::newRow("chain") << EdgeList{{A, B}, {B, C}} << QList<qint64>{A, B, C}
                           << QList<qint64>{C, B, A};
    // Ties (tasks ready at the same time) go in the order given.
    QTest::newRow("diamond") << EdgeList{{A, B}, {A, C}, {B, D}, {C, D}}
                             << QList<qint64>{A, C, B, D} << QList<qint64>{D, C, B, A};
    QTest::newRow("tasks only named by edges")
        << EdgeList{{A, B}} << QList<qint64>{E} << QList<qint64>{E, B, A};
    QTest::newRow("cycle") << EdgeList{{A, B}, {B, A}, {C, A}} << QList<qint64>{A, B, C}
                           << QList<qint64>{};
}

void tst_DependencyGraph::topologicalOrder()
{
    QFETCH(EdgeList, edges);
    QFETCH(QList<qint64>, tasks);
    QFETCH(QList<qint64>, order);
    const DependencyGraph graph = graphOf(edges);
    QCOMPARE(graph.topologicalOrder(tasks), order);
    QCOMPARE(graph.findCycle().isEmpty(), !order.isEmpty() || edges.isEmpty());
}

void tst_DependencyGraph::upstreamAndBlockers()
{
    // A depends on B and C; B on D; D on E. C and D are finished.
    const DependencyGraph graph = graphOf({{A, B}, {A, C}, {B, D}, {D, E}});
    QCOMPARE(graph.upstreamOf(A), (QList<qint64>{B, C, D, E})); // nearest first
    QCOMPARE(graph.upstreamOf(D), QList<qint64>{E});
    QCOMPARE(graph.upstreamOf(E), QList<qint64>{});
    QCOMPARE(graph.upstreamOf(99), QList<qint64>{});
    const auto finished = [](qint64 id) { return id == C || id == D; };
    // E blocks A through finished D: a finished task in between does not hide it.
    QCOMPARE(graph.transitiveBlockers(A, finished), (QList<qint64>{B, E}));
    QCOMPARE(graph.transitiveBlockers(B, finished), QList<qint64>{E});
    QCOMPARE(graph.transitiveBlockers(C, finished), QList<qint64>{});

    // On the demo project: SEC-003 waits for SEC-002, which waits for SEC-001.
    const auto project = demoProject();
    QVERIFY(project);
    const auto done = [&](qint64 id) {
        const Task *task = project->tasks()->task(id);
        return task && task->status == Status::Done;
    };
    QCOMPARE(project->dependencies().transitiveBlockers(idOf(*project, "SEC-003"), done),
             (QList<qint64>{idOf(*project, "SEC-002"), idOf(*project, "SEC-001")}));
    QCOMPARE(project->dependencies().transitiveBlockers(idOf(*project, "API-003"), done),
             QList<qint64>{}); // only on API-001, done
}

void tst_DependencyGraph::projectRefusesCycle_data()
{
    QTest::addColumn<QStringList>("setup"); // "TASK>DEPENDS_ON" edges added first
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("dependsOn");
    QTest::addColumn<QString>("named");

    QTest::newRow("two") << QStringList{QStringLiteral("OPS-002>SEC-001")}
                         << QStringLiteral("SEC-001") << QStringLiteral("OPS-002")
                         << QStringLiteral("SEC-001 → OPS-002 → SEC-001");
    // Demo: SEC-002 depends on SEC-001, SEC-003 on SEC-002.
    QTest::newRow("three") << QStringList{} << QStringLiteral("SEC-001")
                           << QStringLiteral("SEC-003")
                           << QStringLiteral("SEC-001 → SEC-003 → SEC-002 → SEC-001");
    // Demo: OPS-004 → OPS-003 → OPS-001, DOCS-002 → OPS-003.
    QTest::newRow("across components")
        << QStringList{QStringLiteral("OPS-001>DOCS-005")} << QStringLiteral("DOCS-005")
        << QStringLiteral("OPS-004")
        << QStringLiteral("DOCS-005 → OPS-004 → OPS-003 → OPS-001 → DOCS-005");
}

void tst_DependencyGraph::projectRefusesCycle()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, task);
    QFETCH(QString, dependsOn);
    QFETCH(QString, named);

    const auto project = demoProject();
    QVERIFY(project);
    for (const QString &edge : setup) {
        const WriteResult added = project->addDependency(idOf(*project, edge.section(u'>', 0, 0)),
                                                         idOf(*project, edge.section(u'>', 1)));
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
    const qint64 taskId = idOf(*project, task);
    const qint64 dependsOnId = idOf(*project, dependsOn);
    QVERIFY(taskId != 0 && dependsOnId != 0);
    const qint64 rows = scalar(*project, QStringLiteral("SELECT count(*) FROM dependency"));
    const qint64 events = scalar(*project, QStringLiteral("SELECT count(*) FROM event"));
    const EdgeList edges = sorted(project->dependencies().edges());
    QCOMPARE(rows, qint64(edges.size()));
    QSignalSpy changed(project.get(), &Project::dependenciesChanged);

    QCOMPARE(project->describeCycle(project->dependencies().cycleIfAdded(taskId, dependsOnId)),
             named);
    const WriteResult result = project->addDependency(taskId, dependsOnId);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(named), qPrintable(result.error()));

    // Neither the file nor the graph changed.
    QCOMPARE(scalar(*project, QStringLiteral("SELECT count(*) FROM dependency")), rows);
    QCOMPARE(scalar(*project, QStringLiteral("SELECT count(*) FROM event")), events);
    QCOMPARE(sorted(project->dependencies().edges()), edges);
    QVERIFY(!project->dependencies().contains(taskId, dependsOnId));
    QCOMPARE(changed.count(), 0);
}

void tst_DependencyGraph::projectRefusesSelfAndDuplicate()
{
    const auto project = demoProject();
    QVERIFY(project);
    const qint64 sec1 = idOf(*project, "SEC-001");
    const qint64 sec2 = idOf(*project, "SEC-002");
    const qint64 rows = scalar(*project, QStringLiteral("SELECT count(*) FROM dependency"));

    WriteResult result = project->addDependency(sec1, sec1);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY(!project->dependencies().contains(sec1, sec1));

    QVERIFY(project->dependencies().contains(sec2, sec1));
    result = project->addDependency(sec2, sec1);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("SEC-002")) &&
                 result.error().contains(QStringLiteral("SEC-001")),
             qPrintable(result.error()));

    result = project->addDependency(sec1, 987654);
    QVERIFY(!result.ok());
    result = project->removeDependency(sec1, sec2); // only the other direction exists
    QVERIFY(!result.ok());
    QCOMPARE(scalar(*project, QStringLiteral("SELECT count(*) FROM dependency")), rows);
}

void tst_DependencyGraph::projectAddAndRemove()
{
    const auto project = demoProject();
    QVERIFY(project);
    const qint64 docs5 = idOf(*project, "DOCS-005");
    const qint64 sec5 = idOf(*project, "SEC-005");
    const QString sql = QStringLiteral("SELECT count(*) FROM dependency WHERE task_id = %1 AND "
                                       "depends_on_id = %2")
                            .arg(docs5)
                            .arg(sec5);
    QSignalSpy changed(project.get(), &Project::dependenciesChanged);
    const int events = int(project->history(docs5).size());

    QVERIFY(project->addDependency(docs5, sec5).ok());
    QVERIFY(project->dependencies().contains(docs5, sec5));
    QVERIFY(project->dependencies().dependentsOf(sec5).contains(docs5));
    QCOMPARE(scalar(*project, sql), 1);
    QCOMPARE(changed.count(), 2); // both ends
    QCOMPARE(project->history(docs5).size(), events + 1);
    QCOMPARE(project->history(docs5).first().field, QStringLiteral("depends_on"));
    QCOMPARE(project->history(docs5).first().newValue, QStringLiteral("SEC-005"));

    QVERIFY(project->removeDependency(docs5, sec5).ok());
    QVERIFY(!project->dependencies().contains(docs5, sec5));
    QCOMPARE(scalar(*project, sql), 0);
    QCOMPARE(project->history(docs5).size(), events + 2);
    QCOMPARE(project->history(docs5).first().oldValue, QStringLiteral("SEC-005"));
}

void tst_DependencyGraph::blockedByDependencies()
{
    const auto project = demoProject();
    QVERIFY(project);
    const auto blocked = [&](const char *key) {
        return project->isBlockedByDependencies(idOf(*project, key));
    };
    QVERIFY(blocked("SEC-002"));      // on SEC-001, in progress
    QVERIFY(blocked("SEC-003"));      // on SEC-002, todo
    QVERIFY(!blocked("SEC-001"));     // no dependencies
    QVERIFY(!blocked("API-003"));     // on API-001, done
    QVERIFY(!blocked("PERSIST-002")); // on PERSIST-001, done (though its verification failed)
    QCOMPARE(project->unfinishedDependencyCount(idOf(*project, "PERSIST-003")), 1);
    QCOMPARE(project->unfinishedDependencyCount(idOf(*project, "API-004")), 1);
    QCOMPARE(project->unfinishedDependencyCount(idOf(*project, "API-003")), 0);

    QSignalSpy changed(project.get(), &Project::dependenciesChanged);
    const qint64 sec1 = idOf(*project, "SEC-001");
    QVERIFY(project->setTaskField({sec1}, TaskField::Status, {int(Status::Done)}).ok());
    QVERIFY(!blocked("SEC-002"));
    QVERIFY(blocked("SEC-003")); // SEC-002 itself is still todo
    QCOMPARE(project->unfinishedDependencyCount(idOf(*project, "PERSIST-003")), 0);
    // Dependents are told, so that views can redraw their "blocked" marks.
    QVERIFY(changed.count() >= 2);

    QVERIFY(project->setTaskField({sec1}, TaskField::Status, {int(Status::Review)}).ok());
    QVERIFY(blocked("SEC-002"));
}

QTEST_GUILESS_MAIN(tst_DependencyGraph)
#include "tst_dependencygraph.moc"
