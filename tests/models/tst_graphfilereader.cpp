// SPDX-License-Identifier: MIT
// Dependency graphs (DOT, mermaid) read back as tasks and dependencies: recognising them, what
// a node and an edge become, bad input, and a project's graph round-tripped into a fresh one.
#include "commands/importcommand.h"
#include "graph/dotformat.h"
#include "graph/keyedgraph.h"
#include "graph/mermaidformat.h"
#include "io/graph/graphfilereader.h"
#include "io/importplan.h"
#include "io/importreader.h"
#include "testproject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

using Format = GraphFileReader::Format;
using Edges = QList<QPair<QString, QString>>;

Q_DECLARE_METATYPE(GraphFileReader::Format)

namespace {

// (task, depends on) of a project, by key, sorted: what a round trip must keep.
Edges edgesOf(const Project &project)
{
    Edges edges = KeyedGraph::fromProject(project).dependencies;
    std::sort(edges.begin(), edges.end());
    return edges;
}

const ImportedTask *taskIn(const ImportBatch &batch, const char *key)
{
    for (const ImportedTask &task : batch.tasks) {
        if (task.key == QLatin1String(key))
            return &task;
    }
    return nullptr;
}

// Two tasks, "a" (Alpha) and "b" (Beta), without dependencies.
std::unique_ptr<Project> alphaBeta()
{
    auto project = emptyProject();
    if (!project)
        return nullptr;
    QList<TaskRecord> records(2);
    records[0].task.key = QStringLiteral("a");
    records[0].task.title = QStringLiteral("Alpha");
    records[1].task.key = QStringLiteral("b");
    records[1].task.title = QStringLiteral("Beta");
    if (!project->insertTasks(records).ok())
        return nullptr;
    return project;
}

} // namespace

class TestGraphFileReader final : public QObject
{
    Q_OBJECT
private slots:
    void sniff_data();
    void sniff();
    void nodesAndEdges_data();
    void nodesAndEdges();
    void badInput_data();
    void badInput();
    void chosenByNameOrContent_data();
    void chosenByNameOrContent();
    void canReadSniffsUnknownFiles();
    void roundTripIntoFreshProject_data();
    void roundTripIntoFreshProject();
    void existingKeysAreLinked();
};

void TestGraphFileReader::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<Format>("format");
    QTest::newRow("digraph") << QByteArray("digraph G {\n a -> b\n}") << Format::Dot;
    QTest::newRow("strict, after comments")
        << QByteArray("\xef\xbb\xbf// plan\n/* two\nlines */\n# cpp\n\nstrict digraph { }")
        << Format::Dot;
    QTest::newRow("undirected graph") << QByteArray("graph deps {\n a -- b }") << Format::Dot;
    QTest::newRow("graph NAME, brace below") << QByteArray("graph deps\n{\n}") << Format::Dot;
    QTest::newRow("flowchart") << QByteArray("flowchart LR\n  a --> b") << Format::Mermaid;
    QTest::newRow("graph TD") << QByteArray("%% note\ngraph TD;\n  a --> b") << Format::Mermaid;
    QTest::newRow("front matter") << QByteArray("---\ntitle: Plan\n---\nflowchart TB\n a --> b")
                                  << Format::Mermaid;
    QTest::newRow("markdown") << QByteArray("# Tracker\n\n- [ ] SEC-001 Do it") << Format::None;
    QTest::newRow("gantt") << QByteArray("gantt\n  title Plan") << Format::None;
    QTest::newRow("empty") << QByteArray() << Format::None;
}

void TestGraphFileReader::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(Format, format);
    QCOMPARE(GraphFileReader::sniff(head), format);
}

void TestGraphFileReader::nodesAndEdges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Format>("format");
    // DOT wants ids with a dash quoted (bare, SEC-1 is SEC and the number -1).
    QTest::newRow("dot") << QByteArray("digraph {\n  \"SEC-1\" [label=\"Encrypt\"];\n"
                                       "  \"SEC-1\" -> \"SEC-2\" -> \"OPS-3\";\n"
                                       "  \"SEC-1\" -> \"OPS-3\";\n}\n")
                         << Format::Dot;
    QTest::newRow("mermaid") << QByteArray("flowchart LR\n  SEC-1[\"Encrypt\"]\n"
                                           "  SEC-1 --> SEC-2 --> OPS-3\n  SEC-1 --> OPS-3\n")
                             << Format::Mermaid;
}

void TestGraphFileReader::nodesAndEdges()
{
    QFETCH(QByteArray, text);
    QFETCH(Format, format);
    const ImportBatch batch = GraphFileReader::read(text, QStringLiteral("plan"), format);
    QVERIFY(batch.warnings.isEmpty());
    QCOMPARE(batch.tasks.size(), 3);
    const ImportedTask *encrypt = taskIn(batch, "SEC-1");
    const ImportedTask *second = taskIn(batch, "SEC-2");
    const ImportedTask *last = taskIn(batch, "OPS-3");
    QVERIFY(encrypt && second && last);
    QCOMPARE(encrypt->title, QStringLiteral("Encrypt"));
    QVERIFY(!encrypt->titleFromKey);
    QCOMPARE(second->title, QStringLiteral("SEC-2")); // no label: the key stands in
    QVERIFY(second->titleFromKey);
    QVERIFY(encrypt->dependsOn.isEmpty());
    QCOMPARE(second->dependsOn, QStringList{QStringLiteral("SEC-1")});
    QStringList before = last->dependsOn;
    before.sort();
    QCOMPARE(before, (QStringList{QStringLiteral("SEC-1"), QStringLiteral("SEC-2")}));
    QCOMPARE(batch.notes.size(), 1);
    QVERIFY2(batch.notes.first().contains(QLatin1String("3 tasks, 3 dependencies")),
             qPrintable(batch.notes.first()));
}

void TestGraphFileReader::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("line");
    QTest::newRow("dot: brace not closed")
        << QByteArray("digraph {\n a -> b;\n c -> d\n") << Format::Dot << 4;
    QTest::newRow("dot: string not closed")
        << QByteArray("digraph {\n a [label=\"open\n b -> c }") << Format::Dot << 2;
    QTest::newRow("dot: edge to nothing")
        << QByteArray("digraph {\n a -> ;\n}") << Format::Dot << 2;
    QTest::newRow("dot: not a graph") << QByteArray("hello") << Format::Dot << 1;
    QTest::newRow("dot: binary") << QByteArray("digraph {\x01\x02\xff\xfe }") << Format::Dot << 1;
    QTest::newRow("mermaid: no header") << QByteArray("a --> b") << Format::Mermaid << 1;
    QTest::newRow("mermaid: dangling link")
        << QByteArray("flowchart LR\n  a --> b\n  b -->\n") << Format::Mermaid << 3;
    QTest::newRow("neither") << QByteArray("digraph {}") << Format::None << 0;
}

// A graph that does not parse imports nothing, and says where and why.
void TestGraphFileReader::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(Format, format);
    QFETCH(int, line);
    const ImportBatch batch = GraphFileReader::read(text, QStringLiteral("bad.gv"), format);
    QVERIFY(batch.tasks.isEmpty());
    QCOMPARE(batch.warnings.size(), 1);
    QCOMPARE(batch.warnings.first().file, QStringLiteral("bad.gv"));
    QCOMPARE(batch.warnings.first().line, line);
    QVERIFY(!batch.warnings.first().message.isEmpty());
    if (format != Format::None)
        QVERIFY2(batch.warnings.first().message.contains(QLatin1String("nothing was imported")),
                 qPrintable(batch.warnings.first().message));
}

void TestGraphFileReader::chosenByNameOrContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("tasks");
    const QByteArray dot("digraph { a -> b }");
    const QByteArray mermaid("flowchart LR\n a --> b\n");
    QTest::newRow(".dot") << QStringLiteral("plan.dot") << dot << 2;
    QTest::newRow(".gv") << QStringLiteral("plan.GV") << dot << 2;
    QTest::newRow(".mmd") << QStringLiteral("plan.mmd") << mermaid << 2;
    QTest::newRow(".txt holding DOT") << QStringLiteral("plan.txt") << dot << 2;
    QTest::newRow(".txt holding mermaid") << QStringLiteral("plan.txt") << mermaid << 2;
    QTest::newRow("no suffix holding DOT") << QStringLiteral("plan") << dot << 2;
    QTest::newRow(".txt tracker stays Markdown")
        << QStringLiteral("plan.txt") << QByteArray("# Plan\n\n- [ ] SEC-001 Encrypt\n") << 1;
    QTest::newRow("no suffix, not a graph") << QStringLiteral("plan") << QByteArray("hello") << 0;
}

void TestGraphFileReader::chosenByNameOrContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(int, tasks);
    const ImportBatch batch = ImportReader::readBytes(bytes, fileName);
    QCOMPARE(batch.tasks.size(), tasks);
    if (tasks == 2)
        QCOMPARE(taskIn(batch, "b")->dependsOn, QStringList{QStringLiteral("a")});
}

void TestGraphFileReader::canReadSniffsUnknownFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return file.fileName();
    };
    QVERIFY(ImportReader::canRead(write("plan.gv", "digraph { a -> b }")));
    QVERIFY(ImportReader::canRead(write("plan", "flowchart LR\n a --> b")));
    QVERIFY(ImportReader::canRead(write("Graphfile", "strict digraph { a -> b }")));
    QVERIFY(!ImportReader::canRead(write("notes", "a --> b")));
    QVERIFY(!ImportReader::canRead(dir.filePath(QStringLiteral("missing"))));
}

void TestGraphFileReader::roundTripIntoFreshProject_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("dot") << QStringLiteral("demo.dot");
    QTest::newRow("mermaid") << QStringLiteral("demo.mmd");
}

// The demo's graph, exported and imported into an empty project, has the same edges, keys and
// titles.
void TestGraphFileReader::roundTripIntoFreshProject()
{
    QFETCH(QString, fileName);
    const auto demo = demoProject();
    QVERIFY(demo);
    const KeyedGraph graph = KeyedGraph::fromProject(*demo);
    const QByteArray text = fileName.endsWith(QLatin1String(".dot"))
                                ? DotFormat::write(graph, demo->name())
                                : MermaidFormat::write(graph);
    const auto fresh = emptyProject();
    QVERIFY(fresh);
    const ImportPlan plan = ImportPlanner::plan(*fresh, ImportReader::readBytes(text, fileName));
    QVERIFY(plan.warnings.isEmpty());
    QCOMPARE(plan.created.size(), demo->tasks()->rowCount());
    fresh->undoStack()->push(new ImportCommand(fresh.get(), plan));
    QCOMPARE(fresh->tasks()->rowCount(), demo->tasks()->rowCount());
    QVERIFY(!edgesOf(*demo).isEmpty());
    QCOMPARE(edgesOf(*fresh), edgesOf(*demo));
    for (const Task &task : demo->tasks()->tasks())
        QCOMPARE(fresh->tasks()->task(idOf(*fresh, task.key))->title, task.title);
}

// Keys the project has are linked, not created again; a node without a label keeps the task's
// title, a label that differs renames it (as any import does).
void TestGraphFileReader::existingKeysAreLinked()
{
    auto project = alphaBeta();
    QVERIFY(project);
    const ImportBatch batch = ImportReader::readBytes(
        "digraph { a -> b; c [label=\"Gamma\"]; b -> c; a [label=\"Alpha, renamed\"] }",
        QStringLiteral("links.dot"));
    const ImportPlan plan = ImportPlanner::plan(*project, batch);
    QVERIFY(plan.warnings.isEmpty());
    QCOMPARE(plan.created.size(), 1);
    QCOMPARE(plan.created.first().key, QStringLiteral("c"));
    QCOMPARE(plan.unchanged, QStringList{QStringLiteral("b")});
    QCOMPARE(plan.updated.size(), 1);
    QCOMPARE(plan.updated.first().key, QStringLiteral("a"));
    project->undoStack()->push(new ImportCommand(project.get(), plan));
    QCOMPARE(project->tasks()->rowCount(), 3);
    QCOMPARE(taskOf(*project, "a")->title, QStringLiteral("Alpha, renamed"));
    QCOMPARE(taskOf(*project, "b")->title, QStringLiteral("Beta"));
    QCOMPARE(taskOf(*project, "c")->title, QStringLiteral("Gamma"));
    QCOMPARE(edgesOf(*project), (Edges{{QStringLiteral("b"), QStringLiteral("a")},
                                       {QStringLiteral("c"), QStringLiteral("b")}}));
    // Importing the same graph again changes nothing.
    QVERIFY(ImportPlanner::plan(*project, batch).changesNothing());
}

QTEST_GUILESS_MAIN(TestGraphFileReader)
#include "tst_graphfilereader.moc"
