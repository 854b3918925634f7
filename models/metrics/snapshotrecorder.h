// SPDX-License-Identifier: MIT
#pragma once

#include "core/writeresult.h"
#include "snapshotstore.h"

#include <QObject>

#include <functional>

namespace Candor {

// Keeps the completion history going: after an edit (or undo, redo) of the project, takes a
// snapshot unless one was taken that day; nothing while nothing changes. takeNow() is the on-demand
// one.
class SnapshotRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotRecorder)
public:
    explicit SnapshotRecorder(Project *project, QObject *parent = nullptr);

    const SnapshotStore &store() const { return m_store; }
    WriteResult takeNow();
    void setClock(std::function<QDate()> today) { m_today = std::move(today); } // tests

signals:
    void taken();

private:
    void projectChanged();

    Project *m_project;
    SnapshotStore m_store;
    QDate m_last; // the day of the newest snapshot, read once
    std::function<QDate()> m_today;
};

} // namespace Candor
