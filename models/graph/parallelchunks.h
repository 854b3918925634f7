// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QThreadPool;

namespace Candor {

// Runs work(0) .. work(count − 1) on a thread pool and returns when all are done. The calling
// thread takes chunks too, and helpers are only started on threads that are free at once
// (QThreadPool::tryStart), so this never deadlocks when called from a pool thread, and never
// waits behind unrelated work queued on the pool.
class ParallelChunks final
{
public:
    // maxThreads counts the calling thread; 0 means as many as the pool has.
    static void run(int count, const std::function<void(int)> &work, QThreadPool *pool,
                    int maxThreads = 0);
};

} // namespace Candor
