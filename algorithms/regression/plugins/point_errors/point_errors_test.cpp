#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/regression_metrics.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::plugin_test;

TEST_CASE("mae, rmse and r2 plugins equal the library functions; only r2 is higher-is-better") {
  const std::vector<double> y_true{3.0, -0.5, 2.0, 7.0}, y_pred{2.5, 0.0, 2.0, 8.0}, y_train{1.0, 2.0, 5.0};
  const RegressionPredictions p{y_true, y_pred, y_train};
  CHECK(metric("mae")->compute(p) == mean_absolute_error(y_true, y_pred));
  CHECK(metric("mae")->compute(p) == 0.5);
  CHECK(metric("rmse")->compute(p) == root_mean_squared_error(y_true, y_pred));
  CHECK(metric("r2")->compute(p) == doctest::Approx(0.9486081370449679));  // scikit-learn's documented example
  CHECK_FALSE(metric("mae")->higher_is_better());
  CHECK_FALSE(metric("rmse")->higher_is_better());
  CHECK(metric("r2")->higher_is_better());
  const std::vector<double> bad{3.0, std::nan(""), 2.0, 7.0};
  CHECK_THROWS_WITH_AS(metric("rmse")->compute({y_true, bad, y_train}), doctest::Contains("rmse"), Error);
  CHECK_THROWS_AS(metric("mae:k=1"), Error);
}
