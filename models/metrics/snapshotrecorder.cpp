// SPDX-License-Identifier: MIT
#include "snapshotrecorder.h"

#include "project/project.h"

#include <QUndoStack>

namespace Candor {

SnapshotRecorder::SnapshotRecorder(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_store(*project)
    , m_last(m_store.lastDate())
    , m_today([]() { return QDate::currentDate(); })
{
    // Every edit, undo and redo moves the undo stack; opening and loading do not.
    connect(project->undoStack(), &QUndoStack::indexChanged, this,
            &SnapshotRecorder::projectChanged);
}

void SnapshotRecorder::projectChanged()
{
    if (m_project->isReadOnly() || m_last == m_today())
        return;
    if (const WriteResult result = takeNow(); !result) {
        m_last = m_today(); // said once, not after every edit of the day
        m_project->reportWriteFailure(result.error());
    }
}

WriteResult SnapshotRecorder::takeNow()
{
    const QDate today = m_today();
    WriteResult result = m_store.take(today);
    if (result.ok()) {
        m_last = today;
        emit taken();
    }
    return result;
}

} // namespace Candor
