// Random under-sampling of the normal bumps (UBL RandUnderRegress) as a plugin;
// see algorithms/regression/random_resampling.hpp.
#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/plugins/shared/resampling_params.hpp"
#include "algorithms/regression/random_resampling.hpp"

namespace imbench::regression {
namespace {

class RandomUnderRegression final : public RegressionResampler {
 public:
  explicit RandomUnderRegression(const Params& p)
      : relevance_(p, "random_under_regression"), options_{relevance_.threshold(), p.text("c_perc")} {}

  RegressionResampled resample(const RegressionData& data, RandomStream& rng) const override {
    const std::vector<double> phi = relevance_.of_training(data.y);
    return named_errors("random_under_regression", [&] { return random_under_regression(data, phi, options_, rng); });
  }

 private:
  RelevanceParams relevance_;
  RandomResamplingOptions options_;
};

ParamSchema random_under_regression_schema() {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::With);
  add_percentages_param(schema, PercentageForm::Under);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "random_under_regression",
                         "Random under-sampling for regression: a random subset of the cases in normal bumps.",
                         "UBL RandUnderRegress (Branco, Ribeiro & Torgo, arXiv:1604.08079, 2016)",
                         random_under_regression_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<RandomUnderRegression>(p); }})

}  // namespace imbench::regression
