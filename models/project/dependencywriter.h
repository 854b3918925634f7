// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/writeresult.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Candor {

class UnitOfWork;

// Writes "depends on" edges, keeping the graph acyclic: an edge that would close a cycle is
// refused with the cycle named. Appends to *inverse what undoes each change.
class DependencyWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DependencyWriter)
public:
    explicit DependencyWriter(UnitOfWork &work);

    WriteResult apply(Change::AddEdges &change, ChangeSet &inverse);
    WriteResult apply(Change::RemoveEdges &change, ChangeSet &inverse);
    WriteResult apply(Change::LinkKeys &change, ChangeSet &inverse);
    // Adds the edges whose ends exist and that are not there yet, without history rows (what a
    // task brings when it is inserted); a cycle still fails.
    WriteResult insertQuietly(const QList<Edge> &edges);

private:
    QString describe(const QList<qint64> &cycle) const;
    WriteResult write(const Edge &edge, bool add, bool logged);

    UnitOfWork &m_work;
    QSqlQuery m_insert;
    QSqlQuery m_delete;
};

} // namespace Candor
