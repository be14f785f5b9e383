#include "algorithms/model/shared_ensemble/nested_model.hpp"

#include "algorithms/resample/shared/nested_spec.hpp"

namespace imbench {

ParamSchema& add_nested_spec(ParamSchema& schema, Kind kind, const std::string& name, const std::string& default_value,
                             const std::string& description) {
  const std::string example = kind == Kind::Resample ? "{smote:k_neighbors=3,sampling_strategy=0.5}"
                                                      : "{decision_tree:max_depth=3,criterion=entropy}";
  return schema.text(name, default_value,
                     description + "; wrap specs with several parameters in braces, e.g. " + example,
                     [kind, name](const std::string& value, const std::string& owner) {
                       return braced(canonical_inner_spec(kind, value, owner, name).text());
                     });
}

Spec nested_spec(const Params& params, Kind kind, const std::string& name, const std::string& owner) {
  return canonical_inner_spec(kind, params.text(name), owner, name);
}

std::unique_ptr<Classifier> build_model(const Spec& spec) {
  return Registry::instance().build<Classifier>(Kind::Model, spec).plugin;
}

std::unique_ptr<Resampler> build_resampler(const Spec& spec) {
  return Registry::instance().build<Resampler>(Kind::Resample, spec).plugin;
}

}  // namespace imbench
