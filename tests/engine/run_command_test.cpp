// `imbench run` as a user calls it: flags only, flags over a file, errors.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/engine/result_store.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

struct Outcome {
  int exit_code;
  std::string err;
};

Outcome run_imbench(const std::string& args, const std::string& dir) {
  std::string err_file = dir + "/stderr.txt";
  int status = std::system((std::string(IMBENCH_BINARY) + " run " + args + " 2>" + err_file + " >/dev/null").c_str());
  std::ifstream in(err_file);
  std::stringstream err;
  err << in.rdbuf();
  return {WEXITSTATUS(status), err.str()};
}

}  // namespace

TEST_CASE("imbench run with flags only: hold-out, repeats, metrics and a summary naming the store") {
  const std::string dir = testing::temp_dir();
  const std::string store = dir + "/flags.db";
  Outcome out = run_imbench("--datasets ecoli,make_classification:n_samples=120,weights=0.8,seed=2 "
                            "--pipeline model=logistic_regression --pipeline 'resample=random_over model=decision_tree' "
                            "--holdout 0.25 --repeats 2 --metrics f1,mcc --seed 5 --threads 2 --store " + store,
                            dir);
  REQUIRE(out.exit_code == 0);
  CHECK(out.err.find("8 tasks (2 data sets x 2 pipelines x 2 repeats x 1 folds)") != std::string::npos);
  CHECK(out.err.find("8 ok, 0 failed") != std::string::npos);
  CHECK(out.err.find("imbench report " + store) != std::string::npos);

  ResultStore results = ResultStore::open_existing(store);
  std::vector<TaskResult> tasks = results.load_results();
  REQUIRE(tasks.size() == 8);
  for (const TaskResult& t : tasks) {
    CHECK(t.cv == "stratified_holdout:test_fraction=0.25");
    CHECK(t.seed == 5);
    CHECK(t.test_metrics.size() == 2);
    CHECK(t.test_metrics.count("mcc") == 1);
  }
  std::vector<RunInfo> runs = results.load_runs();
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].threads == 2);
  CHECK(runs[0].experiment.find("test_fraction: 0.25") != std::string::npos);
  CHECK(!runs[0].finished_at.empty());

  // Unchanged experiment: nothing left to do.
  Outcome again = run_imbench("--datasets ecoli,make_classification:n_samples=120,weights=0.8,seed=2 "
                              "--pipeline model=logistic_regression --pipeline 'resample=random_over model=decision_tree' "
                              "--holdout 0.25 --repeats 2 --metrics f1,mcc --seed 5 --store " + store,
                              dir);
  CHECK(again.err.find("0 to run") != std::string::npos);
}

TEST_CASE("flags override the experiment file; --dry-run creates no store") {
  const std::string dir = testing::temp_dir();
  std::ofstream(dir + "/exp.yaml") << "datasets: [ecoli]\npipelines: [model=logistic_regression]\n"
                                      "cv: {folds: 3}\nstore: "
                                   << dir << "/from_file.db\n";
  Outcome dry = run_imbench(dir + "/exp.yaml --dry-run --quiet", dir);
  CHECK(dry.exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(dir + "/from_file.db"));

  Outcome out = run_imbench(dir + "/exp.yaml --folds 2 --quiet --store " + dir + "/flag.db", dir);
  REQUIRE(out.exit_code == 0);
  CHECK(out.err.empty());  // --quiet
  CHECK(ResultStore::open_existing(dir + "/flag.db").load_results().size() == 2);
  CHECK_FALSE(std::filesystem::exists(dir + "/from_file.db"));
}

TEST_CASE("imbench run reports mistakes with their place and exits non-zero") {
  const std::string dir = testing::temp_dir();
  std::ofstream(dir + "/bad.yaml") << "datasets: [ecoli]\npipelines:\n  - model=logistic_regresion\n";
  Outcome bad_plugin = run_imbench(dir + "/bad.yaml --store " + dir + "/x.db", dir);
  CHECK(bad_plugin.exit_code == 1);
  CHECK(bad_plugin.err.find("bad.yaml:3:5: pipeline 'model=logistic_regresion': unknown model plugin") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir + "/x.db"));  // nothing ran

  Outcome both = run_imbench("--datasets ecoli --pipeline model=decision_tree --folds 3 --holdout 0.2", dir);
  CHECK(both.exit_code == 1);
  CHECK(both.err.find("--folds and --holdout exclude each other") != std::string::npos);

  Outcome none = run_imbench("--pipeline model=decision_tree --store " + dir + "/y.db", dir);
  CHECK(none.exit_code == 1);
  CHECK(none.err.find("no data sets") != std::string::npos);
}
