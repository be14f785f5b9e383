#include <doctest/doctest.h>

#include <sqlite3.h>

#include <cmath>
#include <limits>

#include "bench/engine/result_store.hpp"
#include "core/error.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

TaskResult sample_result(const std::string& key, const std::string& dataset, int fold, const std::string& status) {
  TaskResult r;
  r.task_key = key;
  r.dataset = dataset;
  r.dataset_hash = "abc";
  r.pipeline = "resample=none weight=none model=m";
  r.cv = "stratified_kfold:folds=5";
  r.seed = 18446744073709551615ull;  // the largest seed survives SQLite's signed integers
  r.repeat = 1;
  r.fold = fold;
  r.status = status;
  r.error = status == "ok" ? "" : "smote: class 1 has 3 samples";
  r.run_id = "run1";
  if (status == "ok") {
    r.train_metrics = {{"f1", 0.75}, {"mcc", 0.1 + 0.2}};
    r.test_metrics = {{"f1", 0.5}, {"roc_auc", std::numeric_limits<double>::quiet_NaN()}};
  }
  r.n_train = 80, r.n_test = 20, r.n_train_resampled = 140, r.n_synthetic = 60;
  r.stage_seconds = {{"fit", 0.25}, {"split", 0.001}};
  r.peak_memory_bytes = 123456789;
  r.dataset_samples = 100, r.dataset_features = 7, r.minority_percent = 12.5;
  return r;
}

void check_same(const TaskResult& a, const TaskResult& b) {
  CHECK(a.task_key == b.task_key);
  CHECK(a.dataset == b.dataset);
  CHECK(a.dataset_hash == b.dataset_hash);
  CHECK(a.pipeline == b.pipeline);
  CHECK(a.cv == b.cv);
  CHECK(a.seed == b.seed);
  CHECK(a.repeat == b.repeat);
  CHECK(a.fold == b.fold);
  CHECK(a.status == b.status);
  CHECK(a.error == b.error);
  CHECK(a.run_id == b.run_id);
  CHECK(a.train_metrics == b.train_metrics);
  REQUIRE(a.test_metrics.size() == b.test_metrics.size());
  for (const auto& [name, value] : a.test_metrics)
    CHECK((std::isnan(value) ? std::isnan(b.test_metrics.at(name)) : value == b.test_metrics.at(name)));
  CHECK(a.n_train == b.n_train);
  CHECK(a.n_test == b.n_test);
  CHECK(a.n_train_resampled == b.n_train_resampled);
  CHECK(a.n_synthetic == b.n_synthetic);
  CHECK(a.stage_seconds == b.stage_seconds);
  CHECK(a.peak_memory_bytes == b.peak_memory_bytes);
  CHECK(a.dataset_samples == b.dataset_samples);
  CHECK(a.dataset_features == b.dataset_features);
  CHECK(a.minority_percent == b.minority_percent);
}

}  // namespace

TEST_CASE("results round-trip exactly, ordered by data set, pipeline, repeat and fold") {
  std::string path = testing::temp_dir() + "/sub/dir/r.db";  // missing folders are created
  std::vector<TaskResult> written = {sample_result("k3", "yeast", 0, "ok"), sample_result("k1", "ecoli", 2, "ok"),
                                     sample_result("k2", "ecoli", 0, "failed")};
  {
    ResultStore store = ResultStore::open(path);
    for (const auto& r : written) store.record(r);
  }
  ResultStore store = ResultStore::open_existing(path);
  std::vector<TaskResult> loaded = store.load_results();
  REQUIRE(loaded.size() == 3);
  check_same(loaded[0], written[2]);
  check_same(loaded[1], written[1]);
  check_same(loaded[2], written[0]);
  CHECK(loaded[0].train_metrics.empty());
  CHECK(store.finished_keys() == std::set<std::string>{"k1", "k2", "k3"});
  CHECK(store.failed_keys() == std::set<std::string>{"k2"});
}

TEST_CASE("recording a key again replaces the old result and its metrics") {
  ResultStore store = ResultStore::open(testing::temp_dir() + "/r.db");
  store.record(sample_result("k", "ecoli", 0, "failed"));
  TaskResult retried = sample_result("k", "ecoli", 0, "ok");
  retried.train_metrics = {{"accuracy", 0.9}};
  store.record(retried);
  std::vector<TaskResult> loaded = store.load_results();
  REQUIRE(loaded.size() == 1);
  check_same(loaded[0], retried);
  CHECK(store.failed_keys().empty());
}

TEST_CASE("run provenance is stored and updated when the run finishes") {
  ResultStore store = ResultStore::open(testing::temp_dir() + "/r.db");
  RunInfo info = collect_run_info();
  info.threads = 3;
  info.seed = 9;
  info.experiment = "datasets: [ecoli]\n";
  store.record_run(info);
  CHECK(store.load_runs().at(0).finished_at.empty());
  info.finished_at = utc_now();
  store.record_run(info);
  std::vector<RunInfo> runs = store.load_runs();
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].run_id == info.run_id);
  CHECK(runs[0].finished_at == info.finished_at);
  CHECK(runs[0].libraries == info.libraries);
  CHECK(runs[0].libraries.count("SQLite"));
  CHECK(runs[0].libraries.at("Eigen").rfind("3.", 0) == 0);
  CHECK(runs[0].experiment == info.experiment);
  CHECK(runs[0].threads == 3);
  CHECK(runs[0].git_revision.size() >= 7);
  CHECK(collect_run_info().run_id != info.run_id);
  CHECK(runs[0].cpu == info.cpu);
}

TEST_CASE("a store written before runs recorded the CPU gets the column when opened") {
  const std::string path = testing::temp_dir() + "/old.db";
  {
    ResultStore store = ResultStore::open(path);
    RunInfo info = collect_run_info();
    info.cpu = "Some CPU";
    store.record_run(info);
  }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "ALTER TABLE runs DROP COLUMN cpu", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  ResultStore old = ResultStore::open_existing(path);
  REQUIRE(old.load_runs().size() == 1);
  CHECK(old.load_runs()[0].cpu.empty());
  RunInfo next = collect_run_info();
  next.cpu = "Other CPU";
  old.record_run(next);
  CHECK(old.load_runs().size() == 2);
}

TEST_CASE("open_existing refuses missing files and databases that are not result stores") {
  std::string dir = testing::temp_dir();
  CHECK_THROWS_WITH_AS(ResultStore::open_existing(dir + "/none.db"), doctest::Contains("does not exist"), Error);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open((dir + "/other.db").c_str(), &db) == SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE results (x INTEGER)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  CHECK_THROWS_WITH_AS(ResultStore::open_existing(dir + "/other.db"),
                       doctest::Contains("is not an imbench result store"), Error);
  CHECK_THROWS_WITH_AS(ResultStore::open(dir + "/other.db"), doctest::Contains("not an imbench result store"), Error);
}
