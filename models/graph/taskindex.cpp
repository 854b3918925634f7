// SPDX-License-Identifier: MIT
#include "taskindex.h"

namespace Candor {

namespace {
// A table up to this many slots per id (plus some) costs less than the hash would.
constexpr qint64 slotsPerId = 4;
constexpr qint64 spareSlots = 1024;
} // namespace

TaskIndex::TaskIndex(qint64 lowest, qint64 highest, qsizetype count)
{
    if (highest >= lowest &&
        quint64(highest) - quint64(lowest) <= quint64(slotsPerId * (qint64(count) + spareSlots))) {
        m_lowest = lowest;
        m_table.assign(std::size_t(highest - lowest) + 1, -1);
    } else {
        m_hash.reserve(count);
    }
}

int TaskIndex::insert(qint64 id)
{
    if (!m_table.empty()) {
        const quint64 slot = quint64(id) - quint64(m_lowest);
        if (slot < m_table.size()) {
            int &index = m_table[std::size_t(slot)];
            if (index < 0)
                index = m_size++;
            return index;
        }
        spill();
    }
    const auto it = m_hash.constFind(id);
    if (it != m_hash.cend())
        return it.value();
    m_hash.insert(id, m_size);
    return m_size++;
}

void TaskIndex::spill()
{
    m_hash.reserve(m_size + 1);
    for (std::size_t slot = 0; slot < m_table.size(); ++slot) {
        if (m_table[slot] >= 0)
            m_hash.insert(m_lowest + qint64(slot), m_table[slot]);
    }
    m_table.clear();
    m_table.shrink_to_fit();
}

} // namespace Candor
