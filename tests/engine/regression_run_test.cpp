// Regression tasks end to end, as a user runs them: `imbench run` on a bundled
// float-target data set, then `imbench report`.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "bench/engine/result_store.hpp"
#include "tests/engine/engine_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

struct Outcome {
  int exit_code;
  std::string err;
};

// The value of the metric whose canonical spec starts with `name` (specs carry their parameters).
double metric_value(const std::map<std::string, double>& metrics, const std::string& name) {
  for (const auto& [spec, value] : metrics)
    if (spec == name || spec.rfind(name + ":", 0) == 0) return value;
  FAIL("metric " << name << " not stored");
  return 0;
}

Outcome imbench_command(const std::string& args, const std::string& dir) {
  const std::string err_file = dir + "/stderr.txt";
  const int status = std::system((std::string(IMBENCH_BINARY) + " " + args + " 2>" + err_file + " >/dev/null").c_str());
  std::ifstream in(err_file);
  std::stringstream err;
  err << in.rdbuf();
  return {WEXITSTATUS(status), err.str()};
}

const std::string kStudy =
    "--datasets reg_servo --pipeline model=ridge --pipeline 'resample=smoter model=ridge' "
    "--pipeline 'weight=dense_weight model=ridge' --folds 3 --metrics rmse,sera,rare_rmse --seed 4";

}  // namespace

TEST_CASE("imbench run on a regression data set: every task ok, metrics from the float target, any thread count") {
  const std::string dir = testing::temp_dir();
  Outcome one = imbench_command("run " + kStudy + " --threads 1 --store " + dir + "/one.db", dir);
  REQUIRE(one.exit_code == 0);
  CHECK(one.err.find("9 ok, 0 failed") != std::string::npos);
  Outcome two = imbench_command("run " + kStudy + " --threads 2 --store " + dir + "/two.db", dir);
  REQUIRE(two.exit_code == 0);

  std::vector<TaskResult> results = ResultStore::open_existing(dir + "/one.db").load_results();
  REQUIRE(results.size() == 9);
  CHECK(testing::comparable_text(results) ==
        testing::comparable_text(ResultStore::open_existing(dir + "/two.db").load_results()));
  for (const TaskResult& r : results) {
    CHECK(r.status == "ok");
    CHECK(r.n_train + r.n_test == 167);  // servo has 167 rows
    CHECK(r.minority_percent > 0);       // share of rare targets under the box-plot relevance
    CHECK(metric_value(r.test_metrics, "rmse") > 0);
    CHECK(std::isfinite(metric_value(r.test_metrics, "sera")));
    const bool smoter = r.pipeline.find("smoter") != std::string::npos;
    CHECK((r.n_synthetic > 0) == smoter);
  }

  Outcome report = imbench_command("report " + dir + "/one.db --out " + dir + "/report --figures none", dir);
  REQUIRE(report.exit_code == 0);
  std::ifstream table(dir + "/report/results.md");
  std::stringstream text;
  text << table.rdbuf();
  CHECK(text.str().find("Regressor") != std::string::npos);
  CHECK(text.str().find("% rare") != std::string::npos);
  CHECK(text.str().find("reg_servo") != std::string::npos);
}

TEST_CASE("mixing tasks is refused before anything runs, naming the plugin and the data set") {
  const std::string dir = testing::temp_dir();
  Outcome classifier = imbench_command(
      "run --datasets reg_servo --pipeline model=logistic_regression --metrics rmse --store " + dir + "/a.db", dir);
  CHECK(classifier.exit_code != 0);
  CHECK(classifier.err.find("model plugin 'logistic_regression' works on class labels, but data set 'reg_servo'") !=
        std::string::npos);
  Outcome metric =
      imbench_command("run --datasets ecoli --pipeline model=logistic_regression --metrics rmse --store " + dir + "/b.db", dir);
  CHECK(metric.exit_code != 0);
  CHECK(metric.err.find("metric plugin 'rmse' is for regression targets, but data set 'ecoli'") != std::string::npos);
  Outcome curves = imbench_command(
      "run --datasets reg_servo --pipeline model=ridge --metrics rmse --store-predictions --store " + dir + "/c.db", dir);
  CHECK(curves.exit_code != 0);
  CHECK(curves.err.find("applies to classification only") != std::string::npos);
  CHECK(!std::filesystem::exists(dir + "/c.db"));
}
