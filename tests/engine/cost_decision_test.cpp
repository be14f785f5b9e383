// A weighting's decision rule reaches the engine's predicted labels: the
// cost_matrix threshold decision raises minority recall over the plain model
// while every probability metric stays exactly the same.
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>

#include "bench/engine/plan.hpp"
#include "bench/engine/result_store.hpp"
#include "core/error.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

// A metric's value by plugin name; stored keys are canonical specs such as "recall:average=auto,class=-1".
double metric(const std::map<std::string, double>& metrics, const std::string& name) {
  for (const auto& [key, value] : metrics)
    if (key == name || key.rfind(name + ":", 0) == 0) return value;
  FAIL("no metric " << name);
  return 0;
}

}  // namespace

TEST_CASE("imbench run with weight=cost_matrix:decision=threshold: recall rises, probabilities unchanged") {
  const std::string dir = testing::temp_dir();
  const std::string store = dir + "/costs.db";
  const std::string command = std::string(IMBENCH_BINARY) +
                              " run --datasets make_classification:n_samples=400,weights=0.9,seed=3"
                              " --pipeline model=logistic_regression"
                              " --pipeline 'weight=cost_matrix:costs={0,1;9,0},decision=threshold "
                              "model=logistic_regression'"
                              " --folds 3 --metrics recall,roc_auc,brier --seed 4 --quiet --store " + store;
  REQUIRE(std::system(command.c_str()) == 0);

  // fold -> metrics, per pipeline
  std::map<int, std::map<std::string, double>> plain, threshold;
  for (const TaskResult& t : ResultStore::open_existing(store).load_results()) {
    REQUIRE(t.status == "ok");
    bool costed = t.pipeline.find("decision=threshold") != std::string::npos;
    (costed ? threshold : plain)[t.fold] = t.test_metrics;
  }
  REQUIRE(plain.size() == 3);
  REQUIRE(threshold.size() == 3);
  double recall_plain = 0, recall_threshold = 0;
  for (int fold = 0; fold < 3; ++fold) {
    CAPTURE(fold);
    CHECK(metric(threshold[fold], "roc_auc") == metric(plain[fold], "roc_auc"));
    CHECK(metric(threshold[fold], "brier") == metric(plain[fold], "brier"));
    CHECK(metric(threshold[fold], "recall") >= metric(plain[fold], "recall"));
    recall_plain += metric(plain[fold], "recall");
    recall_threshold += metric(threshold[fold], "recall");
  }
  // Predicting the minority from p >= 0.1 instead of 0.5 must find clearly more of it.
  CHECK(recall_threshold > recall_plain + 0.1);
}

TEST_CASE("a decision-only weighting may precede a model that takes no sample weights") {
  // balanced_bagging ignores sample weights: real weights would be silently lost, a threshold rule is not.
  CHECK_NOTHROW(imbench::canonical_pipeline(
      "weight=cost_matrix:decision=threshold,costs={0,1;5,0} model=balanced_bagging"));
  CHECK_THROWS_WITH_AS(imbench::canonical_pipeline("weight=cost_matrix:costs={0,1;5,0} model=balanced_bagging"),
                       doctest::Contains("does not use sample weights"), imbench::Error);
  CHECK_THROWS_WITH_AS(imbench::canonical_pipeline("weight=balanced model=balanced_bagging"),
                       doctest::Contains("does not use sample weights"), imbench::Error);
}
