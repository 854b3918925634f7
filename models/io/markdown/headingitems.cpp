// SPDX-License-Identifier: MIT
#include "headingitems.h"

#include <QHash>

namespace Candor {

void HeadingItems::hold(int level, ImportedTask task)
{
    m_held = Held{level, std::move(task)};
}

void HeadingItems::close(const std::optional<StatusMeaning> &sectionStatus)
{
    if (!m_held)
        return;
    // The sections it was read in give its status; not the ones open when the document ends.
    if (!m_held->task.status) {
        if (sectionStatus)
            sectionStatus->applyTo(m_held->task);
        else
            m_held->task.status = Status::Todo;
    }
    m_closed.append(std::move(*m_held));
    m_held.reset();
}

QList<ImportedTask> HeadingItems::take()
{
    QHash<int, int> perLevel;
    for (const Held &h : std::as_const(m_closed)) {
        if (h.task.key.isEmpty())
            ++perLevel[h.level];
    }
    // A lone "**STATUS: APPROVED**" under "## Approval" is the document's word, not an item.
    QList<ImportedTask> items;
    for (Held &h : m_closed) {
        if (!h.task.key.isEmpty() || perLevel.value(h.level) >= 2)
            items.append(std::move(h.task));
    }
    m_closed.clear();
    return items;
}

} // namespace Candor
