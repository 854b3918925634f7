// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>

#include <vector>

namespace Candor {

// Task id → dense index. Database ids are nearly consecutive, so when they span at most a few
// times their count the map is a flat table (one subtraction and one load, no hashing: 100k
// lookups in well under a millisecond); otherwise it falls back to a hash.
class TaskIndex final
{
public:
    TaskIndex() = default;
    // Prepares for ids in [lowest, highest], about `count` of them.
    TaskIndex(qint64 lowest, qint64 highest, qsizetype count);

    // The index of id, or -1.
    int value(qint64 id) const
    {
        if (!m_table.empty()) {
            const quint64 slot = quint64(id) - quint64(m_lowest);
            return slot < m_table.size() ? m_table[std::size_t(slot)] : -1;
        }
        return m_hash.value(id, -1);
    }
    // Gives id the next index unless it has one; returns its index either way.
    int insert(qint64 id);
    int size() const { return m_size; }

private:
    void spill(); // from the table into the hash, for an id outside the range prepared for

    qint64 m_lowest = 0;
    std::vector<int> m_table; // id − m_lowest → index, -1 for none
    QHash<qint64, int> m_hash;
    int m_size = 0;
};

} // namespace Candor
