// WERCS as a plugin (algorithms/regression/wercs.hpp): relevance-weighted
// copies and relevance-weighted removal, phi fitted to the training fold.
#include "algorithms/regression/wercs.hpp"

#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"

namespace imbench::regression {
namespace {

class WercsPlugin final : public RegressionResampler {
 public:
  explicit WercsPlugin(const Params& p) : relevance_(p, "wercs"), options_{p.real("over"), p.real("under")} {}

  RegressionResampled resample(const RegressionData& data, RandomStream& rng) const override {
    const std::vector<double> phi = relevance_.of_training(data.y);
    return named_errors("wercs", [&] { return wercs(data, phi, options_, rng); });
  }

 private:
  RelevanceParams relevance_;
  WercsOptions options_;
};

ParamSchema wercs_schema() {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::Without);
  schema.real("over", 0.5, 0.0, std::nullopt, "UBL's O: copies drawn with probability ~ phi, as a fraction of n");
  schema.real("under", 0.5, 0.0, 1.0, "UBL's U: share of the n cases removed, drawn with probability ~ 1 - phi");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "wercs",
                         "WERCS: relevance-weighted over-sampling combined with (1 - phi)-weighted under-sampling.",
                         "Branco, Torgo & Ribeiro, Neurocomputing 343, 2019; UBL WERCSRegress; resreg (Gado et al. "
                         "2020)",
                         wercs_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<WercsPlugin>(p); }})

}  // namespace imbench::regression
