// SMOTER as a plugin: the bump-wise generalisation of UBL's SmoteRegress
// (algorithms/regression/smoter.hpp), with phi fitted to the training fold.
#include "algorithms/regression/smoter.hpp"

#include "algorithms/regression/plugins/shared/interpolating_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/plugins/shared/resampling_params.hpp"

namespace imbench::regression {
namespace {

ParamSchema smoter_schema() {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::With);
  add_percentages_param(schema, PercentageForm::PerBump);
  schema.integer("k", 5, 1, std::nullopt, "Nearest neighbours (within the bump) a seed's partner is drawn from");
  add_distance_param(schema);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smoter",
                         "SMOTER: interpolate rare cases with neighbours in their bump, target weighted by distance.",
                         "Torgo, Ribeiro, Pfahringer & Branco, EPIA 2013 (LNCS 8154); bumps and C.perc of UBL "
                         "SmoteRegress (Branco, Ribeiro & Torgo, arXiv:1604.08079)",
                         smoter_schema(), regression_only(),
                         [](const Params& p) {
                           const auto k = static_cast<std::size_t>(p.integer("k"));
                           SmoterOptions options{.percentages = p.text("c_perc"), .k = k};
                           return std::make_unique<InterpolatingPlugin<SmoterOptions, smoter>>(p, "smoter", options);
                         }})

}  // namespace imbench::regression
