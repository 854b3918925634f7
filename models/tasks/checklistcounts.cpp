// SPDX-License-Identifier: MIT
#include "checklistcounts.h"

namespace Candor {

bool ChecklistCounts::read(const QSqlDatabase &db)
{
    bool ok = false;
    m_counts = ProjectReader(db).checklistCounts(&ok);
    return ok;
}

void ChecklistCounts::refresh(const QSqlDatabase &db, qint64 taskId)
{
    bool ok = false;
    const Count count = ProjectReader(db).checklistCount(taskId, &ok);
    if (ok && count.total > 0)
        m_counts.insert(taskId, count);
    else
        m_counts.remove(taskId);
}

} // namespace Candor
