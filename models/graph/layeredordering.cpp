// SPDX-License-Identifier: MIT
#include "layeredordering.h"

#include "layeredgraph.h"

#include <algorithm>
#include <limits>

namespace Candor {

namespace {

// Graphviz's weighted median: the middle neighbour, or between the two middle ones leaning
// towards the side where the neighbours are packed closer. -1 for no neighbours.
double medianOf(std::vector<int> &positions)
{
    const size_t count = positions.size();
    if (count == 0)
        return -1;
    std::sort(positions.begin(), positions.end());
    const size_t mid = count / 2;
    if (count % 2 == 1)
        return positions[mid];
    if (count == 2)
        return (positions[0] + positions[1]) / 2.0;
    const double left = positions[mid - 1] - positions[0];
    const double right = positions[count - 1] - positions[mid];
    if (left + right <= 0)
        return (positions[mid - 1] + positions[mid]) / 2.0;
    return (positions[mid - 1] * right + positions[mid] * left) / (left + right);
}

} // namespace

LayeredOrdering::LayeredOrdering(const LayeredGraph &graph, const std::vector<int> &vertices,
                                 std::vector<int> &position)
    : m_graph(graph)
    , m_vertices(vertices)
    , m_position(position)
{
    int last = 0;
    m_first = std::numeric_limits<int>::max();
    for (int v : vertices) {
        m_first = std::min(m_first, graph.layer(v));
        last = std::max(last, graph.layer(v));
    }
    if (vertices.empty())
        m_first = 0;
    m_layers.resize(vertices.empty() ? 0 : size_t(last - m_first + 1));
}

void LayeredOrdering::run(const std::vector<double> *seed, int maxIterations)
{
    if (m_vertices.size() < 3 || m_layers.size() < 2) {
        initialOrder(true);
        return;
    }
    if (seed) {
        seededOrder(*seed);
        transposeAll(false);
        return;
    }
    // As dot's mincross: a few sweeps from each of two initial orders (from the sources and
    // from the sinks), then more from the better one; the best order seen wins.
    m_best = std::numeric_limits<qint64>::max();
    for (const bool fromSources : {true, false}) {
        initialOrder(fromSources);
        transposeAll(false);
        remember(crossings());
        iterate(std::min(4, maxIterations));
        if (m_best == 0)
            break;
    }
    restoreBest();
    iterate(maxIterations);
    restoreBest();
    if (m_best > 0)
        transposeAll(false);
}

void LayeredOrdering::remember(qint64 now)
{
    if (now > m_best)
        return;
    m_best = now;
    m_bestLayers = m_layers;
}

void LayeredOrdering::restoreBest()
{
    m_layers = m_bestLayers;
    for (size_t layer = 0; layer < m_layers.size(); ++layer)
        place(layer);
}

void LayeredOrdering::iterate(int iterations)
{
    int trying = 0;
    for (int iteration = 0; iteration < iterations && trying < 8 && m_best > 0; ++iteration) {
        // Every other pair of sweeps lets equal neighbours trade places, to leave a plateau.
        const bool reverse = iteration % 4 < 2;
        medianSweep(iteration % 2 == 0, reverse);
        transposeAll(!reverse);
        const qint64 now = crossings();
        ++trying;
        if (now <= m_best) {
            if (now < m_best * 0.995)
                trying = 0;
            remember(now);
        }
    }
}

void LayeredOrdering::place(size_t layer)
{
    const std::vector<int> &vertices = m_layers[layer];
    for (size_t i = 0; i < vertices.size(); ++i)
        m_position[size_t(vertices[i])] = int(i);
}

// Each vertex goes to the end of its layer in the order a breadth-first search over both
// directions reaches it, starting at the sources (or the sinks), as dot's build_ranks does.
void LayeredOrdering::initialOrder(bool fromSources)
{
    for (auto &layer : m_layers)
        layer.clear();
    for (int v : m_vertices)
        m_position[size_t(v)] = -1; // not reached
    std::vector<int> queue;
    queue.reserve(m_vertices.size());
    auto reach = [this, &queue](int v) {
        if (m_position[size_t(v)] >= 0)
            return;
        auto &layer = m_layers[size_t(m_graph.layer(v) - m_first)];
        m_position[size_t(v)] = int(layer.size());
        layer.push_back(v);
        queue.push_back(v);
    };
    for (int root : m_vertices) {
        const auto before = fromSources ? m_graph.up(root) : m_graph.down(root);
        if (!before.empty())
            continue;
        reach(root);
        for (size_t next = queue.size() - 1; next < queue.size(); ++next) {
            const int v = queue[next];
            for (int w : fromSources ? m_graph.down(v) : m_graph.up(v))
                reach(w);
            for (int w : fromSources ? m_graph.up(v) : m_graph.down(v))
                reach(w);
        }
    }
}

void LayeredOrdering::seededOrder(const std::vector<double> &seed)
{
    initialOrder(true); // the tie-break where seeds are equal
    for (size_t layer = 0; layer < m_layers.size(); ++layer) {
        std::stable_sort(m_layers[layer].begin(), m_layers[layer].end(),
                         [&seed](int a, int b) { return seed[size_t(a)] < seed[size_t(b)]; });
        place(layer);
    }
}

void LayeredOrdering::medianSweep(bool downwards, bool reverse)
{
    const size_t count = m_layers.size();
    std::vector<int> positions;
    std::vector<std::pair<double, int>> movable;
    for (size_t step = 1; step < count; ++step) {
        const size_t layer = downwards ? step : count - 1 - step;
        std::vector<int> &vertices = m_layers[layer];
        movable.clear();
        for (int v : vertices) {
            positions.clear();
            for (int w : downwards ? m_graph.up(v) : m_graph.down(v))
                positions.push_back(m_position[size_t(w)]);
            const double median = medianOf(positions);
            if (median >= 0)
                movable.emplace_back(median, v);
        }
        // Vertices without neighbours on that side keep their slots; the others are sorted
        // into the remaining ones.
        std::stable_sort(movable.begin(), movable.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        if (reverse) {
            for (auto run = movable.begin(); run != movable.end();) {
                const auto end = std::find_if(run, movable.end(), [run](const auto &item) {
                    return item.first != run->first;
                });
                std::reverse(run, end);
                run = end;
            }
        }
        size_t next = 0;
        for (int &slot : vertices) {
            const auto neighbours = downwards ? m_graph.up(slot) : m_graph.down(slot);
            if (!neighbours.empty())
                slot = movable[next++].second;
        }
        place(layer);
    }
}

// Swaps neighbours in a layer while that lowers the crossings with both adjacent layers.
bool LayeredOrdering::transposeAll(bool swapEqual)
{
    bool anySwap = false;
    bool improved = true;
    // Only layers next to a swap can gain from another pass.
    std::vector<char> dirty(m_layers.size(), 1);
    for (int pass = 0; improved && pass < 24; ++pass) {
        improved = false;
        for (size_t layer = 0; layer < m_layers.size(); ++layer) {
            if (!dirty[layer])
                continue;
            dirty[layer] = 0;
            std::vector<int> &vertices = m_layers[layer];
            bool swappedHere = false;
            for (size_t i = 0; i + 1 < vertices.size(); ++i) {
                const int v = vertices[i];
                const int w = vertices[i + 1];
                qint64 asIs = 0;
                qint64 swapped = 0;
                for (const bool above : {true, false}) {
                    const auto nv = above ? m_graph.up(v) : m_graph.down(v);
                    const auto nw = above ? m_graph.up(w) : m_graph.down(w);
                    for (int a : nv) {
                        for (int b : nw) {
                            const int pa = m_position[size_t(a)];
                            const int pb = m_position[size_t(b)];
                            asIs += pa > pb;
                            swapped += pa < pb;
                        }
                    }
                }
                if (swapped < asIs || (swapEqual && asIs > 0 && swapped == asIs)) {
                    std::swap(vertices[i], vertices[i + 1]);
                    m_position[size_t(v)] = int(i + 1);
                    m_position[size_t(w)] = int(i);
                    anySwap = swappedHere = true;
                    improved = improved || swapped < asIs;
                }
            }
            if (swappedHere) {
                dirty[layer] = 1;
                if (layer > 0)
                    dirty[layer - 1] = 1;
                if (layer + 1 < m_layers.size())
                    dirty[layer + 1] = 1;
            }
        }
    }
    return anySwap;
}

qint64 LayeredOrdering::crossings() const
{
    qint64 total = 0;
    for (size_t layer = 0; layer + 1 < m_layers.size(); ++layer)
        total += layerCrossings(layer);
    return total;
}

// Crossings between a layer and the next: inversions of the lower ends of the edges taken in
// the order of their upper ends, counted with a Fenwick tree (Barth, Jünger and Mutzel).
qint64 LayeredOrdering::layerCrossings(size_t upper) const
{
    const size_t size = m_layers[upper + 1].size();
    std::vector<int> tree(size + 1, 0);
    std::vector<int> ends;
    qint64 count = 0;
    int inserted = 0;
    for (int v : m_layers[upper]) {
        ends.clear();
        for (int w : m_graph.down(v))
            ends.push_back(m_position[size_t(w)]);
        std::sort(ends.begin(), ends.end());
        for (int end : ends) {
            int atMost = 0; // inserted ends at positions <= end
            for (size_t i = size_t(end) + 1; i > 0; i -= i & (~i + 1))
                atMost += tree[i];
            count += inserted - atMost;
            for (size_t i = size_t(end) + 1; i <= size; i += i & (~i + 1))
                ++tree[i];
            ++inserted;
        }
    }
    return count;
}

} // namespace Candor
