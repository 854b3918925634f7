// SPDX-License-Identifier: MIT
// The command line's graph files: `export --format dot|mermaid|layout`, and those graphs imported
// back as dependencies, on the hand-worked chain project and a generated one.
#include "chainproject.h"
#include "graph/dotformat.h"
#include "graph/mermaidformat.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Candor;
using namespace CandorTest;

namespace {

using Edges = QList<QPair<QString, QString>>;

Edges sorted(Edges edges)
{
    std::sort(edges.begin(), edges.end());
    return edges;
}

} // namespace

class TestCliGraph final : public QObject, private ChainCli
{
    Q_OBJECT
private slots:
    void initTestCase();

    void exportDot();
    void exportMermaid();
    void exportLayout();
    void graphRoundTrip_data();
    void graphRoundTrip();
    void importGraphLinksExistingTasks();
    void importMalformedGraph();
    void helpNamesTheFormats();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
};

void TestCliGraph::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString error = setUpChain();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString TestCliGraph::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestCliGraph::exportDot()
{
    const Run result = exported(QStringLiteral("dot"), chain());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.startsWith("digraph \"Chain\" {"));
    QVERIFY(result.out.contains("  \"A\" [label=\"Task A\"];\n"));
    QVERIFY(result.out.contains("  \"A\" -> \"B\";\n")); // from the prerequisite
    const KeyedGraphRead read = DotFormat::read(result.out);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.graph.nodes.size(), 6);
    QCOMPARE(sorted(read.graph.dependencies), (Edges{{QStringLiteral("B"), QStringLiteral("A")},
                                                     {QStringLiteral("E"), QStringLiteral("D")}}));
}

void TestCliGraph::exportMermaid()
{
    const Run result = exported(QStringLiteral("mermaid"), chain());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("flowchart LR\n"));
    QVERIFY(result.out.contains("    A[\"Task A\"]\n"));
    QVERIFY(result.out.contains("    A --> B\n"));
    const KeyedGraphRead read = MermaidFormat::read(result.out);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(sorted(read.graph.dependencies), (Edges{{QStringLiteral("B"), QStringLiteral("A")},
                                                     {QStringLiteral("E"), QStringLiteral("D")}}));
}

void TestCliGraph::exportLayout()
{
    const Run result = exported(QStringLiteral("layout"), chain());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject layout = jsonObjectOf(result.out);
    const QJsonArray nodes = layout.value(QStringLiteral("nodes")).toArray();
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        for (const char *field : {"key", "x", "y", "width", "height", "layer"})
            QVERIFY2(node.contains(QLatin1String(field)), field);
        QVERIFY(node.value(QStringLiteral("width")).toDouble() > 0);
        byKey.insert(node.value(QStringLiteral("key")).toString(), node);
    }
    for (const char *key : {"A", "B", "C", "D", "E", "F"})
        QVERIFY2(byKey.contains(QLatin1String(key)), key);
    const auto layer = [&byKey](const char *key) {
        return byKey.value(QLatin1String(key)).value(QStringLiteral("layer")).toInt();
    };
    QVERIFY(layer("B") > layer("A"));
    QVERIFY(layer("E") > layer("D"));
    bool found = false;
    for (const QJsonValue &value : layout.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject edge = value.toObject();
        if (edge.value(QStringLiteral("from")).toString() == QLatin1String("A") &&
            edge.value(QStringLiteral("to")).toString() == QLatin1String("B")) {
            found = true;
            const QJsonArray points = edge.value(QStringLiteral("points")).toArray();
            QVERIFY(points.size() >= 4); // a start, then controls and an end per segment
            QCOMPARE(points.first().toArray().size(), 2);
        }
    }
    QVERIFY(found);
}

void TestCliGraph::graphRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("dot") << QStringLiteral("dot") << QStringLiteral("dot");
    QTest::newRow("mermaid") << QStringLiteral("mermaid") << QStringLiteral("mmd");
}

// A generated project's graph, exported, imported into a new project and exported again, has
// the same tasks and edges.
void TestCliGraph::graphRoundTrip()
{
    QFETCH(QString, format);
    QFETCH(QString, suffix);
    const QString generated = m_dir.filePath(QStringLiteral("generated-%1.candor").arg(format));
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--tasks"), QStringLiteral("150"),
                  QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("-o"), generated})
                 .exitCode,
             0);
    const Run first = exported(format, generated);
    QCOMPARE(first.exitCode, 0);
    const QString file = write(QStringLiteral("graph.%1").arg(suffix), first.out);
    const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.candor").arg(format));
    const Run imported = run({QStringLiteral("import"), file, QStringLiteral("--project"), fresh});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains("created:   150"), imported.out.constData());
    QVERIFY2(imported.out.contains("warnings:  0"), imported.out.constData());
    const Run second = exported(format, fresh);
    QCOMPARE(second.exitCode, 0);
    const auto read = [&format](const QByteArray &text) {
        return format == QLatin1String("dot") ? DotFormat::read(text) : MermaidFormat::read(text);
    };
    const KeyedGraphRead before = read(first.out);
    const KeyedGraphRead after = read(second.out);
    QVERIFY(before.ok() && after.ok());
    QVERIFY(before.graph.dependencies.size() > 50);
    QCOMPARE(sorted(after.graph.dependencies), sorted(before.graph.dependencies));
    QCOMPARE(after.graph.nodes, before.graph.nodes); // keys and titles, in the same order
}

void TestCliGraph::importGraphLinksExistingTasks()
{
    const QString copy = m_dir.filePath(QStringLiteral("linked.candor"));
    QVERIFY(QFile::copy(chain(), copy));
    const QString file =
        write(QStringLiteral("links.gv"), "digraph { C -> E; F -> E; G [label=\"New\"]; E -> G }");
    const Run result = run({QStringLiteral("import"), file, QStringLiteral("--project"), copy});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("created:   1"), result.out.constData());
    QVERIFY2(result.out.contains("unchanged: 3"), result.out.constData()); // titles kept
    const QJsonArray tasks = jsonObjectOf(exported(QStringLiteral("json"), copy).out)
                                 .value(QStringLiteral("tasks"))
                                 .toArray();
    QCOMPARE(tasks.size(), 7);
    const QJsonObject e = byName(tasks, QStringLiteral("key"), QStringLiteral("E"));
    QCOMPARE(e.value(QStringLiteral("title")).toString(), QStringLiteral("Task E"));
    QStringList dependsOn = strings(e.value(QStringLiteral("depends_on")));
    dependsOn.sort();
    QCOMPARE(dependsOn,
             (QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("F")}));
    const QJsonObject g = byName(tasks, QStringLiteral("key"), QStringLiteral("G"));
    QCOMPARE(g.value(QStringLiteral("title")).toString(), QStringLiteral("New"));
    QCOMPARE(strings(g.value(QStringLiteral("depends_on"))), QStringList{QStringLiteral("E")});
}

// A graph that does not parse is reported with its line, and nothing is imported.
void TestCliGraph::importMalformedGraph()
{
    const QString copy = m_dir.filePath(QStringLiteral("untouched.candor"));
    QVERIFY(QFile::copy(chain(), copy));
    const QString file = write(QStringLiteral("bad.dot"), "digraph {\n  A -> B;\n  B -> \n}\n");
    const Run result = run({QStringLiteral("import"), file, QStringLiteral("--project"), copy});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("/bad.dot:4: Not a readable Graphviz DOT graph: Expected a node"),
             result.out.constData());
    QVERIFY(result.out.contains("created:   0"));
    QCOMPARE(jsonObjectOf(exported(QStringLiteral("json"), copy).out)
                 .value(QStringLiteral("tasks"))
                 .toArray()
                 .size(),
             6);
}

void TestCliGraph::helpNamesTheFormats()
{
    const Run help = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"dot", "mermaid", "layout", "--date"})
        QVERIFY2(help.out.contains(word), word);
    const Run forecast = run({QStringLiteral("forecast"), QStringLiteral("--help")});
    QCOMPARE(forecast.exitCode, 0);
    for (const char *word : {"--runs", "--seed", "--date", "--format", "--project"})
        QVERIFY2(forecast.out.contains(word), word);
}

QTEST_GUILESS_MAIN(TestCliGraph)
#include "tst_cligraph.moc"
