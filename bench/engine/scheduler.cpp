#include "bench/engine/scheduler.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <mutex>

#include "bench/engine/task_runner.hpp"

namespace imbench {
namespace {
constexpr std::size_t kFailuresKept = 5;
}  // namespace

std::vector<const PlannedTask*> pending_tasks(const Plan& plan, const ResultStore& store, bool retry_failed) {
  std::set<std::string> done = store.finished_keys();
  if (retry_failed)
    for (const std::string& key : store.failed_keys()) done.erase(key);
  std::vector<const PlannedTask*> pending;
  for (const PlannedTask& task : plan.tasks)
    if (!done.count(task.key)) pending.push_back(&task);
  return pending;
}

int resolve_threads(int requested) {
  if (requested > 0) return requested;
  // The container's CPU quota is not seen by every TBB build; default_concurrency
  // honours the affinity mask at least.
  return std::max(1, tbb::info::default_concurrency());
}

RunSummary execute_plan(const Plan& plan, ResultStore& store, const RunOptions& options, Progress& progress) {
  RunSummary summary;
  summary.planned = plan.tasks.size();
  std::vector<const PlannedTask*> pending = pending_tasks(plan, store, options.retry_failed);
  summary.skipped = summary.planned - pending.size();
  // Largest data sets first: the long tasks do not end up alone at the tail
  // of the run, and the ETA errs on the long side. Order never affects results.
  std::stable_sort(pending.begin(), pending.end(), [&](const PlannedTask* a, const PlannedTask* b) {
    return plan.datasets[a->dataset].data->X.size() > plan.datasets[b->dataset].data->X.size();
  });

  std::mutex finished;  // one writer at a time, and it also guards the summary and progress
  auto start = std::chrono::steady_clock::now();
  tbb::task_arena arena(resolve_threads(options.threads));
  arena.execute([&] {
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, pending.size(), 1), [&](const auto& range) {
      for (std::size_t i = range.begin(); i != range.end(); ++i) {
        TaskResult result = run_task(plan, *pending[i]);
        result.run_id = options.run_id;
        std::lock_guard lock(finished);
        store.record(result);
        bool ok = result.status == "ok";
        ++(ok ? summary.ok : summary.failed);
        if (!ok && summary.failures.size() < kFailuresKept)
          summary.failures.push_back(result.dataset + " | " + result.pipeline + " | repeat " +
                                     std::to_string(result.repeat) + " fold " + std::to_string(result.fold) + ": " +
                                     result.error);
        progress.task_done(ok);
      }
    });
  });
  progress.finish();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace imbench
