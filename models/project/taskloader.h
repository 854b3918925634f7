// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "projectloader.h"

#include <QAtomicInt>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <memory>

namespace Candor {

// Reads the rest of a large project's tasks on a worker thread, through its own read-only
// connection and inside one read transaction (one WAL snapshot), and hands them over in chunks.
// The window paints the first page at once instead of waiting for Qt SQL to convert every cell.
// The links (dependencies, milestone gates) come first, built into a graph on this thread.
class TaskLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLoader)
public:
    // Loads tasks with afterId < id <= lastId, in id order; the links first when withLinks.
    // Reads the file the way the project's own connection does (read-only media, an upgraded
    // copy), through a second, read-only connection of its own.
    TaskLoader(const QSqlDatabase &source, qint64 afterId, qint64 lastId, bool withLinks,
               int chunkSize = 5000);

    void run(); // on the worker thread
    void cancel() { m_cancelled.storeRelaxed(1); }

    // Blocks until the links were read (at once if they were), then hands them over: once,
    // and null after that, when they could not be read, or when they were not asked for.
    // Thread-safe: for an edit that comes before linksLoaded() is delivered.
    std::shared_ptr<ProjectLinks> takeLinks();

signals:
    void linksLoaded(); // takeLinks() will not block
    void chunkLoaded(const QList<Candor::Task> &tasks);
    void finished(const QString &error); // empty when every task was read

private:
    void publishLinks(std::shared_ptr<ProjectLinks> links);

    QString m_databaseName;
    QString m_connectOptions;
    qint64 m_afterId;
    qint64 m_lastId;
    bool m_withLinks;
    int m_chunkSize;
    QAtomicInt m_cancelled;
    QMutex m_linksMutex;
    QWaitCondition m_linksRead;
    bool m_linksDone = false;
    std::shared_ptr<ProjectLinks> m_links;
};

} // namespace Candor
