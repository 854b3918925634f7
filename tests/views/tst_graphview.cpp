// SPDX-License-Identifier: MIT
#include "commands/dependencycommands.h"
#include "database/projectdatabase.h"
#include "demofixture.h"
#include "graph/graphedgeitem.h"
#include "graph/graphedgelayer.h"
#include "graph/graphminimap.h"
#include "graph/graphnodeitem.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "project/projectgenerator.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsItem>
#include <QImage>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>

using namespace Candor;
using Focus = GraphLayoutScope::Focus;

// Drives the graph page with QTest on the offscreen platform: selection both ways, drag to
// connect (and a refused cycle), edge delete, undo, focus modes, the filter, shortcuts, stable
// relayout and export.
class TestGraphView final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void drawsTasksMilestonesAndEdges();
    void clickSelectsBothWays();
    void doubleClickWantsInspector();
    void dragConnectsAndUndoes();
    void dragRefusesACycle();
    void edgeSelectAndDelete();
    void plainEdgesDrawnByTheLayer_data();
    void plainEdgesDrawnByTheLayer();
    void focusModes_data();
    void focusModes();
    void filterHidesTasks();
    void criticalStandsOut();
    void relayoutKeepsZoomAndPosition();
    void wheelZoomsAboutThePointer();
    void shortcutsDoNotClashWithTheWindow();
    void svgExportIsValid();
    void pngExport();
    void hugeProjectOffersFocus();
    void zoomPicksNodeDetailAndCache_data();
    void zoomPicksNodeDetailAndCache();
    void minimapLivesInTheViewport();

private:
    qint64 idOf(const char *key) const
    {
        return m_project->tasks()->idForKey(QString::fromLatin1(key));
    }
    GraphView *view() const { return m_page->view(); }
    GraphScene *scene() const { return m_page->scene(); }
    QPoint centreOf(const char *key) const;
    void send(QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons);
    void drag(const char *from, const char *to);
    int taskNodes() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskSelection> m_selection;
    std::unique_ptr<TaskFilterModel> m_filter;
    std::unique_ptr<QMainWindow> m_window;
    GraphPage *m_page = nullptr;
};

void TestGraphView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestGraphView::init()
{
    QString error;
    m_project = CandorTest::freshDemoProject(m_dir, &error);
    QVERIFY2(m_project, qPrintable(error));
    m_selection = std::make_unique<TaskSelection>();
    m_filter = std::make_unique<TaskFilterModel>(m_project->tasks());
    // In a window with its own Ctrl+1, as the main window has (the Table view).
    m_window = std::make_unique<QMainWindow>();
    m_page = new GraphPage(m_project.get(), m_selection.get(), m_filter.get());
    m_window->setCentralWidget(m_page);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page->relayout();
    view()->setFocus();
}

void TestGraphView::cleanup()
{
    m_window.reset();
    m_filter.reset();
    m_selection.reset();
    m_project.reset();
}

QPoint TestGraphView::centreOf(const char *key) const
{
    const GraphNodeItem *item = scene()->node(idOf(key));
    return item ? view()->mapFromScene(item->sceneBoundingRect().center()) : QPoint(-1, -1);
}

void TestGraphView::send(QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, view()->viewport()->mapToGlobal(pos),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(view()->viewport(), &event);
}

void TestGraphView::drag(const char *from, const char *to)
{
    const QPoint start = centreOf(from);
    const QPoint end = centreOf(to);
    send(QEvent::MouseButtonPress, start, Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(12, 4), Qt::LeftButton);
    send(QEvent::MouseMove, (start + end) / 2, Qt::LeftButton);
    send(QEvent::MouseMove, end, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, end, Qt::NoButton);
}

int TestGraphView::taskNodes() const
{
    int count = 0;
    for (const GraphLayout::Node &node : scene()->layout().nodes)
        count += node.kind == GraphLayoutInput::Kind::Task;
    return count;
}

void TestGraphView::drawsTasksMilestonesAndEdges()
{
    QCOMPARE(taskNodes(), m_project->tasks()->rowCount());
    QCOMPARE(scene()->layout().nodes.size(), taskNodes() + 3);
    int dependencies = 0;
    for (const GraphLayout::Edge &edge : scene()->layout().edges) {
        QVERIFY(scene()->edge(edge.from, edge.to));
        dependencies += !GraphLayoutScope::isMilestoneNode(edge.to);
    }
    QCOMPARE(dependencies, m_project->dependencies().edgeCount());
    const GraphNodeItem *blocked = scene()->node(idOf("PERSIST-003"));
    QVERIFY(blocked->look().blocked);
    QCOMPARE(scene()->node(idOf("API-001"))->look().verification, Verification::Verified);
    QVERIFY(m_page->notice().isEmpty());
}

void TestGraphView::clickSelectsBothWays()
{
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, centreOf("SEC-002"));
    QCOMPARE(m_selection->selected(), QList<qint64>{idOf("SEC-002")});
    QCOMPARE(m_selection->current(), idOf("SEC-002"));
    m_selection->select({idOf("OPS-001"), idOf("API-001")}, idOf("API-001"));
    QVERIFY(scene()->node(idOf("OPS-001"))->isSelected());
    QVERIFY(!scene()->node(idOf("SEC-002"))->isSelected());
    QCOMPARE(scene()->selectedTasks().size(), 2);
    // A click on the background clears it.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QVERIFY(m_selection->selected().isEmpty());
}

void TestGraphView::doubleClickWantsInspector()
{
    QSignalSpy inspector(m_page, &GraphPage::inspectorWanted);
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, centreOf("OPS-002"));
    QCOMPARE(inspector.count(), 1);
    QCOMPARE(m_selection->current(), idOf("OPS-002"));
}

void TestGraphView::dragConnectsAndUndoes()
{
    QSignalSpy messages(m_page, &GraphPage::message);
    QVERIFY(!m_project->dependencies().contains(idOf("DOCS-005"), idOf("OPS-004")));
    drag("OPS-004", "DOCS-005");
    QVERIFY(m_project->dependencies().contains(idOf("DOCS-005"), idOf("OPS-004")));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QTRY_VERIFY(scene()->edge(idOf("OPS-004"), idOf("DOCS-005")));
    m_project->undoStack()->undo();
    QVERIFY(!m_project->dependencies().contains(idOf("DOCS-005"), idOf("OPS-004")));
    QTRY_VERIFY(!scene()->edge(idOf("OPS-004"), idOf("DOCS-005")));
    m_project->undoStack()->redo();
    QTRY_VERIFY(scene()->edge(idOf("OPS-004"), idOf("DOCS-005")));
}

void TestGraphView::dragRefusesACycle()
{
    QSignalSpy messages(m_page, &GraphPage::message);
    drag("SEC-003", "SEC-001"); // SEC-003 already waits for SEC-001 through SEC-002
    QVERIFY(!m_project->dependencies().contains(idOf("SEC-001"), idOf("SEC-003")));
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(messages.count(), 1);
    const QString text = messages.first().first().toString();
    QVERIFY2(text.contains(QLatin1String("cycle")) && text.contains(QStringLiteral("SEC-002")),
             qPrintable(text));
    // A drop beside any node connects nothing.
    const QPoint start = centreOf("API-002");
    send(QEvent::MouseButtonPress, start, Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(20, 0), Qt::LeftButton);
    send(QEvent::MouseMove, QPoint(2, 2), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, QPoint(2, 2), Qt::NoButton);
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TestGraphView::edgeSelectAndDelete()
{
    const GraphEdgeItem *edge = scene()->edge(idOf("OPS-001"), idOf("OPS-003"));
    QVERIFY(edge);
    const QPoint onEdge = view()->mapFromScene(edge->path().pointAtPercent(0.5));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onEdge);
    QVERIFY(edge->isSelected());
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(!m_project->dependencies().contains(idOf("OPS-003"), idOf("OPS-001")));
    QTRY_VERIFY(!scene()->edge(idOf("OPS-001"), idOf("OPS-003")));
    m_project->undoStack()->undo();
    QVERIFY(m_project->dependencies().contains(idOf("OPS-003"), idOf("OPS-001")));
    QTRY_VERIFY(scene()->edge(idOf("OPS-001"), idOf("OPS-003")));
}

void TestGraphView::plainEdgesDrawnByTheLayer_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::newRow("far out: the raster") << 0.4;
    QTest::newRow("100 %: QPainter") << 1.0;
    QTest::newRow("close in: scaled pen") << 2.0;
}

void TestGraphView::plainEdgesDrawnByTheLayer()
{
    QFETCH(qreal, zoom);
    GraphEdgeItem *edge = scene()->edge(idOf("OPS-001"), idOf("OPS-003"));
    QVERIFY(edge);
    QVERIFY(edge->isPlain());
    QVERIFY(edge->flags() & QGraphicsItem::ItemHasNoContents); // the layer draws it
    QVERIFY(scene()->edgeLayer()->edgesNear(edge->boundingRect()).contains(edge));

    view()->setZoom(zoom);
    const QPointF middle = edge->line(zoom).at(edge->line(zoom).size() / 2);
    view()->centerOn(middle);
    QImage frame(view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const auto inkNear = [&](const QPoint &at) {
        frame.fill(Qt::white);
        view()->viewport()->render(&frame);
        int darkest = 255;
        for (int dy = -2; dy <= 2; ++dy) {
            for (int dx = -2; dx <= 2; ++dx) {
                if (frame.valid(at.x() + dx, at.y() + dy))
                    darkest = std::min(darkest, qGray(frame.pixel(at.x() + dx, at.y() + dy)));
            }
        }
        return darkest;
    };
    const QPoint device = view()->mapFromScene(middle);
    const int plain = inkNear(device);
    QVERIFY2(plain < 200, qPrintable(QString::number(plain))); // a line, not the white page

    // Selected, the item paints itself (thick, over the layer); deselected, the layer again.
    edge->setSelected(true);
    QVERIFY(!(edge->flags() & QGraphicsItem::ItemHasNoContents));
    QVERIFY(inkNear(device) < 200);
    edge->setSelected(false);
    QVERIFY(edge->flags() & QGraphicsItem::ItemHasNoContents);
    QCOMPARE(inkNear(device), plain);
}

void TestGraphView::focusModes_data()
{
    QTest::addColumn<int>("focus");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<int>("tasks");
    QTest::newRow("all") << int(Focus::All) << QString() << 25;
    QTest::newRow("upstream") << int(Focus::Upstream) << QStringLiteral("API-004") << 4;
    QTest::newRow("downstream") << int(Focus::Downstream) << QStringLiteral("SEC-001") << 5;
    QTest::newRow("unfinished") << int(Focus::Unfinished) << QString() << 15;
    QTest::newRow("critical, none yet") << int(Focus::Critical) << QString() << 0;
    QTest::newRow("upstream, nothing selected") << int(Focus::Upstream) << QString() << 0;
}

void TestGraphView::focusModes()
{
    QFETCH(int, focus);
    QFETCH(QString, selected);
    QFETCH(int, tasks);
    if (!selected.isEmpty())
        m_selection->select({m_project->tasks()->idForKey(selected)}, 0);
    m_page->setFocusMode(Focus(focus));
    QCOMPARE(m_page->focusChooser()->currentData().toInt(), focus);
    m_page->relayout();
    QCOMPARE(taskNodes(), tasks);
    QCOMPARE(m_page->notice().isEmpty(), tasks > 0);
    // The selection moving elsewhere re-centres an upstream or downstream focus.
    if (Focus(focus) == Focus::Downstream) {
        m_selection->select({idOf("OPS-003")}, idOf("OPS-003"));
        QTRY_COMPARE(taskNodes(), 3); // OPS-003, and OPS-004 and DOCS-002 that wait for it
    }
}

void TestGraphView::filterHidesTasks()
{
    TaskFilter filter;
    filter.statuses = {Status::Done};
    m_filter->setFilter(filter);
    QTRY_COMPARE(taskNodes(), 10);
    for (const GraphLayout::Node &node : scene()->layout().nodes) {
        if (node.kind == GraphLayoutInput::Kind::Task)
            QCOMPARE(m_project->tasks()->task(node.id)->status, Status::Done);
    }
}

void TestGraphView::criticalStandsOut()
{
    m_page->setCritical({idOf("SEC-001"), idOf("SEC-002")});
    m_page->relayout();
    QVERIFY(scene()->node(idOf("SEC-001"))->look().critical);
    QVERIFY(!scene()->node(idOf("OPS-001"))->look().critical);
    m_page->setFocusMode(Focus::Critical);
    m_page->relayout();
    QCOMPARE(taskNodes(), 2);
}

void TestGraphView::relayoutKeepsZoomAndPosition()
{
    view()->setZoom(1.6);
    m_selection->select({idOf("OPS-003")}, idOf("OPS-003"));
    view()->centerOn(scene()->node(idOf("OPS-003"))->sceneBoundingRect().center());
    const QPoint before = centreOf("OPS-003");
    m_project->undoStack()->push(new DependencyCommand(
        m_project.get(), DependencyCommand::Kind::Add, idOf("DOCS-005"), idOf("OPS-004")));
    QTRY_VERIFY(scene()->edge(idOf("OPS-004"), idOf("DOCS-005")));
    QCOMPARE(view()->zoom(), 1.6);
    QVERIFY2(
        (centreOf("OPS-003") - before).manhattanLength() <= 2,
        qPrintable(
            QStringLiteral("%1,%2").arg(centreOf("OPS-003").x()).arg(centreOf("OPS-003").y())));
}

void TestGraphView::wheelZoomsAboutThePointer()
{
    view()->setZoom(1);
    const QPoint at = centreOf("API-001");
    QWheelEvent wheel(at, view()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view()->viewport(), &wheel);
    QVERIFY(view()->zoom() > 1.2);
    QVERIFY((centreOf("API-001") - at).manhattanLength() <= 2);
}

void TestGraphView::shortcutsDoNotClashWithTheWindow()
{
    QAction table(QStringLiteral("Table"));
    table.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_window->addAction(&table);
    QSignalSpy tableWanted(&table, &QAction::triggered);
    view()->setZoom(0.5);
    QTest::keyClick(view(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(view()->zoom(), 1.0);
    QCOMPARE(tableWanted.count(), 0);
    QTest::keyClick(view(), Qt::Key_0, Qt::ControlModifier);
    const QRectF seen = view()->mapToScene(view()->viewport()->rect()).boundingRect();
    QVERIFY(seen.contains(scene()->layout().bounds));
}

void TestGraphView::svgExportIsValid()
{
    const QString path = m_dir.filePath(QStringLiteral("graph.svg"));
    QVERIFY(m_page->exportSvg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int nodes = 0;
    int edges = 0;
    QHash<QString, qint64> nodeOfKey; // tasks by key, milestones by name
    for (auto it = scene()->looks().cbegin(); it != scene()->looks().cend(); ++it)
        nodeOfKey.insert(it.value().key, it.key());
    QSet<QString> keys;
    GraphEdgeItem *edge = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("path") && edge) {
            // Each edge in the colour the page gives it (critical by the schedule).
            const QColor expected =
                edge->isCritical() ? GraphNodeLook::criticalColour() : GraphNodeLook::edgeColour();
            QCOMPARE(attributes.value(QLatin1String("stroke")).toString(), expected.name());
            edge = nullptr;
        }
        if (xml.name() != QLatin1String("g"))
            continue;
        const QString kind = attributes.value(QLatin1String("class")).toString();
        if (kind.startsWith(QLatin1String("node"))) {
            ++nodes;
            keys.insert(attributes.value(QLatin1String("data-key")).toString());
        }
        if (kind == QLatin1String("edge")) {
            ++edges;
            edge = scene()->edge(
                nodeOfKey.value(attributes.value(QLatin1String("data-from")).toString()),
                nodeOfKey.value(attributes.value(QLatin1String("data-to")).toString()));
            QVERIFY(edge);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, scene()->layout().nodes.size());
    QCOMPARE(edges, scene()->layout().edges.size());
    QVERIFY(keys.contains(QStringLiteral("SEC-001")));
    QVERIFY(keys.contains(QStringLiteral("Production launch")));
}

void TestGraphView::pngExport()
{
    const QString path = m_dir.filePath(QStringLiteral("graph.png"));
    m_selection->select({idOf("SEC-001")}, idOf("SEC-001"));
    QVERIFY(m_page->exportPng(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > scene()->layout().bounds.width());
    QVERIFY(scene()->node(idOf("SEC-001"))->isSelected()); // kept after the picture
}

void TestGraphView::hugeProjectOffersFocus()
{
    m_window.reset();
    m_page = nullptr;
    m_filter.reset();
    m_project.reset();
    auto database = ProjectDatabase::openInMemory();
    QVERIFY(ProjectGenerator::generate(*database, GraphPage::maxDrawnTasks + 500, 7));
    OpenError error;
    m_project = Project::load(std::move(database), &error);
    QVERIFY2(m_project, qPrintable(error.message));
    m_filter = std::make_unique<TaskFilterModel>(m_project->tasks());
    m_window = std::make_unique<QMainWindow>();
    m_page = new GraphPage(m_project.get(), m_selection.get(), m_filter.get());
    m_window->setCentralWidget(m_page);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page->relayout();
    QVERIFY2(m_page->notice().contains(QLatin1String("3,500")), qPrintable(m_page->notice()));
    QVERIFY(scene()->layout().nodes.isEmpty());
    const qint64 last = m_project->tasks()->tasks().last().id;
    m_selection->select({last}, last);
    QPushButton *upstream = nullptr;
    for (QPushButton *button : m_page->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Upstream of Selection"))
            upstream = button;
    }
    QVERIFY(upstream && upstream->isVisible());
    upstream->click();
    m_page->relayout();
    QVERIFY(m_page->notice().isEmpty());
    QVERIFY(taskNodes() >= 1 && taskNodes() < GraphPage::maxDrawnTasks);
    QVERIFY(scene()->node(last));
}

void TestGraphView::zoomPicksNodeDetailAndCache_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::addColumn<bool>("compact");
    QTest::addColumn<int>("cache");
    QTest::newRow("far out: plain blocks") << 0.3 << true << int(QGraphicsItem::NoCache);
    QTest::newRow("readable: made once, scaled")
        << 0.6 << false << int(QGraphicsItem::ItemCoordinateCache);
    QTest::newRow("100%") << 1.0 << false << int(QGraphicsItem::ItemCoordinateCache);
    QTest::newRow("close: per device pixel")
        << 2.5 << false << int(QGraphicsItem::DeviceCoordinateCache);
}

void TestGraphView::zoomPicksNodeDetailAndCache()
{
    QFETCH(qreal, zoom);
    QFETCH(bool, compact);
    QFETCH(int, cache);
    view()->setZoom(zoom);
    const GraphNodeItem *node = scene()->node(idOf("SEC-001"));
    QCOMPARE(node->isCompact(), compact);
    QCOMPARE(int(node->cacheMode()), cache);
    // A node made while zoomed (after a relayout) follows the zoom too.
    QVERIFY(m_project->removeTasks({idOf("DOCS-005")}).ok());
    QList<TaskRecord> records(1);
    records[0].task.key = QStringLiteral("NEW-001");
    records[0].task.title = QStringLiteral("Added while zoomed");
    QVERIFY(m_project->insertTasks(records).ok());
    m_page->relayout();
    QCOMPARE(scene()->node(idOf("NEW-001"))->isCompact(), compact);
    // An export shows the text whatever the zoom, and leaves the view's detail as it was.
    const QString png = m_dir.filePath(QStringLiteral("zoomed.png"));
    QVERIFY(m_page->exportPng(png));
    QCOMPARE(node->isCompact(), compact);
}

void TestGraphView::minimapLivesInTheViewport()
{
    // A sibling over the viewport would make every pan repaint the whole viewport.
    QCOMPARE(view()->minimap()->parentWidget(), view()->viewport());
    view()->setZoom(2); // the graph does not fit: the minimap shows
    QVERIFY(view()->minimap()->isVisible());
    const QPoint before = view()->minimap()->pos();
    view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value() + 40);
    QCOMPARE(view()->minimap()->pos(), before); // put back in its corner after the scroll
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
