#include <doctest/doctest.h>

#include <cmath>

#include "algorithms/metric/shared/metric_test_support.hpp"

using namespace imbench;
using metric::testing::evaluate;
using metric::testing::PredictionSet;

TEST_CASE("mcc: the binary formula, its extremes and the constant case") {
  PredictionSet s;
  s.y_true = {1, 1, 1, 0, 0, 0, 0, 1};
  s.y_pred = {1, 0, 1, 1, 0, 0, 0, 0};  // tp 2, fn 2, fp 1, tn 3
  s.proba = Matrix::Constant(8, 2, 0.5);
  CHECK(evaluate("mcc", s) == doctest::Approx((2.0 * 3 - 1.0 * 2) / std::sqrt(3.0 * 4 * 4 * 5)));
  s.y_pred = s.y_true;
  CHECK(evaluate("mcc", s) == doctest::Approx(1.0));
  for (int& v : s.y_pred) v = 1 - v;
  CHECK(evaluate("mcc", s) == doctest::Approx(-1.0));
  s.y_pred.assign(8, 0);
  CHECK(evaluate("mcc", s) == 0.0);  // undefined correlation: 0 as scikit-learn
}
