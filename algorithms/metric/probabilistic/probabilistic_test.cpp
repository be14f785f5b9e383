#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "algorithms/metric/shared/metric_test_support.hpp"

using namespace imbench;
using metric::testing::binary_scores;
using metric::testing::evaluate;
using metric::testing::PredictionSet;

TEST_CASE("brier score: positive class on binary tasks, all classes otherwise") {
  // scikit-learn's documentation example.
  PredictionSet s = binary_scores({0, 1, 1, 0}, {0, 1, 1, 0}, {0.1, 0.9, 0.8, 0.3});
  CHECK(evaluate("brier", s) == doctest::Approx(0.0375));
  s.positive = 0;  // the same errors seen from the other class
  CHECK(evaluate("brier", s) == doctest::Approx(0.0375));
  PredictionSet three;
  three.n_classes = 3;
  three.y_true = {1, 2};
  three.y_pred = {1, 0};
  three.proba.resize(2, 3);
  three.proba << 0.2, 0.7, 0.1, 0.5, 0.5, 0.0;
  CHECK(evaluate("brier", three) == doctest::Approx((0.04 + 0.09 + 0.01 + 0.25 + 0.25 + 1.0) / 2));
  CHECK_FALSE(metric::testing::build_metric("brier").plugin->higher_is_better());
  three.proba(0, 0) = 1.5;
  CHECK_THROWS_WITH_AS(evaluate("brier", three), doctest::Contains("outside [0, 1]"), Error);
}

TEST_CASE("log loss with scikit-learn's clipping") {
  PredictionSet s = binary_scores({1, 0, 0, 1}, {1, 0, 0, 1}, {0.9, 0.1, 0.2, 0.65});
  CHECK(evaluate("log_loss", s) == doctest::Approx(-(std::log(0.9) * 2 + std::log(0.8) + std::log(0.65)) / 4));
  s = binary_scores({1}, {0}, {0.0});  // certain and wrong: -log(eps), not infinity
  CHECK(evaluate("log_loss", s) == doctest::Approx(-std::log(std::numeric_limits<double>::epsilon())));
  CHECK_FALSE(metric::testing::build_metric("log_loss").plugin->higher_is_better());
}
