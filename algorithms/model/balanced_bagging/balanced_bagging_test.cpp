#include <doctest/doctest.h>

#include "algorithms/model/shared_ensemble/test_support.hpp"
#include "core/error.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

TEST_CASE("balanced_bagging scores like imbalanced-learn's BalancedBaggingClassifier") {
  oracle::check_forest_matches_oracle("balanced_bagging:n_estimators=10", {"model=balanced_bagging"}, 1, 2, false);
  oracle::check_forest_matches_oracle("balanced_bagging:n_estimators=10", {"model=balanced_bagging"}, 2, 3, false);
  oracle::check_forest_matches_oracle("balanced_bagging:n_estimators=10,bootstrap=false",
                                      {"model=balanced_bagging", "bootstrap=False"}, 3, 2, false);
}

TEST_CASE("balanced_bagging takes any resampler and model spec and is bit-identical for any thread count") {
  oracle::check_thread_invariance("balanced_bagging:n_estimators=6");
  oracle::check_thread_invariance(
      "balanced_bagging:n_estimators=4,sampler={smote:k_neighbors=3},estimator={random_forest:n_trees=5}");
}

TEST_CASE("balanced_bagging reports bad parameters and inner specs") {
  CHECK_THROWS_WITH_AS(oracle::make_classifier("balanced_bagging:n_estimators=0"), doctest::Contains("n_estimators"),
                       Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("balanced_bagging:sampler=smoot"), doctest::Contains("smote"), Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("balanced_bagging:estimator=decision_tre"),
                       doctest::Contains("decision_tree"), Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("balanced_bagging:estimator={decision_tree:max_depht=2}"),
                       doctest::Contains("max_depht"), Error);
  // A sampler that fails inside a member names the ensemble and the member.
  const oracle::ShiftedClasses tiny = oracle::shifted_classes(40, 2, 0.1, 1.0, "bagging-tiny", 1);
  auto model = oracle::make_classifier("balanced_bagging:sampler={smote:k_neighbors=50}");
  RandomStream rng = RandomStream::keyed("bagging-tiny");
  CHECK_THROWS_WITH_AS(model->fit({tiny.X, tiny.y, 2}, {}, rng), doctest::Contains("balanced_bagging: member"), Error);
  Weights unequal(40, 1.0);
  unequal[3] = 2.0;
  CHECK_THROWS_WITH_AS(model->fit({tiny.X, tiny.y, 2}, unequal, rng), doctest::Contains("sample weights"), Error);
}
