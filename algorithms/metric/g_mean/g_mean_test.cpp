#include <doctest/doctest.h>

#include <cmath>

#include "algorithms/metric/shared/metric_test_support.hpp"

using namespace imbench;
using metric::testing::evaluate;
using metric::testing::PredictionSet;

namespace {
// Recalls 1, 1/2, 1/2; specificities 3/4, 3/4, 1.
PredictionSet three_class_example() {
  PredictionSet s;
  s.n_classes = 3;
  s.y_true = {0, 0, 1, 1, 2, 2};
  s.y_pred = {0, 0, 1, 0, 2, 1};
  s.proba = Matrix::Constant(6, 3, 1.0 / 3);
  return s;
}
}  // namespace

TEST_CASE("g_mean offers both definitions and they differ on multi-class tasks") {
  const PredictionSet s = three_class_example();
  CHECK(evaluate("g_mean", s) == doctest::Approx(std::cbrt(0.25)));  // per-class recalls
  CHECK(evaluate("g_mean:average=macro", s) == doctest::Approx(std::sqrt(2.0 / 3 * 5.0 / 6)));
  CHECK(evaluate("g_mean:class=1", s) == doctest::Approx(std::sqrt(0.5 * 0.75)));
  CHECK(metric::testing::build_metric("g_mean").canonical.text() == "g_mean:average=multiclass,class=-1");
}

TEST_CASE("g_mean on a binary task is sqrt(sensitivity * specificity) under both definitions") {
  PredictionSet s;
  s.y_true = {1, 1, 1, 0, 0, 0, 0, 1};
  s.y_pred = {1, 0, 1, 1, 0, 0, 0, 0};
  s.proba = Matrix::Constant(8, 2, 0.5);
  CHECK(evaluate("g_mean", s) == doctest::Approx(std::sqrt(0.5 * 0.75)));
  CHECK(evaluate("g_mean:average=binary", s) == doctest::Approx(std::sqrt(0.5 * 0.75)));
}

TEST_CASE("a class that is predicted but never true makes the per-class-recall g_mean 0") {
  PredictionSet s;
  s.n_classes = 3;
  s.y_true = {0, 0, 1, 1};
  s.y_pred = {0, 2, 1, 1};
  s.proba = Matrix::Constant(4, 3, 1.0 / 3);
  CHECK(evaluate("g_mean", s) == 0.0);
  CHECK(evaluate("g_mean:average=macro", s) > 0.0);
}
