// Plain point metrics for regression: MAE, RMSE and R^2 (scikit-learn's
// r2_score); see algorithms/regression/regression_metrics.hpp.
#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/regression_metrics.hpp"

namespace imbench::regression {
namespace {

using PointError = double (*)(std::span<const double>, std::span<const double>);

class PointErrorMetric final : public RegressionMetric {
 public:
  PointErrorMetric(PointError error, bool higher_is_better) : error_(error), higher_is_better_(higher_is_better) {}

  double compute(const RegressionPredictions& p) const override { return error_(p.y_true, p.y_pred); }
  bool higher_is_better() const override { return higher_is_better_; }

 private:
  PointError error_;
  bool higher_is_better_;
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "mae", "Mean absolute error of the predicted targets.",
                         "scikit-learn mean_absolute_error", ParamSchema{}, regression_only(),
                         [](const Params&) { return std::make_unique<PointErrorMetric>(mean_absolute_error, false); }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "rmse", "Root mean squared error of the predicted targets.",
                         "scikit-learn mean_squared_error(squared=False)", ParamSchema{}, regression_only(),
                         [](const Params&) {
                           return std::make_unique<PointErrorMetric>(root_mean_squared_error, false);
                         }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "r2",
                         "Coefficient of determination 1 - SS_res / SS_tot (higher is better).",
                         "scikit-learn r2_score (force_finite)", ParamSchema{}, regression_only(),
                         [](const Params&) { return std::make_unique<PointErrorMetric>(r2_score, true); }})

}  // namespace imbench::regression
