// Kills a real `imbench run` with SIGKILL part-way, resumes it, and checks
// the store ends up as if the run had never been interrupted.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "bench/engine/result_store.hpp"
#include "tests/engine/engine_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

constexpr const char* kExperiment = R"(datasets:
  - make_classification:n_samples=400,n_features=10,weights=0.85,seed=5
pipelines:
  - model=random_forest:n_trees=30
  - resample=smote model=decision_tree
  - weight=balanced model=logistic_regression
cv: {folds: 5, repeats: 4}
metrics: [balanced_accuracy, f1, roc_auc]
seed: 3
)";
constexpr std::size_t kTasks = 3 * 4 * 5;

pid_t start_run(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::string binary = IMBENCH_BINARY;
  argv.push_back(binary.data());
  std::vector<std::string> owned = args;
  for (std::string& a : owned) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

// Tasks in the store, or 0 while the child has not created it yet.
std::size_t stored_tasks(const std::string& path) {
  try {
    return ResultStore::open_existing(path).finished_keys().size();
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

TEST_CASE("a run killed with SIGKILL resumes to the same results as an uninterrupted run") {
  const std::string dir = testing::temp_dir();
  const std::string experiment = dir + "/crash.yaml";
  std::ofstream(experiment) << kExperiment;

  pid_t reference = start_run({"run", experiment, "--store", dir + "/reference.db", "--threads", "2", "--quiet"});
  REQUIRE(wait_exit(reference) == 0);

  const std::string store = dir + "/killed.db";
  pid_t victim = start_run({"run", experiment, "--store", store, "--threads", "1", "--quiet"});
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (stored_tasks(store) < 3 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  REQUIRE(kill(victim, SIGKILL) == 0);
  int status = wait_exit(victim);
  REQUIRE(WIFSIGNALED(status));
  std::size_t at_kill = stored_tasks(store);
  CHECK(at_kill >= 3);
  REQUIRE(at_kill < kTasks);  // otherwise nothing was interrupted

  pid_t resumed = start_run({"run", experiment, "--store", store, "--threads", "2", "--quiet"});
  REQUIRE(wait_exit(resumed) == 0);

  ResultStore killed_then_resumed = ResultStore::open_existing(store);
  std::vector<TaskResult> results = killed_then_resumed.load_results();
  CHECK(results.size() == kTasks);
  CHECK(testing::comparable_text(results) ==
        testing::comparable_text(ResultStore::open_existing(dir + "/reference.db").load_results()));
  for (const TaskResult& r : results) {
    CHECK(r.status == "ok");
    CHECK(r.test_metrics.size() == 3);  // no task was stored half-written
  }
  std::vector<RunInfo> runs = killed_then_resumed.load_runs();
  REQUIRE(runs.size() == 2);
  std::size_t unfinished = 0;
  for (const RunInfo& run : runs) unfinished += run.finished_at.empty();
  CHECK(unfinished == 1);  // the killed run never recorded its end
}
