// Gradient-boosted regression trees (XGBoost, squared error) with sample weights.
#include <cmath>
#include <memory>
#include <string>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/xgboost/boosted_trees.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

constexpr const char* kName = "xgboost_regressor";

class XGBoostRegressor final : public Regressor {
 public:
  explicit XGBoostRegressor(const Params& params) : trees_(xgb::tree_settings(params), kName) {}

  void fit(const RegressionData& data, const Weights& weights, RandomStream& rng) override {
    check_regression_input(data, weights, kName);
    n_features_ = data.X.cols();
    // Start from the weighted mean target (XGBoost 1.7 would start at 0.5), so the
    // first trees model deviations rather than the target's level.
    double weighted_sum = 0, weight_total = 0;
    for (std::size_t i = 0; i < data.y.size(); ++i) {
      const double w = weights.empty() ? 1.0 : weights[i];
      weighted_sum += w * data.y[i];
      weight_total += w;
    }
    const std::vector<float> label(data.y.begin(), data.y.end());
    trees_.fit_objective(data.X, label, weights, "reg:squarederror",
                         {{"base_score", canonical_number(weighted_sum / weight_total)}}, rng.next_u64());
    fitted_ = true;
  }

  std::vector<double> predict(const Matrix& X) const override {
    check_predict_input(X, n_features_, fitted_, kName, "predict");
    const Matrix scores = trees_.scores(X);
    return std::vector<double>(scores.data(), scores.data() + scores.size());
  }

 private:
  xgb::BoostedTrees trees_;
  Eigen::Index n_features_ = 0;
  bool fitted_ = false;
};

ParamSchema xgboost_regressor_schema() {
  ParamSchema schema;
  return xgb::add_tree_params(schema);
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, kName,
                         "Gradient-boosted regression trees (XGBoost, hist, squared error) with sample weights.",
                         "Chen & Guestrin 2016, XGBoost: A Scalable Tree Boosting System, KDD; XGBoost 1.7 C API",
                         xgboost_regressor_schema(),
                         Capabilities{.binary = false, .multiclass = false, .sample_weights = true, .regression = true},
                         [](const Params& p) { return std::make_unique<XGBoostRegressor>(p); }})

}  // namespace imbench
