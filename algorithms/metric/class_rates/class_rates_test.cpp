#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "algorithms/metric/shared/metric_test_support.hpp"

using namespace imbench;
using metric::testing::evaluate;
using metric::testing::PredictionSet;

namespace {
// tp = 2, fn = 2, fp = 1, tn = 3 for class 1; support 4 and 4.
PredictionSet binary_example(int positive = 1) {
  PredictionSet s;
  s.y_true = {1, 1, 1, 0, 0, 0, 0, 1};
  s.y_pred = {1, 0, 1, 1, 0, 0, 0, 0};
  s.proba = Matrix::Constant(8, 2, 0.5);
  s.positive = positive;
  return s;
}
}  // namespace

TEST_CASE("class rates of a binary task in closed form") {
  const PredictionSet s = binary_example();
  CHECK(evaluate("precision", s) == doctest::Approx(2.0 / 3).epsilon(1e-15));
  CHECK(evaluate("recall", s) == doctest::Approx(0.5).epsilon(1e-15));
  CHECK(evaluate("specificity", s) == doctest::Approx(0.75).epsilon(1e-15));
  CHECK(evaluate("f1", s) == doctest::Approx(4.0 / 7).epsilon(1e-15));
  CHECK(evaluate("f_beta:beta=2", s) == doctest::Approx(10.0 / 19).epsilon(1e-15));
  CHECK(evaluate("f_beta:beta=0", s) == doctest::Approx(2.0 / 3).epsilon(1e-15));  // precision
  CHECK(evaluate("f_beta:beta=inf", s) == doctest::Approx(0.5).epsilon(1e-15));    // recall
}

TEST_CASE("average and class choose which class values are reported") {
  const PredictionSet s = binary_example();
  // Class 0: predicted 5 times, 3 of them right.
  CHECK(evaluate("precision:class=0", s) == doctest::Approx(3.0 / 5));
  CHECK(evaluate("precision", binary_example(0)) == doctest::Approx(3.0 / 5));  // auto = the positive class
  CHECK(evaluate("precision:average=macro", s) == doctest::Approx((3.0 / 5 + 2.0 / 3) / 2));
  CHECK(evaluate("precision:average=weighted", s) == doctest::Approx((3.0 / 5 + 2.0 / 3) / 2));  // equal support
  CHECK(evaluate("precision:average=micro", s) == doctest::Approx(5.0 / 8));                      // = accuracy
  // Three classes: auto is macro, over the classes in y_true or y_pred only.
  PredictionSet three;
  three.n_classes = 4;
  three.y_true = {0, 0, 1, 2};
  three.y_pred = {0, 1, 1, 2};
  three.proba = Matrix::Constant(4, 4, 0.25);
  CHECK(evaluate("recall", three) == doctest::Approx((0.5 + 1 + 1) / 3));
  CHECK(evaluate("recall:average=weighted", three) == doctest::Approx((2 * 0.5 + 1 + 1) / 4));
  CHECK(evaluate("recall:class=3", three) == 0.0);  // absent everywhere: zero_division = 0
}

TEST_CASE("nothing predicted as the class gives 0, not a division error") {
  PredictionSet s = binary_example();
  s.y_pred.assign(8, 0);
  CHECK(evaluate("precision", s) == 0.0);
  CHECK(evaluate("f1", s) == 0.0);
  CHECK(evaluate("specificity", s) == 1.0);
}

TEST_CASE("class-rate specs are canonical and mistakes are errors naming the parameter") {
  CHECK(metric::testing::build_metric("f_beta:beta=2.0").canonical.text() == "f_beta:average=auto,beta=2,class=-1");
  CHECK(metric::testing::build_metric("recall").canonical.text() == "recall:average=auto,class=-1");
  CHECK_THROWS_WITH_AS(metric::testing::build_metric("recall:average=mean"), doctest::Contains("macro"), Error);
  CHECK_THROWS_WITH_AS(metric::testing::build_metric("recall:class=1,average=macro"),
                       doctest::Contains("parameter 'average' must keep its default"), Error);
  CHECK_THROWS_WITH_AS(metric::testing::build_metric("f_beta:beta=-1"), doctest::Contains("beta"), Error);
  PredictionSet three;
  three.n_classes = 3;
  three.y_true = {0, 1, 2};
  three.y_pred = {0, 1, 2};
  three.proba = Matrix::Constant(3, 3, 1.0 / 3);
  CHECK_THROWS_WITH_AS(evaluate("precision:average=binary", three), doctest::Contains("two-class task"), Error);
  CHECK_THROWS_WITH_AS(evaluate("precision:class=3", three), doctest::Contains("parameter 'class' = 3"), Error);
  three.y_pred = {0, 1, 5};
  CHECK_THROWS_WITH_AS(evaluate("precision", three), doctest::Contains("y_pred[2] = 5"), Error);
  three.y_pred = {0, 1};
  CHECK_THROWS_WITH_AS(evaluate("precision", three), doctest::Contains("y_pred has 2 labels"), Error);
}
