// SPDX-License-Identifier: MIT
#include "graphlayout.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Candor {

namespace {

QPointF bezier(const QPointF &p0, const QPointF &c1, const QPointF &c2, const QPointF &p3, qreal t)
{
    const qreal u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p3;
}

// The y where a spline (start + triples, x increasing) crosses the vertical line at x. Each
// segment of a layered drawing runs monotonically in x, so bisection finds the one crossing.
qreal yAt(const QList<QPointF> &points, qreal x)
{
    for (qsizetype i = 0; i + 3 < points.size(); i += 3) {
        const QPointF &p0 = points.at(i);
        const QPointF &p3 = points.at(i + 3);
        if (x < std::min(p0.x(), p3.x()) || x > std::max(p0.x(), p3.x()))
            continue;
        const bool rising = p3.x() >= p0.x();
        qreal low = 0;
        qreal high = 1;
        for (int step = 0; step < 32; ++step) {
            const qreal mid = (low + high) / 2;
            const qreal at = bezier(p0, points.at(i + 1), points.at(i + 2), p3, mid).x();
            if ((at < x) == rising)
                low = mid;
            else
                high = mid;
        }
        return bezier(p0, points.at(i + 1), points.at(i + 2), p3, (low + high) / 2).y();
    }
    return x <= points.first().x() ? points.first().y() : points.last().y();
}

// Pairs (a, b) of the sequence with a before b and a > b, by merge sort.
qint64 inversions(std::vector<qreal> &values, std::vector<qreal> &scratch, size_t from, size_t to)
{
    if (to - from < 2)
        return 0;
    const size_t mid = (from + to) / 2;
    qint64 count = inversions(values, scratch, from, mid) + inversions(values, scratch, mid, to);
    size_t left = from;
    size_t right = mid;
    size_t out = from;
    while (left < mid && right < to) {
        if (values[right] < values[left]) {
            count += qint64(mid - left);
            scratch[out++] = values[right++];
        } else {
            scratch[out++] = values[left++];
        }
    }
    while (left < mid)
        scratch[out++] = values[left++];
    while (right < to)
        scratch[out++] = values[right++];
    std::copy(scratch.begin() + qsizetype(from), scratch.begin() + qsizetype(to),
              values.begin() + qsizetype(from));
    return count;
}

} // namespace

QPainterPath GraphLayout::Edge::path() const
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    return path;
}

const GraphLayout::Node *GraphLayout::node(qint64 id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &nodes.at(index);
}

void GraphLayout::reindex()
{
    m_index.clear();
    m_index.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_index.insert(nodes.at(i).id, i);
}

qint64 GraphLayout::crossings() const
{
    const qsizetype gaps = std::max<qsizetype>(0, layerX.size() - 1);
    // Per gap between layer g and g + 1: the (left y, right y) of every edge passing it.
    std::vector<std::vector<std::pair<qreal, qreal>>> passing(static_cast<size_t>(gaps));
    for (const Edge &edge : edges) {
        const Node *from = node(edge.from);
        const Node *to = node(edge.to);
        if (!from || !to || from->layer == to->layer || edge.points.size() < 4)
            continue;
        QList<QPointF> points = edge.points;
        if (points.first().x() > points.last().x())
            std::reverse(points.begin(), points.end());
        const int first = std::min(from->layer, to->layer);
        const int last = std::max(from->layer, to->layer);
        qreal previous = points.first().y();
        for (int layer = first + 1; layer <= last; ++layer) {
            const qreal y = layer == last ? points.last().y() : yAt(points, layerX.at(layer));
            passing[size_t(layer - 1)].emplace_back(previous, y);
            previous = y;
        }
    }
    qint64 total = 0;
    std::vector<qreal> right;
    std::vector<qreal> scratch;
    for (auto &segments : passing) {
        std::sort(segments.begin(), segments.end());
        right.resize(segments.size());
        scratch.resize(segments.size());
        for (size_t i = 0; i < segments.size(); ++i)
            right[i] = segments[i].second;
        total += inversions(right, scratch, 0, right.size());
    }
    return total;
}

} // namespace Candor
