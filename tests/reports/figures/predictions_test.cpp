// Stored test-fold predictions: encoding, round trip, old stores, resume, and
// the pooled curves built from them.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <limits>
#include <set>
#include <sstream>

#include "bench/engine/scheduler.hpp"
#include "core/error.hpp"
#include "datasets/lib/catalogue.hpp"
#include "reports/lib/figures/curves.hpp"
#include "tests/engine/engine_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::reports::figures;

namespace {

std::map<std::string, TaskPredictions> run_with_predictions(Plan plan, const std::string& path) {
  plan.store_predictions = true;
  ResultStore store = ResultStore::open(path);
  RunOptions options;
  options.threads = 2;
  std::ostringstream quiet;
  Progress progress(plan.tasks.size(), Progress::Style::Quiet, quiet);
  execute_plan(plan, store, options, progress);
  return store.load_predictions();
}

TaskResult ok_result(const std::string& key, const std::string& dataset) {
  TaskResult r;
  r.task_key = key;
  r.dataset = dataset;
  r.dataset_hash = "00";
  r.pipeline = "p";
  r.cv = "cv";
  r.status = "ok";
  return r;
}

bool same(const TaskPredictions& a, const TaskPredictions& b) {
  return a.n_classes == b.n_classes && a.positive_class == b.positive_class && a.rows == b.rows &&
         a.labels == b.labels && a.proba == b.proba;
}

}  // namespace

TEST_CASE("little-endian encodings round-trip bit for bit, and a torn blob is an error") {
  const std::vector<double> values = {0.1, -0.0, std::numeric_limits<double>::denorm_min(), 1e308,
                                      std::numeric_limits<double>::quiet_NaN()};
  std::string bytes = encode_float64(values);
  REQUIRE(bytes.size() == 40);
  CHECK(static_cast<unsigned char>(bytes[7]) == 0x3F);  // 0.1 = 0x3FB999999999999A, high byte last
  CHECK(encode_float64(decode_float64(bytes, "x")) == bytes);
  CHECK(decode_int64(encode_int64({-1, 0, 1LL << 40}), "x") == std::vector<std::int64_t>{-1, 0, 1LL << 40});
  CHECK(encode_int32({258}) == std::string("\x02\x01\x00\x00", 4));
  CHECK_THROWS_WITH_AS(decode_int32("abcde", "task k (label)"), doctest::Contains("task k (label)"), Error);
}

TEST_CASE("predictions round-trip through the store, by data set, and replace an earlier result") {
  const std::string path = testing::temp_dir() + "/p.db";
  TaskResult r = ok_result("k1", "toy");
  r.test_predictions = {3, 2, {5, 0, 9}, {2, 0, 1}, {0.1, 0.2, 0.7, 0.5, 0.25, 0.25, 0, 0.5, 0.5}};
  TaskResult other = ok_result("k2", "other");
  other.test_predictions = r.test_predictions;
  TaskResult none = ok_result("k3", "toy");
  {
    ResultStore store = ResultStore::open(path);
    store.record(r);
    store.record(other);
    store.record(none);
  }
  ResultStore store = ResultStore::open_existing(path);
  std::map<std::string, TaskPredictions> all = store.load_predictions();
  REQUIRE(all.size() == 2);
  CHECK(same(all.at("k1"), r.test_predictions));
  CHECK(store.load_predictions("toy").size() == 1);
  CHECK(store.load_predictions("nothing").empty());
  r.test_predictions = {};  // a retried task without predictions leaves none behind
  store.record(r);
  CHECK(store.load_predictions("toy").empty());
}

TEST_CASE("a store from before the predictions table opens, reads and gains the table when written") {
  const std::string path = testing::temp_dir() + "/old.db";
  ResultStore::open(path).record(ok_result("k", "toy"));
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "DROP TABLE predictions", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  CHECK(ResultStore::open_existing(path).load_results().size() == 1);
  CHECK(ResultStore::open_existing(path).load_predictions().empty());
  TaskResult r = ok_result("k2", "toy");
  r.test_predictions = {2, 1, {0}, {1}, {0.3, 0.7}};
  ResultStore::open(path).record(r);
  CHECK(ResultStore::open_existing(path).load_predictions().size() == 1);
}

TEST_CASE("a run stores every test row once per repeat, scores that reproduce the stored metrics, and survives resume") {
  Experiment e = testing::small_experiment(3, 2);
  const std::string dir = testing::temp_dir();
  Plan full = make_plan(e);
  std::map<std::string, TaskPredictions> fresh = run_with_predictions(full, dir + "/fresh.db");

  // Resume: the first two pipelines, then everything into the same store.
  Experiment part = e;
  part.pipelines.resize(2);
  run_with_predictions(make_plan(part), dir + "/resumed.db");
  std::map<std::string, TaskPredictions> resumed = run_with_predictions(full, dir + "/resumed.db");
  REQUIRE(resumed.size() == fresh.size());
  for (const auto& [key, p] : fresh) CHECK(same(resumed.at(key), p));

  const Dataset data = load_dataset(e.datasets[0].text);
  std::vector<TaskResult> results = ResultStore::open_existing(dir + "/fresh.db").load_results();
  std::map<std::pair<std::string, int>, std::multiset<std::int64_t>> rows;  // (pipeline, repeat) -> rows
  std::size_t ok = 0;
  for (const TaskResult& r : results) {
    if (r.status != "ok") {
      CHECK(fresh.count(r.task_key) == 0);
      continue;
    }
    ++ok;
    const TaskPredictions& p = fresh.at(r.task_key);
    CHECK(p.size() == r.n_test);
    for (std::size_t i = 0; i < p.size(); ++i) {
      CHECK(p.labels[i] == data.y[static_cast<std::size_t>(p.rows[i])]);
      rows[{r.pipeline, r.repeat}].insert(p.rows[i]);
    }
    std::vector<ScoredLabel> samples;
    for (std::size_t i = 0; i < p.size(); ++i)
      samples.push_back({p.probability(i, p.positive_class), p.labels[i] == p.positive_class});
    for (const auto& [metric, value] : r.test_metrics)
      if (metric.rfind("roc_auc", 0) == 0) CHECK(roc_auc(samples) == value);
  }
  CHECK(ok == fresh.size());
  for (const auto& [group, seen] : rows) {
    CHECK(seen.size() == data.n_samples());
    CHECK(std::set<std::int64_t>(seen.begin(), seen.end()).size() == data.n_samples());
  }

  // Pooled per pipeline: the failing pipeline is left out with its reason.
  PooledPredictions pooled = pool_predictions(results, fresh, results[0].dataset, 1, {});
  CHECK(pooled.pipelines.size() == 3);
  REQUIRE(pooled.skipped.size() == 1);
  CHECK(pooled.skipped[0].find("3 of 3 folds of repeat 1 failed") != std::string::npos);
  for (const PipelineScores& s : pooled.pipelines) CHECK(s.samples.size() == data.n_samples());
  PooledPredictions one = pool_predictions(results, fresh, results[0].dataset, 0, {"logistic_regression"});
  REQUIRE(one.pipelines.size() == 1);
  CHECK(one.pipelines[0].label == "logistic_regression");

  CHECK_THROWS_WITH_AS(pool_predictions(results, {}, results[0].dataset, 0, {}), doctest::Contains("--store-predictions"), Error);
  CHECK_THROWS_WITH_AS(pool_predictions(results, fresh, "no_such", 0, {}), doctest::Contains(results[0].dataset.c_str()), Error);
  CHECK_THROWS_WITH_AS(pool_predictions(results, fresh, results[0].dataset, 5, {}), doctest::Contains("repeats: 0, 1"), Error);
  CHECK_THROWS_WITH_AS(pool_predictions(results, fresh, results[0].dataset, 0, {"svm"}), doctest::Contains("logistic_regression"), Error);
}

TEST_CASE("store_predictions in an experiment file: a boolean, kept by to_yaml, off by default") {
  const std::string text = "datasets: ecoli\npipelines: model=logistic_regression\nstore_predictions: true\n";
  Experiment e = parse_experiment(text, "exp.yaml", "");
  CHECK(e.store_predictions);
  CHECK(parse_experiment(e.to_yaml(), "again.yaml", "").store_predictions);
  CHECK_FALSE(parse_experiment("datasets: ecoli\n", "exp.yaml", "").store_predictions);
  CHECK_THROWS_WITH_AS(parse_experiment("store_predictions: maybe\n", "exp.yaml", ""),
                       doctest::Contains("exp.yaml:1:20: field 'store_predictions': expected true or false"), Error);
}
