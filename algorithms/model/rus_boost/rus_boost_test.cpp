#include <doctest/doctest.h>

#include "algorithms/model/shared_ensemble/test_support.hpp"
#include "core/error.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

TEST_CASE("rus_boost scores like imbalanced-learn's RUSBoostClassifier") {
  // 25 rounds instead of 50 keep the Python side under a few seconds.
  const std::string rounds = "n_estimators=25";
  oracle::check_forest_matches_oracle("rus_boost:" + rounds, {"model=rus_boost", rounds}, 1, 2, false);
  oracle::check_forest_matches_oracle("rus_boost:" + rounds, {"model=rus_boost", rounds}, 2, 3, true);
  oracle::check_forest_matches_oracle("rus_boost:algorithm=samme," + rounds,
                                      {"model=rus_boost", rounds, "algorithm=SAMME"}, 3, 2, false);
}

TEST_CASE("rus_boost is bit-identical for any thread count") {
  oracle::check_thread_invariance("rus_boost:n_estimators=20");
  oracle::check_thread_invariance("rus_boost:n_estimators=20,algorithm=samme,estimator={decision_tree:max_depth=2}");
}

TEST_CASE("rus_boost reports bad parameters and inner specs") {
  CHECK_THROWS_WITH_AS(oracle::make_classifier("rus_boost:n_estimators=0"), doctest::Contains("n_estimators"), Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("rus_boost:estimator=random_forrest"),
                       doctest::Contains("random_forest"), Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("rus_boost:estimator=balanced_bagging"),
                       doctest::Contains("does not take sample weights"), Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("rus_boost:replacement=maybe"), doctest::Contains("replacement"),
                       Error);
}
