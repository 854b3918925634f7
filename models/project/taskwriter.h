// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/writeresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>

namespace Candor {

class UnitOfWork;

// Writes task rows: field changes, inserts (with what a task brings: edges, gates, checklist)
// and removals, each with its history rows; appends to *inverse what undoes it.
class TaskWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TaskWriter)
public:
    explicit TaskWriter(UnitOfWork &work)
        : m_work(work)
    {}

    WriteResult apply(Change::SetField &change, ChangeSet &inverse);
    WriteResult apply(Change::InsertTasks &change, ChangeSet &inverse);
    WriteResult apply(Change::RemoveTasks &change, ChangeSet &inverse);

private:
    // The new column values of a field change, grouped by value (in order of appearance).
    struct ColumnValues
    {
        void add(const QVariant &value, qint64 id);
        QList<std::pair<QVariant, QList<qint64>>> groups;
        QHash<QString, int> index;
    };

    QString eventText(TaskField field, const QVariant &value) const;
    WriteResult setMilestones(const Change::SetField &change);
    WriteResult updateColumn(TaskField field, const ColumnValues &values);

    UnitOfWork &m_work;
};

} // namespace Candor
