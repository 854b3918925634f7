// SPDX-License-Identifier: MIT
#include "parallelchunks.h"

#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <memory>

namespace Candor {

namespace {

// Shared with the helpers, which may outlive run(): a helper that starts after the last chunk
// was taken finds nothing to do and touches nothing but this.
struct Chunks
{
    explicit Chunks(int count, const std::function<void(int)> &work)
        : count(count)
        , work(&work)
    {}

    void drain()
    {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
            (*work)(i);
            if (done.fetch_add(1) + 1 == count) {
                const QMutexLocker locker(&mutex);
                allDone.wakeAll();
            }
        }
    }

    const int count;
    const std::function<void(int)> *work; // valid while a chunk is left to take
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    QMutex mutex;
    QWaitCondition allDone;
};

} // namespace

void ParallelChunks::run(int count, const std::function<void(int)> &work, QThreadPool *pool,
                         int maxThreads)
{
    if (count <= 0)
        return;
    if (!pool)
        pool = QThreadPool::globalInstance();
    const int threads = maxThreads > 0 ? maxThreads : std::max(1, pool->maxThreadCount());
    const auto chunks = std::make_shared<Chunks>(count, work);
    for (int helper = 1; helper < std::min(threads, count); ++helper) {
        if (!pool->tryStart([chunks] { chunks->drain(); }))
            break; // no free thread now: the ones started (and this one) do the rest
    }
    chunks->drain();
    const QMutexLocker locker(&chunks->mutex);
    while (chunks->done.load() < count)
        chunks->allDone.wait(&chunks->mutex);
}

} // namespace Candor
