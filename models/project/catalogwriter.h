// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/writeresult.h"

#include <QCoreApplication>

namespace Candor {

class UnitOfWork;

// Writes what tasks are grouped and gated by: components and milestones.
class CatalogWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogWriter)
public:
    explicit CatalogWriter(UnitOfWork &work)
        : m_work(work)
    {}

    WriteResult apply(Change::AddComponent &change, ChangeSet &inverse);
    WriteResult apply(Change::UpdateComponent &change, ChangeSet &inverse);
    WriteResult apply(Change::RemoveComponent &change, ChangeSet &inverse);
    WriteResult apply(Change::AddMilestone &change, ChangeSet &inverse);
    WriteResult apply(Change::UpdateMilestone &change, ChangeSet &inverse);
    WriteResult apply(Change::RemoveMilestone &change, ChangeSet &inverse);

private:
    QString checkComponent(const Component &component) const;

    UnitOfWork &m_work;
};

} // namespace Candor
