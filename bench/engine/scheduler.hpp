// Runs the tasks of a plan in parallel under oneTBB and hands each finished
// task to the result store.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "bench/engine/plan.hpp"
#include "bench/engine/progress.hpp"
#include "bench/engine/result_store.hpp"

namespace imbench {

struct RunOptions {
  int threads = 0;            // 0: all hardware threads
  bool retry_failed = false;  // re-run tasks the store holds as failed
  std::string run_id;         // written into every result
};

struct RunSummary {
  std::size_t planned = 0;  // tasks in the plan
  std::size_t skipped = 0;  // already in the store
  std::size_t ok = 0;
  std::size_t failed = 0;
  double seconds = 0;
  std::vector<std::string> failures;  // "dataset | pipeline | repeat r fold f: message", first few
};

// Tasks of the plan that still have to run, given what the store holds.
std::vector<const PlannedTask*> pending_tasks(const Plan& plan, const ResultStore& store, bool retry_failed);

// Threads to use: `requested`, or the hardware concurrency when 0.
int resolve_threads(int requested);

// Runs the pending tasks in a task arena of options.threads threads. Results
// do not depend on the thread count: every task draws only from its own
// keyed streams. A task that fails is stored as failed; a store that cannot
// be written stops the run with an Error.
RunSummary execute_plan(const Plan& plan, ResultStore& store, const RunOptions& options, Progress& progress);

}  // namespace imbench
