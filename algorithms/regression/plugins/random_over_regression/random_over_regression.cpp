// Random over-sampling of the rare bumps (UBL RandOverRegress) as a plugin;
// see algorithms/regression/random_resampling.hpp.
#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/plugins/shared/resampling_params.hpp"
#include "algorithms/regression/random_resampling.hpp"

namespace imbench::regression {
namespace {

class RandomOverRegression final : public RegressionResampler {
 public:
  explicit RandomOverRegression(const Params& p)
      : relevance_(p, "random_over_regression"), options_{relevance_.threshold(), p.text("c_perc")} {}

  RegressionResampled resample(const RegressionData& data, RandomStream& rng) const override {
    const std::vector<double> phi = relevance_.of_training(data.y);
    return named_errors("random_over_regression", [&] { return random_over_regression(data, phi, options_, rng); });
  }

 private:
  RelevanceParams relevance_;
  RandomResamplingOptions options_;
};

ParamSchema random_over_regression_schema() {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::With);
  add_percentages_param(schema, PercentageForm::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "random_over_regression",
                         "Random over-sampling for regression: copies of the cases in rare bumps.",
                         "UBL RandOverRegress (Branco, Ribeiro & Torgo, arXiv:1604.08079, 2016)",
                         random_over_regression_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<RandomOverRegression>(p); }})

}  // namespace imbench::regression
