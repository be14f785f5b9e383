#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "algorithms/metric/shared/metric_test_support.hpp"

using namespace imbench;
using metric::testing::binary_scores;
using metric::testing::evaluate;
using metric::testing::PredictionSet;

TEST_CASE("ROC AUC and average precision in closed form, ties included") {
  // scikit-learn's documentation example.
  PredictionSet s = binary_scores({0, 0, 1, 1}, {0, 0, 0, 1}, {0.1, 0.4, 0.35, 0.8});
  CHECK(evaluate("roc_auc", s) == doctest::Approx(0.75));
  CHECK(evaluate("average_precision", s) == doctest::Approx(0.5 * 1 + 0.5 * 2.0 / 3));
  // A tied (positive, negative) pair counts one half; tied scores are one threshold.
  s = binary_scores({1, 0, 1, 0}, {1, 1, 0, 0}, {0.9, 0.9, 0.3, 0.1});
  CHECK(evaluate("roc_auc", s) == doctest::Approx(2.5 / 4));
  CHECK(evaluate("average_precision", s) == doctest::Approx(0.5 * 0.5 + 0.5 * 2.0 / 3));
  s = binary_scores({1, 0, 1, 0}, {1, 1, 1, 1}, {0.5, 0.5, 0.5, 0.5});
  CHECK(evaluate("roc_auc", s) == doctest::Approx(0.5));
  CHECK(evaluate("average_precision", s) == doctest::Approx(0.5));
}

TEST_CASE("ROC AUC depends only on the order of the scores") {
  PredictionSet s = binary_scores({0, 1, 1, 0, 1, 0, 0, 1}, Labels(8, 0), {0.2, 0.6, 0.6, 0.1, 0.9, 0.6, 0.3, 0.25});
  const double auc = evaluate("roc_auc", s);
  for (Eigen::Index i = 0; i < s.proba.rows(); ++i) s.proba(i, 1) = std::pow(s.proba(i, 1), 3);
  CHECK(evaluate("roc_auc", s) == auc);
  CHECK(evaluate("roc_auc:average=macro", s) == doctest::Approx(auc));  // class 0 mirrors class 1
}

TEST_CASE("ROC AUC is NaN when y_true has one class; average precision is then 0 for the absent class") {
  PredictionSet s = binary_scores({0, 0, 0}, {0, 1, 0}, {0.2, 0.7, 0.4});
  CHECK(std::isnan(evaluate("roc_auc", s)));
  CHECK(std::isnan(evaluate("roc_auc:average=macro", s)));
  CHECK(evaluate("average_precision", s) == 0.0);
}

TEST_CASE("multi-class scores are one-vs-rest over the classes in y_true") {
  PredictionSet s;
  s.n_classes = 3;
  s.y_true = {0, 1, 2, 0, 1, 2};
  s.y_pred = s.y_true;
  s.proba.resize(6, 3);
  s.proba << 0.8, 0.1, 0.1, 0.1, 0.8, 0.1, 0.1, 0.1, 0.8, 0.6, 0.3, 0.1, 0.3, 0.6, 0.1, 0.2, 0.2, 0.6;
  CHECK(evaluate("roc_auc", s) == doctest::Approx(1.0));
  CHECK(evaluate("average_precision:average=micro", s) == doctest::Approx(1.0));
  CHECK_THROWS_WITH_AS(evaluate("roc_auc:average=binary", s), doctest::Contains("two-class"), Error);
  s.proba(2, 1) = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH_AS(evaluate("roc_auc", s), doctest::Contains("proba(2, 1)"), Error);
  s.proba.resize(6, 2);
  CHECK_THROWS_WITH_AS(evaluate("roc_auc", s), doctest::Contains("6 x 2"), Error);
}
