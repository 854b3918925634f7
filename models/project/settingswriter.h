// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/writeresult.h"

#include <QCoreApplication>

namespace Candor {

class UnitOfWork;

// Writes the project row: its name and its settings (a JSON object kept in the file).
class SettingsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWriter)
public:
    explicit SettingsWriter(UnitOfWork &work)
        : m_work(work)
    {}

    WriteResult apply(Change::SetSetting &change, ChangeSet &inverse);
    WriteResult apply(Change::SetName &change, ChangeSet &inverse);

private:
    WriteResult writeColumn(const QString &column, const QVariant &value, const QString &what);

    UnitOfWork &m_work;
};

} // namespace Candor
