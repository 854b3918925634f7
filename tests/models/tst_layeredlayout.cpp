// SPDX-License-Identifier: MIT
#include "graph/graphlayout.h"
#include "graph/graphlayoutscope.h"
#include "graph/layeredlayout.h"
#include "tasks/taskfilter.h"
#include "testproject.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Candor;
using CandorTest::idOf;

namespace {

using Kind = GraphLayoutInput::Kind;

// A project-like DAG: each node depends on 0-3 of the 40 before it; every tenth is a milestone
// gated by a few earlier nodes.
GraphLayoutInput generated(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    GraphLayoutInput input;
    for (int i = 0; i < count; ++i) {
        const bool milestone = i > 0 && i % 10 == 0;
        input.nodes.append({i + 1, milestone ? QSizeF(130, 44) : QSizeF(184, 48),
                            milestone ? Kind::Milestone : Kind::Task});
        const int wanted = i == 0 ? 0 : int(random.bounded(4));
        for (int d = 0; d < wanted; ++d) {
            const int before = i - 1 - int(random.bounded(std::min(i, 40)));
            if (input.nodes.at(before).kind == Kind::Task)
                input.edges.append({before + 1, i + 1});
        }
    }
    return input;
}

QMap<qint64, QPointF> centres(const GraphLayout &layout)
{
    QMap<qint64, QPointF> result;
    for (const GraphLayout::Node &node : layout.nodes)
        result.insert(node.id, node.rect.center());
    return result;
}

} // namespace

// Layout invariants on generated graphs, the focus modes of GraphLayoutScope on the demo.
class TestLayeredLayout final : public QObject
{
    Q_OBJECT
private slots:
    void invariants_data();
    void invariants();
    void deterministic();
    void chainIsStraightAndUncrossed();
    void crossingRemoved();
    void cycleIsStillDrawn();
    void lonersArePackedInRows();
    void crossingsCountedAsByHand();
    void relayoutIsStable();
    void scopeFocusModes_data();
    void scopeFocusModes();
    void scopeFilterAndMilestones();
};

void TestLayeredLayout::invariants_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("tiny") << 5 << 1u;
    QTest::newRow("100") << 100 << 7u;
    QTest::newRow("400") << 400 << 42u;
}

void TestLayeredLayout::invariants()
{
    QFETCH(int, count);
    QFETCH(quint32, seed);
    const GraphLayoutInput input = generated(count, seed);
    const GraphLayout layout = LayeredLayout::compute(input);
    QCOMPARE(layout.nodes.size(), input.nodes.size());

    // Every edge points forward by layer, and starts and ends on its nodes' sides.
    for (const GraphLayout::Edge &edge : layout.edges) {
        const GraphLayout::Node *from = layout.node(edge.from);
        const GraphLayout::Node *to = layout.node(edge.to);
        QVERIFY(from && to);
        QVERIFY2(from->layer < to->layer,
                 qPrintable(QStringLiteral("%1 -> %2").arg(edge.from).arg(edge.to)));
        QCOMPARE((edge.points.size() - 1) % 3, 0);
        QCOMPARE(edge.points.first().x(), from->rect.right());
        QCOMPARE(edge.points.last().x(), to->rect.left());
        QVERIFY(from->rect.top() <= edge.points.first().y() &&
                edge.points.first().y() <= from->rect.bottom());
        QVERIFY(to->rect.top() <= edge.points.last().y() &&
                edge.points.last().y() <= to->rect.bottom());
        // Milestones are sinks: diamonds at the end of their chains.
        QVERIFY(from->kind == Kind::Task);
    }
    // No two nodes overlap.
    for (qsizetype i = 0; i < layout.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < layout.nodes.size(); ++j)
            QVERIFY(!layout.nodes.at(i).rect.intersects(layout.nodes.at(j).rect));
    }
    // Edges go round the nodes they do not join.
    for (const GraphLayout::Edge &edge : layout.edges) {
        const QPolygonF line = edge.path().toSubpathPolygons().value(0);
        for (const GraphLayout::Node &node : layout.nodes) {
            if (node.id == edge.from || node.id == edge.to)
                continue;
            for (const QPointF &point : line)
                QVERIFY(!node.rect.adjusted(1, 1, -1, -1).contains(point));
        }
    }
    QVERIFY(layout.bounds.contains(layout.nodes.first().rect));
}

void TestLayeredLayout::deterministic()
{
    const GraphLayoutInput input = generated(300, 3);
    const GraphLayout first = LayeredLayout::compute(input);
    const GraphLayout second = LayeredLayout::compute(input);
    QCOMPARE(centres(first), centres(second));
    QCOMPARE(first.edges.size(), second.edges.size());
    for (qsizetype i = 0; i < first.edges.size(); ++i)
        QCOMPARE(first.edges.at(i).points, second.edges.at(i).points);
}

void TestLayeredLayout::chainIsStraightAndUncrossed()
{
    GraphLayoutInput input;
    for (qint64 id : {1, 2, 3, 4})
        input.nodes.append({id, QSizeF(100, 40), Kind::Task});
    input.edges = {{1, 2}, {2, 3}, {3, 4}, {1, 4}}; // and one long edge past the chain
    const GraphLayout layout = LayeredLayout::compute(input);
    QCOMPARE(layout.layerX.size(), 4);
    for (qint64 id : {1, 2, 3, 4})
        QCOMPARE(layout.node(id)->layer, int(id - 1));
    QCOMPARE(layout.crossings(), 0);
    const qreal y = layout.node(2)->rect.center().y();
    QVERIFY(std::abs(layout.node(3)->rect.center().y() - y) < 0.5);
}

void TestLayeredLayout::crossingRemoved()
{
    // In input order edges cross (1 above 2, 4 above 3); the layout untangles them.
    GraphLayoutInput input;
    for (qint64 id : {1, 2, 4, 3, 5, 6})
        input.nodes.append({id, QSizeF(100, 40), Kind::Task});
    input.edges = {{1, 3}, {2, 4}, {1, 5}, {2, 6}, {3, 6}, {4, 5}};
    const GraphLayout layout = LayeredLayout::compute(input);
    QCOMPARE(layout.crossings(), 0);
    input.edges = {{1, 3}, {2, 4}};
    QCOMPARE(LayeredLayout::compute(input).crossings(), 0);
}

void TestLayeredLayout::cycleIsStillDrawn()
{
    GraphLayoutInput input;
    for (qint64 id : {1, 2, 3})
        input.nodes.append({id, QSizeF(100, 40), Kind::Task});
    input.edges = {{1, 2}, {2, 3}, {3, 1}, {2, 2}, {1, 2}, {1, 99}};
    const GraphLayout layout = LayeredLayout::compute(input);
    QCOMPARE(layout.edges.size(), 3); // less the self-loop, the repeat and the unknown node
    const GraphLayout::Edge &back = layout.edges.at(2);
    QCOMPARE(back.from, 3);
    QCOMPARE(back.points.first().x(), layout.node(3)->rect.left()); // drawn right to left
}

void TestLayeredLayout::lonersArePackedInRows()
{
    GraphLayoutInput input;
    for (qint64 id = 1; id <= 40; ++id)
        input.nodes.append({id, QSizeF(184, 48), Kind::Task});
    for (qint64 id = 1; id < 10; ++id)
        input.edges.append({id, id + 1}); // a chain of ten, and thirty without edges
    const GraphLayout layout = LayeredLayout::compute(input);
    const qreal chainBottom = layout.node(1)->rect.bottom();
    int rows = 0;
    QSet<qreal> tops;
    for (qint64 id = 11; id <= 40; ++id) {
        QVERIFY(layout.node(id)->rect.top() > chainBottom);
        QVERIFY(layout.node(id)->rect.right() <= layout.bounds.right());
        tops.insert(layout.node(id)->rect.top());
    }
    rows = int(tops.size());
    QVERIFY2(rows <= 4, qPrintable(QString::number(rows))); // ten columns wide: three rows
    for (qsizetype i = 0; i < layout.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < layout.nodes.size(); ++j)
            QVERIFY(!layout.nodes.at(i).rect.intersects(layout.nodes.at(j).rect));
    }
}

void TestLayeredLayout::crossingsCountedAsByHand()
{
    GraphLayout layout;
    layout.layerX = {0, 100};
    for (qint64 id : {1, 2, 3, 4})
        layout.nodes.append(
            {id, QRectF(id <= 2 ? -10 : 90, id % 2 ? 0 : 50, 20, 20), id <= 2 ? 0 : 1, Kind::Task});
    layout.reindex();
    auto line = [](QPointF a, QPointF b) {
        return QList<QPointF>{a, a + (b - a) / 3, a + (b - a) * 2 / 3, b};
    };
    layout.edges = {{1, 4, line({10, 10}, {90, 60})}, {2, 3, line({10, 60}, {90, 10})}};
    QCOMPARE(layout.crossings(), 1);
    layout.edges = {{1, 3, line({10, 10}, {90, 10})}, {2, 4, line({10, 60}, {90, 60})}};
    QCOMPARE(layout.crossings(), 0);
}

void TestLayeredLayout::relayoutIsStable()
{
    GraphLayoutInput input = generated(200, 11);
    const GraphLayout before = LayeredLayout::compute(input);
    // An edit: one more dependency between two tasks far apart, and one new task.
    input.edges.append({3, 150});
    input.nodes.append({1000, QSizeF(184, 48), Kind::Task});
    input.edges.append({5, 1000});
    for (const GraphLayout::Node &node : before.nodes)
        input.previous.insert(node.id, node.rect.center());
    const GraphLayout after = LayeredLayout::compute(input);
    QList<qreal> moves;
    for (const GraphLayout::Node &node : before.nodes)
        moves << std::abs(after.node(node.id)->rect.center().y() - node.rect.center().y());
    std::sort(moves.begin(), moves.end());
    const qreal median = moves.at(moves.size() / 2);
    const qreal ninetieth = moves.at(moves.size() * 9 / 10);
    QVERIFY2(median < 48, qPrintable(QString::number(median)));
    QVERIFY2(ninetieth < 4 * 48, qPrintable(QString::number(ninetieth)));
    // Without the previous drawing the same edit reshuffles far more.
    input.previous.clear();
    const GraphLayout fresh = LayeredLayout::compute(input);
    QList<qreal> freshMoves;
    for (const GraphLayout::Node &node : before.nodes)
        freshMoves << std::abs(fresh.node(node.id)->rect.center().y() - node.rect.center().y());
    std::sort(freshMoves.begin(), freshMoves.end());
    QVERIFY(freshMoves.at(freshMoves.size() / 2) >= median);
}

void TestLayeredLayout::scopeFocusModes_data()
{
    QTest::addColumn<int>("focus");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("upstream") << int(GraphLayoutScope::Focus::Upstream) << QStringLiteral("API-004")
                              << QStringList{QStringLiteral("API-001"), QStringLiteral("API-004"),
                                             QStringLiteral("PERSIST-001"),
                                             QStringLiteral("PERSIST-002")};
    QTest::newRow("downstream") << int(GraphLayoutScope::Focus::Downstream)
                                << QStringLiteral("SEC-001")
                                << QStringList{QStringLiteral("DOCS-004"),
                                               QStringLiteral("PERSIST-003"),
                                               QStringLiteral("SEC-001"), QStringLiteral("SEC-002"),
                                               QStringLiteral("SEC-003")};
    QTest::newRow("critical") << int(GraphLayoutScope::Focus::Critical) << QStringLiteral("")
                              << QStringList{QStringLiteral("OPS-003"), QStringLiteral("SEC-001")};
    QTest::newRow("nothing selected")
        << int(GraphLayoutScope::Focus::Upstream) << QString() << QStringList{};
}

void TestLayeredLayout::scopeFocusModes()
{
    QFETCH(int, focus);
    QFETCH(QString, anchor);
    QFETCH(QStringList, expected);
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    GraphLayoutScope scope(*project);
    scope.setFocus(GraphLayoutScope::Focus(focus));
    if (!anchor.isEmpty())
        scope.setAnchors({idOf(*project, anchor)});
    scope.setCritical({idOf(*project, "SEC-001"), idOf(*project, "OPS-003")});
    QCOMPARE(CandorTest::keysOf(*project, scope.tasks()), expected);
}

void TestLayeredLayout::scopeFilterAndMilestones()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    GraphLayoutScope scope(*project);
    const QList<qint64> all = scope.tasks();
    QCOMPARE(all.size(), project->tasks()->rowCount());

    scope.setFocus(GraphLayoutScope::Focus::Unfinished);
    for (qint64 id : scope.tasks())
        QVERIFY(project->tasks()->task(id)->status != Status::Done);

    TaskFilter filter;
    filter.setText(QStringLiteral("SEC-"));
    scope.setFocus(GraphLayoutScope::Focus::All);
    scope.setFilter(&filter);
    QCOMPARE(scope.tasks().size(), 5);

    // Security audit is gated by SEC-001, SEC-002, SEC-005 and DOCS-004: only the ends of the
    // chains (SEC-005, DOCS-004) get an edge to its diamond; SEC-002 leads there via DOCS-004.
    scope.setFilter(nullptr);
    const GraphLayoutInput input = scope.input(all);
    const qint64 audit = GraphLayoutScope::milestoneNode(
        CandorTest::milestoneId(*project, QStringLiteral("Security audit")));
    QStringList gates;
    for (const auto &[from, to] : input.edges) {
        if (to == audit)
            gates << project->tasks()->keyOf(from);
    }
    gates.sort();
    QCOMPARE(gates, (QStringList{QStringLiteral("DOCS-004"), QStringLiteral("SEC-005")}));
    const GraphLayout layout = LayeredLayout::compute(input);
    const GraphLayout::Node *diamond = layout.node(audit);
    QVERIFY(diamond);
    QCOMPARE(diamond->kind, Kind::Milestone);
    QVERIFY(diamond->layer > layout.node(idOf(*project, "DOCS-004"))->layer);
}

QTEST_GUILESS_MAIN(TestLayeredLayout)
#include "tst_layeredlayout.moc"
