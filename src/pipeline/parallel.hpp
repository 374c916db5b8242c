// Runs body(i) for every i in [0, n) on a few threads. Each thread takes the next index when it
// is done with its last, so long and short documents keep every core busy; each i writes only
// its own slot of the results, so the output does not depend on the schedule.
#pragma once

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kban {

// The cores this process may run on (taskset, cgroups), not all the machine has.
inline unsigned usable_cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) return static_cast<unsigned>(std::max(1, CPU_COUNT(&set)));
  return std::max(1u, std::thread::hardware_concurrency());
}

// jobs 0: all usable cores. The first exception a body throws stops the handout and is
// rethrown here once every thread has finished.
template <typename Body>
void for_each_index(std::size_t n, unsigned jobs, Body body) {
  const std::size_t threads = std::min<std::size_t>(n, jobs == 0 ? usable_cores() : jobs);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) body(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex error_lock;
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) {
      try {
        body(i);
      } catch (...) {
        const std::lock_guard<std::mutex> hold(error_lock);
        if (!error) error = std::current_exception();
        next.store(n, std::memory_order_relaxed);
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
  }  // joins
  if (error) std::rethrow_exception(error);
}

}  // namespace kban
