// Gaussian-noise over-sampling for regression (UBL GaussNoiseRegress) as a
// plugin; see algorithms/regression/gaussian_noise.hpp.
#include "algorithms/regression/gaussian_noise.hpp"

#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/plugins/shared/resampling_params.hpp"

namespace imbench::regression {
namespace {

class GaussianNoisePlugin final : public RegressionResampler {
 public:
  explicit GaussianNoisePlugin(const Params& p)
      : relevance_(p, "gaussian_noise"), options_{relevance_.threshold(), p.text("c_perc"), p.real("pert")} {}

  RegressionResampled resample(const RegressionData& data, RandomStream& rng) const override {
    const std::vector<double> phi = relevance_.of_training(data.y);
    return named_errors("gaussian_noise", [&] { return gaussian_noise(data, phi, options_, rng); });
  }

 private:
  RelevanceParams relevance_;
  GaussianNoiseOptions options_;
};

ParamSchema gaussian_noise_schema() {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::With);
  add_percentages_param(schema, PercentageForm::PerBump);
  schema.real("pert", 0.1, 0.0, std::nullopt, "Noise: N(0, (sd * pert)^2) per numeric feature and the target", true);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "gaussian_noise",
                         "Gaussian-noise over-sampling for regression: noisy copies of rare-bump cases.",
                         "Branco, Torgo & Ribeiro, Neurocomputing 343, 2019; UBL GaussNoiseRegress",
                         gaussian_noise_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<GaussianNoisePlugin>(p); }})

}  // namespace imbench::regression
