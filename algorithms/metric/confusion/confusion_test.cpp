#include <doctest/doctest.h>

#include "algorithms/metric/shared/metric_test_support.hpp"

using namespace imbench;
using metric::testing::evaluate;
using metric::testing::PredictionSet;

TEST_CASE("confusion cells count one class against the rest") {
  PredictionSet s;
  s.n_classes = 3;
  s.positive = 2;
  s.y_true = {0, 1, 2, 2, 1, 0, 2};
  s.y_pred = {0, 2, 2, 1, 1, 0, 2};
  s.proba = Matrix::Constant(7, 3, 1.0 / 3);
  CHECK(evaluate("confusion", s) == 2);  // tp of the positive class 2
  CHECK(evaluate("confusion:cell=fp", s) == 1);
  CHECK(evaluate("confusion:cell=fn", s) == 1);
  CHECK(evaluate("confusion:cell=tn", s) == 3);
  CHECK(evaluate("confusion:cell=tp,class=0", s) == 2);
  CHECK(evaluate("confusion:cell=fn,class=1", s) == 1);
  CHECK(metric::testing::build_metric("confusion:cell=tn").plugin->higher_is_better());
  CHECK_FALSE(metric::testing::build_metric("confusion:cell=fp").plugin->higher_is_better());
  CHECK_THROWS_WITH_AS(evaluate("confusion:class=3", s), doctest::Contains("parameter 'class' = 3"), Error);
  s.positive = -1;
  CHECK_THROWS_WITH_AS(evaluate("confusion", s), doctest::Contains("positive class"), Error);
}
