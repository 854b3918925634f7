// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/writeresult.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Candor {

class UnitOfWork;

// Writes checklist items (the "- [ ]" lines of a task): add, remove, change, move.
class ChecklistWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistWriter)
public:
    explicit ChecklistWriter(UnitOfWork &work)
        : m_work(work)
    {}

    WriteResult apply(Change::InsertChecklistItem &change, ChangeSet &inverse);
    WriteResult apply(Change::RemoveChecklistItem &change, ChangeSet &inverse);
    WriteResult apply(Change::SetChecklistItem &change, ChangeSet &inverse);
    WriteResult apply(Change::MoveChecklistItem &change, ChangeSet &inverse);

    // The one checklist INSERT, also used when tasks are inserted with their items: prepare
    // the query once, then insert(); fills in item.id when it was 0.
    static bool prepareInsert(QSqlQuery &query);
    static bool insert(QSqlQuery &query, ChecklistItem &item);

private:
    bool read(qint64 itemId, ChecklistItem *item) const;
    WriteResult logged(const QString &what, qint64 taskId, const QString &field,
                       const QString &oldValue, const QString &newValue);

    UnitOfWork &m_work;
};

} // namespace Candor
