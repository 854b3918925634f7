// SPDX-License-Identifier: MIT
#pragma once

#include "project/projectreader.h"

#include <QHash>
#include <QSqlDatabase>

namespace Candor {

// How many checklist items each task has and how many are checked ("3/5" on a card), read in
// one aggregate query (ProjectReader) and refreshed per task when its checklist changes, so that
// painting a card never queries the file.
class ChecklistCounts final
{
public:
    using Count = ChecklistCount;

    bool read(const QSqlDatabase &db);
    void refresh(const QSqlDatabase &db, qint64 taskId);
    Count of(qint64 taskId) const { return m_counts.value(taskId); }

private:
    QHash<qint64, Count> m_counts;
};

} // namespace Candor
