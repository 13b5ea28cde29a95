// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <thread>
#include <vector>

namespace rackline {

/// Runs work(first, last) over [0, count) split into one contiguous range per core, the
/// calling thread taking the first. For independent analyses (Monte Carlo samples, tornado
/// levers), each range with its own Engine.
template<typename Work>
void inParallel(int count, const Work &work)
{
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    const int perThread = (count + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (int t = 1; t < threads && t * perThread < count; ++t)
        workers.emplace_back(work, t * perThread, std::min(count, (t + 1) * perThread));
    work(0, std::min(count, perThread));
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace rackline
