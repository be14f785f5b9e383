#include <doctest/doctest.h>

#include <sstream>

#include "bench/engine/scheduler.hpp"
#include "tests/engine/engine_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

struct Ran {
  RunSummary summary;
  std::vector<TaskResult> results;
};

Ran run_into(const Plan& plan, const std::string& path, int threads, bool retry_failed = false) {
  ResultStore store = ResultStore::open(path);
  RunOptions options;
  options.threads = threads;
  options.retry_failed = retry_failed;
  options.run_id = "test-run";
  std::ostringstream quiet;
  Progress progress(plan.tasks.size(), Progress::Style::Quiet, quiet);
  Ran ran{execute_plan(plan, store, options, progress), {}};
  ran.results = store.load_results();
  CHECK(quiet.str().empty());
  return ran;
}

}  // namespace

TEST_CASE("results are bit-identical for one and two threads; failures are stored and the run goes on") {
  Plan plan = make_plan(testing::small_experiment(3, 2));
  const std::string dir = testing::temp_dir();
  Ran one = run_into(plan, dir + "/one.db", 1);
  Ran two = run_into(plan, dir + "/two.db", 2);
  REQUIRE(one.results.size() == plan.tasks.size());
  CHECK(testing::comparable_text(one.results) == testing::comparable_text(two.results));

  CHECK(one.summary.planned == 24);
  CHECK(one.summary.ok == 18);
  CHECK(one.summary.failed == 6);  // the k_neighbors=60 pipeline, every fold
  CHECK(one.summary.failures.size() == 5);
  for (const TaskResult& r : one.results) {
    CHECK(r.run_id == "test-run");
    CHECK(r.n_train + r.n_test == r.dataset_samples);
    CHECK(r.dataset_samples == 150);
    bool failing = r.pipeline.find("k_neighbors=60") != std::string::npos;
    CHECK(r.status == (failing ? "failed" : "ok"));
    if (failing) {
      CHECK(r.error.find("k_neighbors=60") != std::string::npos);
      CHECK(r.test_metrics.empty());
      continue;
    }
    CHECK(r.test_metrics.size() == plan.metrics.size());
    CHECK(r.train_metrics.size() == plan.metrics.size());
    for (const char* stage : {"split", "resample", "weight", "fit", "predict", "metrics"})
      CHECK(r.stage_seconds.count(stage) == 1);
    CHECK(r.peak_memory_bytes > 0);
    if (r.pipeline.find("resample=smote") != std::string::npos) {
      CHECK(r.n_synthetic > 0);
      CHECK(r.n_train_resampled == r.n_train + r.n_synthetic);
    }
    if (r.pipeline.find("resample=random_under") != std::string::npos) CHECK(r.n_train_resampled < r.n_train);
  }
}

TEST_CASE("a second run skips finished tasks; --retry-failed re-runs only the failed ones") {
  Plan plan = make_plan(testing::small_experiment(3, 1));
  const std::string path = testing::temp_dir() + "/r.db";
  Ran first = run_into(plan, path, 2);
  Ran again = run_into(plan, path, 2);
  CHECK(again.summary.skipped == plan.tasks.size());
  CHECK(again.summary.ok + again.summary.failed == 0);
  Ran retried = run_into(plan, path, 2, true);
  CHECK(retried.summary.skipped == plan.tasks.size() - first.summary.failed);
  CHECK(retried.summary.failed == first.summary.failed);
  CHECK(testing::comparable_text(retried.results) == testing::comparable_text(first.results));
}
