// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"
#include "io/vocabulary/statusvocabulary.h"

#include <QList>

#include <optional>

namespace Candor {

// Headings that may be items of their own (see docs/import.md): "#### 🐛 BUG-001: Title", or
// "### Voice Integration" with "**Status:** Planned" under it. One is held while its section is
// read and dropped when a task follows under it (it is then their group); at the end a keyed one
// is an item, an unkeyed one only where the document repeats the block at its level.
class HeadingItems final
{
public:
    HeadingItems() = default;
    Q_DISABLE_COPY_MOVE(HeadingItems)

    // The heading held, if any.
    ImportedTask *held() { return m_held ? &m_held->task : nullptr; }
    int heldLevel() const { return m_held ? m_held->level : 0; }
    void hold(int level, ImportedTask task);
    // A task followed under the held heading: it is a group, not an item.
    void drop() { m_held.reset(); }
    // The held heading's section ended; \a sectionStatus is what its sections said.
    void close(const std::optional<StatusMeaning> &sectionStatus);
    // The items, in document order, once the whole document is read.
    QList<ImportedTask> take();

private:
    struct Held
    {
        int level = 0;
        ImportedTask task;
    };
    std::optional<Held> m_held;
    QList<Held> m_closed;
};

} // namespace Candor
