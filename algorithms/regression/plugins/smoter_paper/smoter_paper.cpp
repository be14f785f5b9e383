// The EPIA 2013 SMOTER algorithm as a plugin (o% / u% instead of bumps);
// see algorithms/regression/smoter.hpp.
#include "algorithms/regression/plugins/shared/interpolating_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/plugins/shared/resampling_params.hpp"
#include "algorithms/regression/smoter.hpp"

namespace imbench::regression {
namespace {

ParamSchema smoter_paper_schema() {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::With);
  schema.real("over", 200.0, 0.0, std::nullopt, "o%: synthetic cases per rare case, in percent (200 = two each)");
  schema.real("under", 200.0, 0.0, std::nullopt, "u%: normal cases kept, in percent of the number of new cases");
  schema.integer("k", 5, 1, std::nullopt, "Nearest neighbours (within the rare set) a partner is drawn from");
  add_distance_param(schema);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smoter_paper",
                         "SMOTER as published: o% synthetic cases per rare case (low and high rare sets apart), u% "
                         "normal cases kept.",
                         "Torgo, Ribeiro, Pfahringer & Branco, SMOTE for Regression, EPIA 2013 (LNCS 8154)",
                         smoter_paper_schema(), regression_only(),
                         [](const Params& p) {
                           const auto k = static_cast<std::size_t>(p.integer("k"));
                           SmoterPaperOptions options{.over = p.real("over"), .under = p.real("under"), .k = k};
                           using Plugin = InterpolatingPlugin<SmoterPaperOptions, smoter_paper>;
                           return std::make_unique<Plugin>(p, "smoter_paper", options);
                         }})

}  // namespace imbench::regression
