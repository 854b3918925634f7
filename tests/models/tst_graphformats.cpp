// SPDX-License-Identifier: MIT
#include "graph/dotformat.h"
#include "graph/keyedgraph.h"
#include "graph/layoutjson.h"
#include "graph/mermaidformat.h"
#include "testproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Candor;

using Pairs = QList<QPair<QString, QString>>;

namespace {

Pairs pairs(std::initializer_list<std::pair<const char *, const char *>> list)
{
    Pairs result;
    for (const auto &[a, b] : list)
        result.append({QString::fromUtf8(a), QString::fromUtf8(b)});
    return result;
}

KeyedGraph::Node node(const char *key, const char *title)
{
    return {QString::fromUtf8(key), QString::fromUtf8(title)};
}

KeyedGraph awkward()
{
    KeyedGraph graph;
    graph.nodes = {{QStringLiteral("SEC-001"), QStringLiteral("Encrypt \"at rest\" #1")},
                   {QStringLiteral("back\\slash"), QStringLiteral("Two\nlines")},
                   {QStringLiteral("Ünïcode-é"), QStringLiteral("Ça marche ✓")},
                   {QStringLiteral("end"), QStringLiteral("A reserved word in mermaid")},
                   {QStringLiteral("k_41"), QStringLiteral("Looks like an encoded id")},
                   {QStringLiteral("OPS-2.1"), QStringLiteral("[brackets] {braces} (parens)")},
                   {QStringLiteral("with space"), QStringLiteral("a -> b; c --> d")}};
    graph.dependencies = {{QStringLiteral("back\\slash"), QStringLiteral("SEC-001")},
                          {QStringLiteral("Ünïcode-é"), QStringLiteral("back\\slash")},
                          {QStringLiteral("end"), QStringLiteral("SEC-001")},
                          {QStringLiteral("k_41"), QStringLiteral("end")},
                          {QStringLiteral("with space"), QStringLiteral("OPS-2.1")},
                          {QStringLiteral("OPS-2.1"), QStringLiteral("Ünïcode-é")}};
    return graph;
}

} // namespace

// DOT, mermaid and layout JSON: written from a project, read back as dependencies.
class TestGraphFormats final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void demoProjectRoundTrip();
    void dotReadsWhatPeopleWrite();
    void dotErrors_data();
    void dotErrors();
    void mermaidReadsWhatPeopleWrite();
    void mermaidErrors();
    void mermaidIds();
    void layoutJson();
};

void TestGraphFormats::roundTrip_data()
{
    QTest::addColumn<bool>("dot");
    QTest::newRow("dot") << true;
    QTest::newRow("mermaid") << false;
}

void TestGraphFormats::roundTrip()
{
    QFETCH(bool, dot);
    const KeyedGraph graph = awkward();
    const QByteArray text = dot ? DotFormat::write(graph) : MermaidFormat::write(graph);
    const KeyedGraphRead read = dot ? DotFormat::read(text) : MermaidFormat::read(text);
    QVERIFY2(read.ok(), qPrintable(read.error + QLatin1Char('\n') + QString::fromUtf8(text)));
    QCOMPARE(read.graph.nodes, graph.nodes);
    QCOMPARE(read.graph.dependencies, graph.dependencies);
}

void TestGraphFormats::demoProjectRoundTrip()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const KeyedGraph graph = KeyedGraph::fromProject(*project);
    QCOMPARE(graph.nodes.size(), project->tasks()->rowCount());
    QCOMPARE(graph.dependencies.size(), project->dependencies().edgeCount());
    for (const KeyedGraphRead &read : {DotFormat::read(DotFormat::write(graph, project->name())),
                                       MermaidFormat::read(MermaidFormat::write(graph))}) {
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.graph.dependencies, graph.dependencies);
    }
    QVERIFY(DotFormat::write(graph).contains("\"SEC-001\" -> \"SEC-002\";"));
    QVERIFY(MermaidFormat::write(graph).contains("SEC-001 --> SEC-002\n"));
}

void TestGraphFormats::dotReadsWhatPeopleWrite()
{
    const QByteArray text = R"(/* a plan */
strict digraph "Road" {
  graph [rankdir=LR]; node [shape=box]
  // prerequisites first
  a [label="Start" color=red]; b; c
  a -> b -> c [color=blue]
  # a preprocessor line
  {d e} -> f
  subgraph cluster_x { label = "x"; g -> h }
  i:port:e -> j:w
  "long"+" name" -> a
  k [label=<<b>bold</b>>]
}
)";
    const KeyedGraphRead read = DotFormat::read(text);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.graph.dependencies, pairs({{"b", "a"},
                                             {"c", "b"},
                                             {"f", "d"},
                                             {"f", "e"},
                                             {"h", "g"},
                                             {"j", "i"},
                                             {"a", "long name"}}));
    QCOMPARE(read.graph.nodes.first(), node("a", "Start"));
    QCOMPARE(read.graph.nodes.last(), node("k", "<b>bold</b>"));
}

void TestGraphFormats::dotErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("not a graph") << QByteArray("flowchart LR\n a --> b") << 1;
    QTest::newRow("dangling edge") << QByteArray("digraph {\n a ->\n}") << 3;
    QTest::newRow("unclosed") << QByteArray("digraph {\n a -> b") << 2;
    QTest::newRow("unclosed string") << QByteArray("digraph {\n \"a -> b }") << 2;
    QTest::newRow("attribute without value") << QByteArray("digraph {\n a [label=]\n}") << 2;
}

void TestGraphFormats::dotErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const KeyedGraphRead read = DotFormat::read(text);
    QVERIFY(!read.ok());
    QCOMPARE(read.line, line);
}

void TestGraphFormats::mermaidReadsWhatPeopleWrite()
{
    const QByteArray text = R"(%% from a README
graph TD
    A[Start] --> B{Is it ready?}
    B -->|Yes| C((Ship)) & D([Announce])
    B -- not yet --> E>Wait]
    C -.-> F[("Archive #quot;v1#quot;")]
    subgraph later
      F ==> G
    end
    classDef done fill:#9f6
    class A done
    G --- H; H --o I
)";
    const KeyedGraphRead read = MermaidFormat::read(text);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.graph.dependencies, pairs({{"B", "A"},
                                             {"C", "B"},
                                             {"D", "B"},
                                             {"E", "B"},
                                             {"F", "C"},
                                             {"G", "F"},
                                             {"H", "G"},
                                             {"I", "H"}}));
    QCOMPARE(read.graph.nodes.at(1), node("B", "Is it ready?"));
    QCOMPARE(read.graph.nodes.at(5), node("F", "Archive \"v1\""));
}

void TestGraphFormats::mermaidErrors()
{
    KeyedGraphRead read = MermaidFormat::read("digraph { a -> b }");
    QVERIFY(!read.ok());
    QCOMPARE(read.line, 1);
    read = MermaidFormat::read("flowchart LR\n  a --> b\n  b ?? c\n");
    QVERIFY(!read.ok());
    QCOMPARE(read.line, 3);
}

void TestGraphFormats::mermaidIds()
{
    QCOMPARE(MermaidFormat::idFor(QStringLiteral("SEC-001")), QStringLiteral("SEC-001"));
    QCOMPARE(MermaidFormat::idFor(QStringLiteral("end")), QStringLiteral("k_656e64"));
    for (const QString &key : {QStringLiteral("a b"), QStringLiteral("k_x"), QStringLiteral("é")})
        QCOMPARE(MermaidFormat::keyFor(MermaidFormat::idFor(key)), key);
}

void TestGraphFormats::layoutJson()
{
    auto project = CandorTest::demoProject();
    QVERIFY(project);
    const QByteArray json = LayoutJson::write(*project);
    const QJsonObject document = QJsonDocument::fromJson(json).object();
    const QJsonArray nodes = document.value(QLatin1String("nodes")).toArray();
    QCOMPARE(nodes.size(), project->tasks()->rowCount() + 3); // and three milestones
    QSet<QString> keys;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        keys.insert(node.value(QLatin1String("key")).toString());
        for (const char *field : {"x", "y", "width", "height", "layer"})
            QVERIFY(node.value(QLatin1String(field)).isDouble());
    }
    QVERIFY(keys.contains(QStringLiteral("Production launch")));
    for (const QJsonValue &value : document.value(QLatin1String("edges")).toArray()) {
        const QJsonObject edge = value.toObject();
        QVERIFY(keys.contains(edge.value(QLatin1String("from")).toString()));
        QVERIFY(keys.contains(edge.value(QLatin1String("to")).toString()));
        const QJsonArray points = edge.value(QLatin1String("points")).toArray();
        QVERIFY(points.size() >= 4);
        QCOMPARE(points.first().toArray().size(), 2);
    }
    const KeyedGraphRead read = LayoutJson::read(json);
    QVERIFY(read.ok());
    Pairs expected = KeyedGraph::fromProject(*project).dependencies;
    Pairs actual = read.graph.dependencies;
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, expected);
    QVERIFY(!LayoutJson::read("{ not json").ok());
}

QTEST_GUILESS_MAIN(TestGraphFormats)
#include "tst_graphformats.moc"
