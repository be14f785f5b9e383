// DenseWeight as a plugin: per-case weights that fall with the (scaled) KDE
// density of the target; see algorithms/regression/target_weights.hpp.
#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/target_weights.hpp"

namespace imbench::regression {
namespace {

class DenseWeightPlugin final : public RegressionWeighting {
 public:
  explicit DenseWeightPlugin(const Params& p) : alpha_(p.real("alpha")) {}

  Weights weights(const RegressionData& data) const override {
    return named_errors("dense_weight", [&] { return dense_weights(data.y, alpha_); });
  }

 private:
  double alpha_;
};

ParamSchema dense_weight_schema() {
  ParamSchema schema;
  schema.real("alpha", 1.0, 0.0, std::nullopt,
              "Strength: w = max(1 - alpha p'(y), 1e-6) rescaled to mean 1; 0 gives uniform weights");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Weight, "dense_weight",
                         "DenseWeight: weights that fall with the target's kernel density, rare targets weigh more.",
                         "Steininger, Kobs, Davidson, Krause & Hotho, Density-based weighting for imbalanced "
                         "regression, Machine Learning 110, 2021",
                         dense_weight_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<DenseWeightPlugin>(p); }})

}  // namespace imbench::regression
