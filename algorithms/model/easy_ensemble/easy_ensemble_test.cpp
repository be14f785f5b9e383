#include <doctest/doctest.h>

#include "algorithms/model/shared_ensemble/test_support.hpp"
#include "core/error.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

// Three members keep imbalanced-learn's side of the comparison fast (10 x 50 stumps take seconds in Python).
TEST_CASE("easy_ensemble scores like imbalanced-learn's EasyEnsembleClassifier") {
  oracle::check_forest_matches_oracle("easy_ensemble:n_estimators=3", {"model=easy_ensemble", "n_estimators=3"}, 1, 2,
                                      false);
  oracle::check_forest_matches_oracle("easy_ensemble:n_estimators=3", {"model=easy_ensemble", "n_estimators=3"}, 2, 3,
                                      false);
}

TEST_CASE("easy_ensemble is bit-identical for any thread count") {
  oracle::check_thread_invariance("easy_ensemble:n_estimators=4,boost_rounds=10");
  oracle::check_thread_invariance("easy_ensemble:n_estimators=3,boost_rounds=10,algorithm=samme,replacement=true");
}

TEST_CASE("easy_ensemble reports bad parameters and inner specs") {
  CHECK_THROWS_WITH_AS(oracle::make_classifier("easy_ensemble:boost_rounds=0"), doctest::Contains("boost_rounds"),
                       Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("easy_ensemble:learning_rate=0"), doctest::Contains("learning_rate"),
                       Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("easy_ensemble:algorithm=real"), doctest::Contains("algorithm"), Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("easy_ensemble:estimator=decision_tee"),
                       doctest::Contains("decision_tree"), Error);
  CHECK_THROWS_WITH_AS(oracle::make_classifier("easy_ensemble:sampling_strategy=often"),
                       doctest::Contains("sampling_strategy"), Error);
}
