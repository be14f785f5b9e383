// Label-distribution smoothing as a plugin: inverse weights of the kernel-
// smoothed target histogram; see algorithms/regression/target_weights.hpp.
// The histogram has `bins` equal-width bins over the training range.
#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/target_bins.hpp"
#include "algorithms/regression/target_weights.hpp"

namespace imbench::regression {
namespace {

class LdsPlugin final : public RegressionWeighting {
 public:
  explicit LdsPlugin(const Params& p)
      : bins_(p.integer("bins")),
        options_{0.0, p.text("reweight"), p.boolean("smooth"), p.text("kernel"),
                 static_cast<int>(p.integer("kernel_size")), p.real("sigma")} {
    if (options_.kernel_size % 2 == 0) throw Error("parameter 'kernel_size' of 'lds' must be odd");
  }

  Weights weights(const RegressionData& data) const override {
    LdsOptions options = options_;
    options.bin_width = bin_width_for(data.y, bins_, "lds");
    return named_errors("lds", [&] { return lds_weights(data.y, options); });
  }

 private:
  long long bins_;
  LdsOptions options_;
};

ParamSchema lds_schema() {
  ParamSchema schema;
  schema.integer("bins", 100, 1, 100000, "Equal-width target bins over the training range");
  schema.choice("reweight", "sqrt_inv", {"sqrt_inv", "inverse"},
                "Bin counts before smoothing: square roots, or clipped to [5, 1000] (inverse)");
  schema.boolean("smooth", true, "Convolve the counts with the LDS kernel (false: plain inverse counts)");
  schema.choice("kernel", "gaussian", {"gaussian", "triang", "laplace"}, "LDS kernel, normalised to peak 1");
  schema.integer("kernel_size", 5, 1, 1001, "Kernel width in bins (odd)");
  schema.real("sigma", 2.0, 0.0, std::nullopt, "Kernel scale in bins (gaussian, laplace)", true);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Weight, "lds",
                         "LDS: inverse of the kernel-smoothed target histogram, rescaled to mean 1.",
                         "Yang, Zha, Chen, Wang & Katabi, Delving into Deep Imbalanced Regression, ICML 2021",
                         lds_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<LdsPlugin>(p); }})

}  // namespace imbench::regression
