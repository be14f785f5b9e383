#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/regression_metrics.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("relevance-weighted errors and rare_rmse plugins: library values with phi from the training fold") {
  const Set train = skewed(300, 1, 111), test = skewed(150, 1, 112);
  std::vector<double> pred = test.y;
  for (std::size_t i = 0; i < pred.size(); ++i) pred[i] *= (i % 2 == 0 ? 0.8 : 1.1);
  const RegressionPredictions p{test.y, pred, train.y};
  const std::vector<double> phi = Relevance::extremes(train.y)(std::span<const double>(test.y));
  CHECK(metric("relevance_weighted_mae")->compute(p) == relevance_weighted_mae(test.y, pred, phi));
  CHECK(metric("relevance_weighted_rmse")->compute(p) == relevance_weighted_rmse(test.y, pred, phi));
  CHECK(metric("rare_rmse")->compute(p) == rare_rmse(test.y, pred, phi, 0.5));
  CHECK(metric("rare_rmse:thr_rel=0.9")->compute(p) == rare_rmse(test.y, pred, phi, 0.9));
  // method=range: UBL's default slopes through the given points.
  const Relevance ranged(range_control_points({{1.0, 0.0}, {2.0, 0.3}, {3.0, 1.0}}));
  CHECK(metric("relevance_weighted_mae:method=range,control_pts={1:0,2:0.3,3:1}")->compute(p) ==
        relevance_weighted_mae(test.y, pred, ranged(std::span<const double>(test.y))));
  // A test fold without a rare value scores NaN (documented), it does not fail.
  const std::vector<double> middling{1.0, 1.1}, guesses{1.2, 0.9};
  CHECK(std::isnan(metric("rare_rmse")->compute({middling, guesses, train.y})));
}

TEST_CASE("relevance metrics: bad relevance parameters and training targets") {
  check_rejects(Kind::Metric, "rare_rmse:thr_rel=1.5", "'thr_rel'");
  check_rejects(Kind::Metric, "relevance_weighted_rmse:method=range,control_pts={1:0,0:1}", "'control_pts'");
  check_rejects(Kind::Metric, "relevance_weighted_rmse:method=range,control_pts={1:0,2:1.5}", "'control_pts'");
  check_rejects(Kind::Metric, "relevance_weighted_rmse:method=range,control_pts={1:0,2}", "'control_pts'");
  const std::vector<double> y{1.0, 2.0}, constant(20, 4.0);
  CHECK_THROWS_WITH_AS(metric("rare_rmse")->compute({y, y, constant}), doctest::Contains("rare_rmse"), Error);
}
