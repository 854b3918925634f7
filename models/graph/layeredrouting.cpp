// SPDX-License-Identifier: MIT
#include "layeredrouting.h"

#include "layeredgraph.h"

#include <algorithm>

namespace Candor {

namespace {

constexpr qreal portStep = 7;
constexpr qreal portMargin = 7;

void lineTo(QList<QPointF> &points, const QPointF &to)
{
    const QPointF from = points.last();
    if (from == to)
        return;
    points << from + (to - from) / 3 << from + (to - from) * 2 / 3 << to;
}

void curveTo(QList<QPointF> &points, const QPointF &to)
{
    const QPointF from = points.last();
    const qreal half = (to.x() - from.x()) / 2;
    points << QPointF(from.x() + half, from.y()) << QPointF(to.x() - half, to.y()) << to;
}

// Offsets of the edges meeting one side of a node, given the height each of them comes from.
void spread(std::vector<std::pair<double, int>> &ends, qreal thickness, bool pointed,
            std::vector<qreal> &offsetOfChain)
{
    std::stable_sort(ends.begin(), ends.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    const size_t count = ends.size();
    const qreal usable = std::max<qreal>(0, thickness - 2 * portMargin);
    const qreal step = pointed || count < 2 ? 0 : std::min(portStep, usable / qreal(count - 1));
    for (size_t k = 0; k < count; ++k)
        offsetOfChain[size_t(ends[k].second)] = (qreal(k) - qreal(count - 1) / 2) * step;
}

} // namespace

std::vector<QList<QPointF>> LayeredRouting::route(const LayeredGraph &graph, const Frame &frame)
{
    const auto &chains = graph.chains();
    std::vector<qreal> startOffset(chains.size(), 0);
    std::vector<qreal> endOffset(chains.size(), 0);
    {
        std::vector<std::vector<std::pair<double, int>>> leaving(
            static_cast<size_t>(graph.realCount()));
        std::vector<std::vector<std::pair<double, int>>> arriving(
            static_cast<size_t>(graph.realCount()));
        for (size_t c = 0; c < chains.size(); ++c) {
            const std::vector<int> &v = chains[c].vertices;
            leaving[size_t(v.front())].emplace_back(frame.y[size_t(v[1])], int(c));
            arriving[size_t(v.back())].emplace_back(frame.y[size_t(v[v.size() - 2])], int(c));
        }
        for (int node = 0; node < graph.realCount(); ++node) {
            const qreal thickness = frame.thickness[size_t(node)];
            const bool pointed = frame.pointed[size_t(node)];
            spread(leaving[size_t(node)], thickness, pointed, startOffset);
            spread(arriving[size_t(node)], thickness, pointed, endOffset);
        }
    }

    std::vector<QList<QPointF>> splines(chains.size());
    for (size_t c = 0; c < chains.size(); ++c) {
        const std::vector<int> &vertices = chains[c].vertices;
        QList<QPointF> &points = splines[c];
        points.reserve(qsizetype(vertices.size()) * 6 + 4);
        const int first = vertices.front();
        const int firstLayer = graph.layer(first);
        const qreal firstCentre =
            (frame.layerLeft[size_t(firstLayer)] + frame.layerRight[size_t(firstLayer)]) / 2;
        const qreal startY = frame.y[size_t(first)] + startOffset[c];
        points << QPointF(firstCentre + frame.width[size_t(first)] / 2, startY);
        lineTo(points, QPointF(frame.layerRight[size_t(firstLayer)], startY));
        for (size_t i = 1; i < vertices.size(); ++i) {
            const int v = vertices[i];
            const int layer = graph.layer(v);
            const bool last = i + 1 == vertices.size();
            const qreal y = frame.y[size_t(v)] + (last ? endOffset[c] : 0);
            curveTo(points, QPointF(frame.layerLeft[size_t(layer)], y));
            if (!last) {
                lineTo(points, QPointF(frame.layerRight[size_t(layer)], y));
            } else {
                const qreal centre =
                    (frame.layerLeft[size_t(layer)] + frame.layerRight[size_t(layer)]) / 2;
                lineTo(points, QPointF(centre - frame.width[size_t(v)] / 2, y));
            }
        }
        if (chains[c].reversed)
            std::reverse(points.begin(), points.end());
    }
    return splines;
}

} // namespace Candor
