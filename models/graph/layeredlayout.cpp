// SPDX-License-Identifier: MIT
#include "layeredlayout.h"

#include "layeredgraph.h"
#include "layeredordering.h"
#include "layeredplacement.h"
#include "layeredrouting.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Candor {

namespace {

constexpr double none = std::numeric_limits<double>::quiet_NaN();
constexpr double last = std::numeric_limits<double>::infinity();

// Where the previous drawing had each vertex: real nodes as given, dummies on the straight line
// between their edge's old ends. NaN where unknown.
std::vector<double> previousHeights(const LayeredGraph &graph, const GraphLayoutInput &input)
{
    std::vector<double> previous(static_cast<size_t>(graph.vertexCount()), none);
    if (input.previous.isEmpty())
        return previous;
    for (int v = 0; v < graph.realCount(); ++v) {
        const auto found = input.previous.constFind(input.nodes.at(graph.inputIndex(v)).id);
        if (found != input.previous.constEnd())
            previous[size_t(v)] = found->y();
    }
    for (const LayeredGraph::Chain &chain : graph.chains()) {
        const double from = previous[size_t(chain.vertices.front())];
        const double to = previous[size_t(chain.vertices.back())];
        const size_t steps = chain.vertices.size() - 1;
        for (size_t i = 1; i < steps; ++i) {
            const double share = double(i) / double(steps);
            previous[size_t(chain.vertices[i])] = std::isnan(from) ? to
                                                  : std::isnan(to) ? from
                                                                   : from + (to - from) * share;
        }
    }
    return previous;
}

// The order to start a stable relayout from: old heights, new nodes beside their neighbours,
// the rest at the end of their layers.
std::vector<double> seedsFrom(const LayeredGraph &graph, const std::vector<double> &previous,
                              const std::vector<int> &vertices)
{
    std::vector<double> seed(previous.size(), last);
    for (int v : vertices) {
        double value = previous[size_t(v)];
        if (std::isnan(value)) {
            double sum = 0;
            int count = 0;
            for (const auto neighbours : {graph.up(v), graph.down(v)}) {
                for (int w : neighbours) {
                    if (!std::isnan(previous[size_t(w)])) {
                        sum += previous[size_t(w)];
                        ++count;
                    }
                }
            }
            value = count > 0 ? sum / count : last;
        }
        seed[size_t(v)] = value;
    }
    return seed;
}

// Room between two layers: more where the edges crossing it climb far, so that their curves
// stay readable, within bounds so that one long edge does not stretch the drawing.
std::vector<qreal> layerGaps(const LayeredGraph &graph, const std::vector<double> &y, qreal base)
{
    std::vector<std::vector<double>> climbs(
        static_cast<size_t>(std::max(0, graph.layerCount() - 1)));
    for (int v = 0; v < graph.vertexCount(); ++v) {
        for (int w : graph.down(v))
            climbs[size_t(graph.layer(v))].push_back(std::abs(y[size_t(w)] - y[size_t(v)]));
    }
    std::vector<qreal> gaps;
    for (std::vector<double> &climb : climbs) {
        qreal gap = base;
        if (!climb.empty()) {
            const auto nth = climb.begin() + qsizetype(climb.size() * 9 / 10);
            std::nth_element(climb.begin(), nth, climb.end());
            gap = std::clamp<qreal>(*nth * 0.22, base, base * 2.5);
        }
        gaps.push_back(gap);
    }
    return gaps;
}

// A long column of unconnected tasks would make the drawing tall and empty: they go in rows
// as wide as the rest of the drawing (or a square block), in their earlier order if any.
void packLoners(std::vector<int> &loners, const GraphLayoutInput &input,
                LayeredRouting::Frame &frame, qreal top, qreal width, qreal gap,
                std::vector<qreal> &x)
{
    if (loners.empty())
        return;
    std::stable_sort(loners.begin(), loners.end(), [&input](int a, int b) {
        const QPointF none(0, last);
        const QPointF pa = input.previous.value(input.nodes.at(a).id, none);
        const QPointF pb = input.previous.value(input.nodes.at(b).id, none);
        return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
    });
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    for (int v : loners) {
        cellWidth = std::max(cellWidth, frame.width[size_t(v)]);
        cellHeight = std::max(cellHeight, frame.thickness[size_t(v)]);
    }
    const size_t fitting = size_t(std::max(0.0, (width + gap) / (cellWidth + gap)));
    const size_t square = size_t(std::ceil(std::sqrt(double(loners.size()) / 3)));
    const size_t columns = std::max<size_t>({1, fitting, square});
    for (size_t i = 0; i < loners.size(); ++i) {
        const size_t v = size_t(loners[i]);
        x[v] = qreal(i % columns) * (cellWidth + gap) + cellWidth / 2;
        const size_t row = i / columns; // whole rows: the division is meant to truncate
        frame.y[v] = top + qreal(row) * (cellHeight + gap) + cellHeight / 2;
    }
}

} // namespace

GraphLayout LayeredLayout::compute(const GraphLayoutInput &input)
{
    return compute(input, Options());
}

GraphLayout LayeredLayout::compute(const GraphLayoutInput &input, const Options &options)
{
    const LayeredGraph graph(input);
    const size_t total = size_t(graph.vertexCount());
    LayeredRouting::Frame frame;
    frame.thickness.assign(total, 0);
    frame.width.assign(total, 0);
    frame.pointed.assign(total, false);
    for (int v = 0; v < graph.realCount(); ++v) {
        const GraphLayoutInput::Node &node = input.nodes.at(graph.inputIndex(v));
        frame.thickness[size_t(v)] = node.size.height();
        frame.width[size_t(v)] = node.size.width();
        frame.pointed[size_t(v)] = node.kind == GraphLayoutInput::Kind::Milestone;
    }

    std::vector<std::vector<int>> members(static_cast<size_t>(graph.componentCount()));
    for (int v = 0; v < graph.vertexCount(); ++v)
        members[size_t(graph.component(v))].push_back(v);

    // With an earlier drawing, components keep their old vertical order and a component most of
    // whose nodes were drawn before is relaid stably.
    const std::vector<double> previous = previousHeights(graph, input);
    std::vector<double> anchors = previous;
    std::fill(anchors.begin() + graph.realCount(), anchors.end(), none);
    std::vector<double> meanBefore(members.size(), last);
    std::vector<bool> stable(members.size(), false);
    for (size_t c = 0; c < members.size(); ++c) {
        int real = 0;
        int known = 0;
        double sum = 0;
        for (int v : members[c]) {
            if (graph.isDummy(v))
                break; // reals come first
            ++real;
            if (!std::isnan(previous[size_t(v)])) {
                ++known;
                sum += previous[size_t(v)];
            }
        }
        stable[c] = known > 0 && 2 * known >= real;
        if (known > 0)
            meanBefore[c] = sum / known;
    }
    std::vector<size_t> order(members.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&meanBefore](size_t a, size_t b) { return meanBefore[a] < meanBefore[b]; });

    std::vector<int> position(total, 0);
    frame.y.assign(total, 0);
    bool first = true;
    double bottom = 0;
    std::vector<int> loners; // nodes without edges: packed in rows under the rest
    for (size_t c : order) {
        if (members[c].size() == 1) {
            loners.push_back(members[c].front());
            continue;
        }
        LayeredOrdering ordering(graph, members[c], position);
        if (stable[c]) {
            const std::vector<double> seed = seedsFrom(graph, previous, members[c]);
            ordering.run(&seed, options.orderIterations);
        } else {
            ordering.run(nullptr, options.orderIterations);
        }
        LayeredPlacement placement(graph, ordering.layers(), frame.thickness, frame.y);
        placement.run({options.nodeGap, options.edgeGap}, stable[c] ? &anchors : nullptr,
                      options.placementIterations);
        double top = std::numeric_limits<double>::max();
        double low = std::numeric_limits<double>::lowest();
        for (int v : members[c]) {
            top = std::min(top, frame.y[size_t(v)] - frame.thickness[size_t(v)] / 2);
            low = std::max(low, frame.y[size_t(v)] + frame.thickness[size_t(v)] / 2);
        }
        // A stable component stays where it was unless it would overlap the one above it.
        double shift = first ? -top : bottom + options.componentGap - top;
        if (stable[c])
            shift = first ? 0 : std::max(0.0, shift);
        for (int v : members[c])
            frame.y[size_t(v)] += shift;
        bottom = low + shift;
        first = false;
    }

    // Layers are as wide as their widest node; the gaps between them follow the edges.
    const size_t layers = size_t(graph.layerCount());
    std::vector<qreal> layerWidth(layers, 0);
    for (int v = 0; v < graph.realCount(); ++v)
        layerWidth[size_t(graph.layer(v))] =
            std::max(layerWidth[size_t(graph.layer(v))], frame.width[size_t(v)]);
    const std::vector<qreal> gaps = layerGaps(graph, frame.y, options.layerGap);
    frame.layerLeft.resize(layers);
    frame.layerRight.resize(layers);
    GraphLayout layout;
    for (size_t l = 0; l < layers; ++l) {
        frame.layerLeft[l] = l == 0 ? 0 : frame.layerRight[l - 1] + gaps[l - 1];
        frame.layerRight[l] = frame.layerLeft[l] + layerWidth[l];
        layout.layerX << (frame.layerLeft[l] + frame.layerRight[l]) / 2;
    }

    std::vector<qreal> x(size_t(graph.realCount()), 0);
    for (int v = 0; v < graph.realCount(); ++v)
        x[size_t(v)] = layout.layerX.at(graph.layer(v));
    packLoners(loners, input, frame, first ? 0 : bottom + options.componentGap,
               layers == 0 ? 0 : frame.layerRight.back(), options.nodeGap, x);

    layout.nodes.reserve(graph.realCount());
    QRectF bounds;
    for (int v = 0; v < graph.realCount(); ++v) {
        const GraphLayoutInput::Node &node = input.nodes.at(graph.inputIndex(v));
        const qreal centreX = x[size_t(v)];
        const QRectF rect(centreX - node.size.width() / 2,
                          frame.y[size_t(v)] - node.size.height() / 2, node.size.width(),
                          node.size.height());
        layout.nodes.append({node.id, rect, graph.layer(v), node.kind});
        bounds = bounds.united(rect);
    }
    std::vector<QList<QPointF>> splines = LayeredRouting::route(graph, frame);
    layout.edges.reserve(qsizetype(splines.size()));
    for (size_t c = 0; c < splines.size(); ++c) {
        const auto &edge = input.edges.at(graph.chains()[c].inputEdge);
        for (const QPointF &point : splines[c]) {
            bounds.setLeft(std::min(bounds.left(), point.x()));
            bounds.setRight(std::max(bounds.right(), point.x()));
            bounds.setTop(std::min(bounds.top(), point.y()));
            bounds.setBottom(std::max(bounds.bottom(), point.y()));
        }
        layout.edges.append({edge.first, edge.second, std::move(splines[c])});
    }
    layout.bounds = bounds;
    layout.reindex();
    return layout;
}

} // namespace Candor
