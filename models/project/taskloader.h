// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QAtomicInt>
#include <QObject>

namespace Candor {

// Reads the rest of a large project's tasks on a worker thread, through its own read-only
// connection and inside one read transaction (one WAL snapshot), and hands them over in chunks.
// The window paints the first page at once instead of waiting for Qt SQL to convert every cell.
class TaskLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLoader)
public:
    // Loads tasks with afterId < id <= lastId, in id order.
    TaskLoader(QString path, qint64 afterId, qint64 lastId, int chunkSize = 5000);

    void run(); // on the worker thread
    void cancel() { m_cancelled.storeRelaxed(1); }

signals:
    void chunkLoaded(const QList<Candor::Task> &tasks);
    void finished(const QString &error); // empty when every task was read

private:
    QString m_path;
    qint64 m_afterId;
    qint64 m_lastId;
    int m_chunkSize;
    QAtomicInt m_cancelled;
};

} // namespace Candor
