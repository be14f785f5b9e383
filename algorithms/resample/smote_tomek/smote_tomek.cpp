// SMOTE + Tomek links (Batista, Bazzan & Monard 2003) as imbalanced-learn
// 0.10's SMOTETomek: over-sample with SMOTE, then remove Tomek links
// (by default from every class, imblearn's TomekLinks(sampling_strategy='all')).
#include "algorithms/resample/smote_tomek/smote_then_clean.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

ParamSchema smote_tomek_schema() {
  ParamSchema schema;
  add_smote_then_clean_params(schema);
  return schema;
}

std::unique_ptr<Plugin> make_smote_tomek(const Params& p) {
  return std::make_unique<SmoteThenClean>("smote_tomek", smote_step(p),
                                          Spec{"tomek_links", {{"sampling_strategy", p.text("clean_strategy")}}});
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smote_tomek",
                         "SMOTE over-sampling, then removal of Tomek links from the result.",
                         "Batista, Bazzan, Monard. Balancing Training Data for Automated Annotation of Keywords: "
                         "a Case Study. WOB 2003, 10-18",
                         smote_tomek_schema(), Capabilities{}, make_smote_tomek})

}  // namespace imbench
