#include <doctest/doctest.h>

#include "algorithms/metric/shared/metric_test_support.hpp"

using namespace imbench;
using metric::testing::evaluate;
using metric::testing::PredictionSet;

TEST_CASE("accuracy and balanced accuracy in closed form") {
  PredictionSet s;
  s.y_true = {0, 0, 0, 0, 0, 0, 1, 1};
  s.y_pred = {0, 0, 0, 0, 0, 1, 1, 0};
  s.proba = Matrix::Constant(8, 2, 0.5);
  CHECK(evaluate("accuracy", s) == doctest::Approx(6.0 / 8));
  CHECK(evaluate("balanced_accuracy", s) == doctest::Approx((5.0 / 6 + 0.5) / 2));
}

TEST_CASE("balanced accuracy skips a class that is only predicted") {
  PredictionSet s;
  s.n_classes = 3;
  s.y_true = {0, 0, 1, 1};
  s.y_pred = {0, 2, 1, 0};
  s.proba = Matrix::Constant(4, 3, 1.0 / 3);
  CHECK(evaluate("balanced_accuracy", s) == doctest::Approx(0.5));
  CHECK(metric::testing::build_metric("accuracy").plugin->higher_is_better());
}
