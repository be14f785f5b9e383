#include <doctest/doctest.h>

#include <cmath>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/plugins/shared/target_bins.hpp"
#include "algorithms/regression/regression_metrics.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::plugin_test;

TEST_CASE("shot_mae and shot_rmse plugins: the library's shot errors on bins over the training range") {
  // 0..9 in 10 bins of width ~1: value v appears 30 times for v < 3, 10 times for 3 <= v < 6, once above.
  std::vector<double> y_train;
  for (int v = 0; v < 10; ++v)
    for (int c = 0; c < (v < 3 ? 30 : v < 6 ? 10 : 1); ++c) y_train.push_back(v);
  const std::vector<double> y_true{0.2, 1.5, 3.5, 4.2, 7.5, 9.0}, y_pred{0.0, 2.0, 3.0, 4.0, 9.5, 8.0};
  const RegressionPredictions p{y_true, y_pred, y_train};
  const ShotErrors direct = shot_errors(y_train, y_true, y_pred, bin_width_for(y_train, 10, "test"), 20, 5);
  const std::string bins = ",bins=10,many=20,few=5";
  CHECK(metric("shot_mae:group=many" + bins)->compute(p) == direct.many.mae);
  CHECK(metric("shot_mae:group=many" + bins)->compute(p) == doctest::Approx((0.2 + 0.5) / 2));
  CHECK(metric("shot_rmse:group=medium" + bins)->compute(p) == direct.medium.rmse);
  CHECK(metric("shot_rmse:group=few" + bins)->compute(p) == doctest::Approx(std::sqrt((4.0 + 1.0) / 2)));
  // The largest training target (9) is inside the last bin, not alone in a bin of its own.
  CHECK(direct.few.count == 2);
  CHECK(std::isnan(metric("shot_mae:group=many,bins=10,many=100,few=0")->compute(p)));  // empty group
  check_rejects(Kind::Metric, "shot_mae:group=rare", "'group'");
  check_rejects(Kind::Metric, "shot_mae:few=200", "'few'");
  const std::vector<double> constant(10, 2.0);
  CHECK_THROWS_WITH_AS(metric("shot_rmse")->compute({y_true, y_pred, constant}), doctest::Contains("constant"), Error);
}
