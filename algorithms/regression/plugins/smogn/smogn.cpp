// SMOGN as a plugin (algorithms/regression/smogn.hpp), phi fitted to the training fold.
#include "algorithms/regression/smogn.hpp"

#include "algorithms/regression/plugins/shared/interpolating_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/plugins/shared/resampling_params.hpp"

namespace imbench::regression {
namespace {

ParamSchema smogn_schema() {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::With);
  add_percentages_param(schema, PercentageForm::PerBump);
  schema.integer("k", 5, 1, std::nullopt, "Nearest neighbours (within the bump) a seed's partner is drawn from");
  schema.real("pert", 0.01, 0.0, std::nullopt,
              "Noise scale cap: unsafe partners give Gaussian noise with sd * min(maxD, pert)", true);
  add_distance_param(schema);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smogn",
                         "SMOGN: SMOTER with safe neighbours, Gaussian noise around the seed otherwise.",
                         "Branco, Torgo & Ribeiro, SMOGN, LIDTA 2017 (PMLR 74:36-50); UBL SMOGNRegress",
                         smogn_schema(), regression_only(),
                         [](const Params& p) {
                           const auto k = static_cast<std::size_t>(p.integer("k"));
                           SmognOptions options{.percentages = p.text("c_perc"), .k = k, .pert = p.real("pert")};
                           return std::make_unique<InterpolatingPlugin<SmognOptions, smogn>>(p, "smogn", options);
                         }})

}  // namespace imbench::regression
