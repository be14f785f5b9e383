// SMOTE + ENN (Batista, Prati & Monard 2004) as imbalanced-learn 0.10's
// SMOTEENN: over-sample with SMOTE, then edit the result with Wilson's ENN
// (by default in every class, imblearn's ENN(sampling_strategy='all')).
#include "algorithms/resample/shared/editing.hpp"
#include "algorithms/resample/smote_tomek/smote_then_clean.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

ParamSchema smote_enn_schema() {
  ParamSchema schema;
  add_smote_then_clean_params(schema);
  schema.integer("n_neighbors", 3, 1, std::nullopt, "ENN step: nearest other rows (of any class) that judge each row");
  add_kind_sel(schema);
  return schema;
}

std::unique_ptr<Plugin> make_smote_enn(const Params& p) {
  return std::make_unique<SmoteThenClean>("smote_enn", smote_step(p),
                                          Spec{"enn",
                                               {{"n_neighbors", p.text("n_neighbors")},
                                                {"kind_sel", p.text("kind_sel")},
                                                {"sampling_strategy", p.text("clean_strategy")}}});
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smote_enn",
                         "SMOTE over-sampling, then edited nearest neighbours cleaning of the result.",
                         "Batista, Prati, Monard. A Study of the Behavior of Several Methods for Balancing Machine "
                         "Learning Training Data. SIGKDD Explorations 6(1):20-29, 2004",
                         smote_enn_schema(), Capabilities{}, make_smote_enn})

}  // namespace imbench
