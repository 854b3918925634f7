// SPDX-License-Identifier: MIT
// The dense graph behind the whole-graph algorithms: TaskIndex, TaskNetwork, and cycles found in
// large random graphs (through DependencyGraph and TaskNetwork alike).
#include "graph/dependencygraph.h"
#include "graph/taskindex.h"
#include "graph/tasknetwork.h"
#include "graphfixtures.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Candor;
using namespace CandorTest;

namespace {

// A random DAG of `count` tasks with about 1.5 edges each, ids shuffled so that their order
// says nothing about the edges' direction.
DependencyGraph randomDag(int count, quint32 seed, QList<qint64> *ids)
{
    QRandomGenerator random(seed);
    ids->clear();
    for (int i = 0; i < count; ++i)
        ids->append(1000 + i);
    std::shuffle(ids->begin(), ids->end(), random);
    DependencyGraph graph;
    for (int i = 1; i < count; ++i) {
        // Edges to earlier positions only (within a window, as real chains are local).
        const int edges = random.bounded(4) == 0 ? 0 : 1 + random.bounded(2);
        for (int e = 0; e < edges; ++e) {
            const int back = 1 + random.bounded(std::min(i, 50));
            graph.add(ids->at(i), ids->at(i - back));
        }
    }
    return graph;
}

// Whether every step of a cycle, as findCycle names it (A, B, A), is an edge of the graph.
bool isRealCycle(const DependencyGraph &graph, const QList<qint64> &cycle)
{
    if (cycle.size() < 2 || cycle.first() != cycle.last())
        return false;
    for (qsizetype i = 0; i + 1 < cycle.size(); ++i) {
        if (!graph.contains(cycle.at(i), cycle.at(i + 1)))
            return false;
    }
    return QSet<qint64>(cycle.cbegin(), cycle.cend() - 1).size() == cycle.size() - 1;
}

} // namespace

class tst_TaskNetwork : public QObject
{
    Q_OBJECT

private slots:
    void findCycleInLargeGraphs_data();
    void findCycleInLargeGraphs();
    void networkReachable();
    void taskIndex_data();
    void taskIndex();
};

void tst_TaskNetwork::findCycleInLargeGraphs_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("1k") << 1000 << 1u;
    QTest::newRow("20k") << 20000 << 2u;
    QTest::newRow("100k") << 100000 << 3u;
}

void tst_TaskNetwork::findCycleInLargeGraphs()
{
    QFETCH(int, count);
    QFETCH(quint32, seed);
    QList<qint64> ids;
    DependencyGraph graph = randomDag(count, seed, &ids);

    // Acyclic: an order in which every task comes after what it depends on, and no cycle.
    const QList<qint64> order = graph.topologicalOrder(ids);
    QCOMPARE(order.size(), ids.size());
    QHash<qint64, int> position;
    for (int i = 0; i < order.size(); ++i)
        position.insert(order.at(i), i);
    const EdgeList edges = graph.edges();
    for (const Edge &edge : edges)
        QVERIFY(position.value(edge.second) < position.value(edge.first));
    QVERIFY(graph.findCycle().isEmpty());

    // One back edge: walk dependencies from a late task, then make the task reached depend on
    // where the walk began. findCycle names a real cycle through the new edge.
    QRandomGenerator random(seed + 100);
    qint64 first = 0;
    QList<qint64> walk;
    while (walk.size() < 3) {
        first = ids.at(count / 2 + random.bounded(count / 2));
        walk = {first};
        while (walk.size() < 40 && !graph.dependenciesOf(walk.last()).isEmpty())
            walk.append(graph.dependenciesOf(walk.last()).first());
    }
    QVERIFY(graph.cycleIfAdded(walk.last(), first).size() >= 3); // the check refuses it...
    graph.add(walk.last(), first); // ... but a snapshot from outside may have it
    const QList<qint64> cycle = graph.findCycle();
    QVERIFY2(isRealCycle(graph, cycle), qPrintable(QString::number(cycle.size())));
    QVERIFY(cycle.contains(first) && cycle.contains(walk.last()));
    QVERIFY(graph.topologicalOrder(ids).isEmpty());

    // The dense form agrees.
    const TaskNetwork network(ids, graph.edges());
    QVERIFY(int(network.topologicalOrder().size()) < network.size());
    QVERIFY(isRealCycle(graph, network.idsOf(network.findCycle())));
}

void tst_TaskNetwork::networkReachable()
{
    const TaskNetwork network({A, B, C, D, E}, {{A, B}, {B, C}, {D, C}, {99, A}});
    QCOMPARE(network.size(), 5); // the edge naming an unknown task is left out
    QCOMPARE(network.edgeCount(), 3);
    const auto ids = [&](const std::vector<int> &indices) {
        return sorted(network.idsOf(indices));
    };
    const int a = network.indexOf(A), c = network.indexOf(C);
    using Dir = TaskNetwork::Direction;
    QCOMPARE(ids(network.reachableFrom({a}, Dir::Upstream)), (QList<qint64>{B, C}));
    QCOMPARE(ids(network.reachableFrom({c}, Dir::Downstream)), (QList<qint64>{A, B, D}));
    QCOMPARE(ids(network.reachableFrom({a, c}, Dir::Upstream)), (QList<qint64>{B}));
    QCOMPARE(ids(network.reachableFrom({network.indexOf(E)}, Dir::Upstream)), QList<qint64>{});
    const TaskNetwork added({A}, {{99, A}}, TaskNetwork::UnknownTasks::Add);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.id(1), 99);
}

void tst_TaskNetwork::taskIndex_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<qint64>("lowest"); // the range prepared for
    QTest::addColumn<qint64>("highest");

    QTest::newRow("dense") << QList<qint64>{5, 3, 4, 9, 7} << qint64(3) << qint64(9);
    QTest::newRow("sparse: a hash")
        << QList<qint64>{1, 1000000000, -7, 123456789012} << qint64(-7) << qint64(123456789012);
    // Prepared for a small range, then given ids outside it: moves to the hash on the way.
    QTest::newRow("outside the range")
        << QList<qint64>{10, 11, 12, 500000000, 9, -3, 11} << qint64(9) << qint64(12);
    QTest::newRow("extremes") << QList<qint64>{std::numeric_limits<qint64>::min(), 0,
                                               std::numeric_limits<qint64>::max()}
                              << qint64(0) << qint64(0);
}

void tst_TaskNetwork::taskIndex()
{
    QFETCH(QList<qint64>, ids);
    QFETCH(qint64, lowest);
    QFETCH(qint64, highest);
    TaskIndex index(lowest, highest, ids.size());
    QHash<qint64, int> expected;
    for (qint64 id : ids) {
        const int given = index.insert(id);
        if (!expected.contains(id))
            expected.insert(id, int(expected.size()));
        QCOMPARE(given, expected.value(id));
    }
    QCOMPARE(index.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(index.value(it.key()), it.value());
    for (qint64 missing : {qint64(2), qint64(8), qint64(13), qint64(-8), qint64(1) << 40})
        QCOMPARE(index.value(missing), expected.value(missing, -1));
}

QTEST_GUILESS_MAIN(tst_TaskNetwork)
#include "tst_tasknetwork.moc"
