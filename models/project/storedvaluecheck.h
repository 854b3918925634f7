// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/taskfield.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace Candor {

// One task value that breaks the file's own rules (a status `bogus`, progress 250), as a tool
// that wrote the file with SQLite's check constraints off can leave it.
struct DamagedValue
{
    qint64 taskId = 0;
    QString key;
    TaskField field = TaskField::Status;
    QVariant stored; // what the file holds
    QVariant readAs; // the raw value Candor reads it as (TaskRows::readValue)
};

// Finds the damaged task values of a project file, says what they are, and builds the change
// that writes each one as Candor reads it: one transaction, one undo step in the window.
class StoredValueCheck final
{
    Q_DECLARE_TR_FUNCTIONS(StoredValueCheck)
public:
    // Every damaged value, in task order. *ok false when the file could not be read.
    static QList<DamagedValue> find(const QSqlDatabase &db, bool *ok = nullptr);
    // One line per value: "SEC-001 status: “bogus” (read as todo)".
    static QStringList describe(const QList<DamagedValue> &values);
    // Writes each value as it is read: status todo, priority P2, verification unverified,
    // progress into 0–100, a negative estimate emptied.
    static ChangeSet repair(const QList<DamagedValue> &values);
};

} // namespace Candor
