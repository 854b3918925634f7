// SPDX-License-Identifier: MIT
#include "layoutbench.h"

#include "database/projectdatabase.h"
#include "graph/dotformat.h"
#include "graph/graphlayout.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/keyedgraph.h"
#include "graph/layeredlayout.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "project/projectgenerator.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskselection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <map>
#include <tuple>

using namespace Candor;

namespace {

// The size the graph page gives a task, in points; dot gets the same boxes.
constexpr qreal nodeWidth = 184;
constexpr qreal nodeHeight = 48;

double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// A dependency graph like a project's (and like ProjectGenerator's): each task depends on 0-3
// (1.5 on average) of the 200 tasks before it, so edges are mostly local.
GraphLayoutInput generatedGraph(int nodes, quint32 seed)
{
    QRandomGenerator random(seed);
    GraphLayoutInput input;
    static constexpr int counts[] = {0, 1, 1, 2, 2, 3};
    for (int i = 0; i < nodes; ++i) {
        input.nodes.append({i, QSizeF(nodeWidth, nodeHeight), GraphLayoutInput::Kind::Task});
        const int wanted = i == 0 ? 0 : counts[random.bounded(6)];
        QList<int> chosen;
        for (int d = 0; d < wanted; ++d) {
            const int target = i - 1 - int(random.bounded(std::min(i, 200)));
            if (target < 0 || chosen.contains(target))
                continue;
            chosen.append(target);
            input.edges.append({target, i});
        }
    }
    return input;
}

QByteArray dotSource(const GraphLayoutInput &input)
{
    QByteArray dot = "digraph G {\n  rankdir=LR;\n  node [shape=box, fixedsize=true, width=" +
                     QByteArray::number(nodeWidth / 72.0) +
                     ", height=" + QByteArray::number(nodeHeight / 72.0) + "];\n";
    for (const GraphLayoutInput::Node &node : input.nodes)
        dot += "  n" + QByteArray::number(node.id) + ";\n";
    for (const auto &[from, to] : input.edges)
        dot += "  n" + QByteArray::number(from) + " -> n" + QByteArray::number(to) + ";\n";
    return dot + "}\n";
}

// dot's drawing read from -Tplain (inches, y up) as a GraphLayout in points, layers being the
// distinct x of its ranks, so that GraphLayout::crossings() counts it as it counts ours.
GraphLayout fromPlain(const QByteArray &plain)
{
    GraphLayout layout;
    std::map<qint64, int> rankOfX; // x in 1/100 inch
    for (const QByteArray &line : plain.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.value(0) == "node" && f.size() >= 6) {
            const qreal x = f.at(2).toDouble() * 72;
            const qreal y = f.at(3).toDouble() * 72;
            const qreal w = f.at(4).toDouble() * 72;
            const qreal h = f.at(5).toDouble() * 72;
            layout.nodes.append({f.at(1).mid(1).toLongLong(), QRectF(x - w / 2, y - h / 2, w, h), 0,
                                 GraphLayoutInput::Kind::Task});
            rankOfX[qRound64(f.at(2).toDouble() * 100)] = 0;
        } else if (f.value(0) == "edge" && f.size() >= 4) {
            GraphLayout::Edge edge{f.at(1).mid(1).toLongLong(), f.at(2).mid(1).toLongLong(), {}};
            const int count = f.at(3).toInt();
            for (int i = 0; i < count && 5 + 2 * i < f.size(); ++i)
                edge.points << QPointF(f.at(4 + 2 * i).toDouble() * 72,
                                       f.at(5 + 2 * i).toDouble() * 72);
            layout.edges.append(edge);
        }
    }
    int rank = 0;
    for (auto &[x, index] : rankOfX) {
        index = rank++;
        layout.layerX << qreal(x) / 100 * 72;
    }
    for (GraphLayout::Node &node : layout.nodes)
        node.layer = rankOfX[qRound64(node.rect.center().x() / 72 * 100)];
    layout.reindex();
    return layout;
}

// Layers passed by all edges together: the dummy vertices a layering costs the ordering.
qint64 edgeSpan(const GraphLayout &layout)
{
    qint64 span = 0;
    for (const GraphLayout::Edge &edge : layout.edges) {
        const GraphLayout::Node *from = layout.node(edge.from);
        const GraphLayout::Node *to = layout.node(edge.to);
        if (from && to)
            span += std::abs(to->layer - from->layer);
    }
    return span;
}

// The graph page's picture of a project beside dot's of the same dependencies (DOT export), to
// look at: name.png, name-dot.png, and of ours name-overview.png and name-detail.png (100%).
void drawPictures(Project &project, const QString &folder, const QString &name, bool withDot)
{
    TaskSelection selection;
    TaskFilterModel filter(project.tasks());
    GraphPage page(&project, &selection, &filter);
    page.resize(1600, 1000);
    page.relayout();
    page.exportPng(QStringLiteral("%1/%2.png").arg(folder, name));
    // The whole at most 2400 px wide, and a 1600 x 1000 part at 100%.
    const QRectF bounds = page.scene()->layout().bounds;
    const qreal scale = std::min(1.0, 2400 / bounds.width());
    for (const auto &[suffix, source, factor] :
         {std::tuple{QStringLiteral("overview"), bounds, scale},
          std::tuple{QStringLiteral("detail"),
                     QRectF(bounds.center() - QPointF(800, 500), QSizeF(1600, 1000)), 1.0}}) {
        QImage image((source.size() * factor).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        page.scene()->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        painter.end();
        image.save(QStringLiteral("%1/%2-%3.png").arg(folder, name, suffix));
    }
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (!withDot || dot.isEmpty())
        return;
    const QString source = QStringLiteral("%1/%2.dot").arg(folder, name);
    QFile file(source);
    if (file.open(QIODevice::WriteOnly))
        file.write(DotFormat::write(KeyedGraph::fromProject(project), project.name()));
    file.close();
    QProcess::execute(dot, {QStringLiteral("-Tpng"), QStringLiteral("-o"),
                            QStringLiteral("%1/%2-dot.png").arg(folder, name), source});
}

// Frames of the graph page over a generated project: panning at 100% and 30%, and zooming.
// Two ways: as the window paints them (the step, then the event loop's paint into the backing
// store: a pan scrolls the pixels and paints the strip it uncovers), which are the figures
// graph_pan_frame_ms and graph_zoom_frame_ms; and the whole viewport rendered into an image
// every time, the worst case (a pan under an overlapping window, an exposed view).
QJsonObject frameFigures(int tasks)
{
    auto database = ProjectDatabase::openInMemory();
    if (!database || !ProjectGenerator::generate(*database, tasks, 42))
        return {};
    OpenError error;
    auto project = Project::load(std::move(database), &error);
    if (!project)
        return {};
    TaskSelection selection;
    TaskFilterModel filter(project->tasks());
    GraphPage page(project.get(), &selection, &filter);
    page.resize(1600, 1000);
    page.show();
    QCoreApplication::processEvents();
    QElapsedTimer open;
    open.start();
    page.relayout();
    QJsonObject result{{QStringLiteral("tasks"), tasks},
                       {QStringLiteral("open_and_layout_ms"), double(open.nsecsElapsed()) / 1e6}};
    GraphView *view = page.view();
    QImage frame(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const auto measure = [&](bool whole, auto step) {
        QList<double> times;
        QList<double> cpu;
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer timer;
            const double cpuBefore = threadCpuMilliseconds();
            timer.start();
            step(i);
            if (whole)
                view->viewport()->render(&frame);
            else
                QCoreApplication::processEvents();
            times << double(timer.nsecsElapsed()) / 1e6;
            cpu << threadCpuMilliseconds() - cpuBefore;
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        return QJsonObject{{QStringLiteral("median_ms"), times.at(times.size() / 2)},
                           {QStringLiteral("worst_ms"), times.last()},
                           {QStringLiteral("median_cpu_ms"), cpu.at(cpu.size() / 2)}};
    };
    const QPointF middle = page.scene()->layout().bounds.center();
    const auto pan = [view](int i) {
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() +
                                              (i % 20 < 10 ? 40 : -40));
    };
    const auto zoom = [view](int i) {
        view->setZoom(view->zoom() * (i % 20 < 10 ? 1.1 : 1 / 1.1));
    };
    // With CANDOR_GRAPH_PICTURES set, the frames at a few zooms are saved there to be looked at.
    const QString pictures = qEnvironmentVariable("CANDOR_GRAPH_PICTURES");
    for (const qreal at : {1.0, 0.7, 0.3}) {
        view->setZoom(at);
        view->centerOn(middle);
        view->viewport()->render(&frame); // fills the item caches
        QCoreApplication::processEvents();
        if (!pictures.isEmpty())
            frame.save(QStringLiteral("%1/page-%2-at-%3.png").arg(pictures).arg(tasks).arg(at));
        if (at == 0.7)
            continue;
        result.insert(QStringLiteral("pan_frame_at_%1").arg(at), measure(true, pan));
        result.insert(QStringLiteral("window_pan_frame_at_%1").arg(at), measure(false, pan));
    }
    view->setZoom(0.5);
    QCoreApplication::processEvents();
    result.insert(QStringLiteral("zoom_frame"), measure(true, zoom));
    result.insert(QStringLiteral("window_zoom_frame"), measure(false, zoom));
    // The figures the issue asks for: the slower of the two zooms' pans, and zooming, as the
    // window paints them.
    result.insert(QStringLiteral("graph_pan_frame_ms"),
                  std::max(result.value(QStringLiteral("window_pan_frame_at_1"))
                               .toObject()
                               .value(QStringLiteral("median_ms"))
                               .toDouble(),
                           result.value(QStringLiteral("window_pan_frame_at_0.3"))
                               .toObject()
                               .value(QStringLiteral("median_ms"))
                               .toDouble()));
    result.insert(QStringLiteral("graph_zoom_frame_ms"),
                  result.value(QStringLiteral("window_zoom_frame"))
                      .toObject()
                      .value(QStringLiteral("median_ms"))
                      .toDouble());
    return result;
}

void drawPictures(const QString &folder)
{
    OpenError error;
    auto demo = Project::load(ProjectDatabase::openInMemory(), &error);
    if (demo && DemoProject::populate(*demo))
        drawPictures(*demo, folder, QStringLiteral("demo"), true);
    auto database = ProjectDatabase::openInMemory();
    if (!database || !ProjectGenerator::generate(*database, 2000, 42))
        return;
    auto generated = Project::load(std::move(database), &error);
    if (generated)
        drawPictures(*generated, folder, QStringLiteral("generated-2000"),
                     qEnvironmentVariableIsSet("CANDOR_DOT_PICTURES"));
}

} // namespace

QJsonObject layoutFigures(const QString &folder)
{
    QList<int> sizes{200, 1000, 2000, 10000};
    if (const QByteArray wanted = qgetenv("CANDOR_LAYOUT_SIZES"); !wanted.isEmpty()) {
        sizes.clear();
        for (const QByteArray &size : wanted.split(','))
            sizes << size.toInt();
    }
    const int dotLimit = qEnvironmentVariableIsSet("CANDOR_DOT_LIMIT")
                             ? qEnvironmentVariableIntValue("CANDOR_DOT_LIMIT")
                             : 2000;
    if (const QString pictures = qEnvironmentVariable("CANDOR_GRAPH_PICTURES"); !pictures.isEmpty())
        drawPictures(pictures);
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    QJsonArray runs;
    for (int size : sizes) {
        const GraphLayoutInput input = generatedGraph(size, 42);
        QJsonObject run{{QStringLiteral("nodes"), size},
                        {QStringLiteral("edges"), int(input.edges.size())}};
        QList<double> times;
        QList<double> cpu;
        GraphLayout ours;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            const double cpuBefore = threadCpuMilliseconds();
            timer.start();
            ours = LayeredLayout::compute(input);
            times << double(timer.nsecsElapsed()) / 1e6;
            cpu << threadCpuMilliseconds() - cpuBefore;
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        run.insert(QStringLiteral("candor_ms"), times.at(times.size() / 2));
        // On a shared machine the wall time includes waiting for a core; this does not.
        run.insert(QStringLiteral("candor_cpu_ms"), cpu.at(cpu.size() / 2));
        run.insert(QStringLiteral("candor_crossings"), ours.crossings());
        run.insert(QStringLiteral("candor_layers"), int(ours.layerX.size()));
        run.insert(QStringLiteral("candor_edge_span"), edgeSpan(ours));
        run.insert(QStringLiteral("candor_width"), ours.bounds.width());
        run.insert(QStringLiteral("candor_height"), ours.bounds.height());
        if (!dot.isEmpty() && size <= dotLimit) {
            const QString source = QStringLiteral("%1/graph-%2.dot").arg(folder).arg(size);
            QFile file(source);
            if (file.open(QIODevice::WriteOnly))
                file.write(dotSource(input));
            file.close();
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(dot, {QStringLiteral("-Tplain"), source});
            process.waitForFinished(-1);
            run.insert(QStringLiteral("dot_ms"), double(timer.nsecsElapsed()) / 1e6);
            const GraphLayout theirs = fromPlain(process.readAllStandardOutput());
            const qint64 crossings = theirs.crossings();
            run.insert(QStringLiteral("dot_crossings"), crossings);
            run.insert(QStringLiteral("dot_layers"), int(theirs.layerX.size()));
            run.insert(QStringLiteral("dot_edge_span"), edgeSpan(theirs));
            if (qEnvironmentVariableIsSet("CANDOR_KEEP_DOT"))
                QFile::copy(source, QStringLiteral("/tmp/graph-%1.dot").arg(size));
            run.insert(QStringLiteral("dot_width"),
                       theirs.layerX.isEmpty() ? 0.0 : theirs.layerX.last());
            if (crossings > 0)
                run.insert(QStringLiteral("crossings_ratio"),
                           double(ours.crossings()) / double(crossings));
        }
        QTextStream(stderr) << "layout " << size << " done\n";
        runs.append(run);
    }
    return {{QStringLiteral("runs"), runs}, {QStringLiteral("page_2000"), frameFigures(2000)}};
}
