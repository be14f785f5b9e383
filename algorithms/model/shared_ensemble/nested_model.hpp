// Plugins built inside an ensemble from a spec held in one of its parameters
// (estimator={decision_tree:max_depth=3}, sampler={smote:k_neighbors=3}).
#pragma once

#include <memory>
#include <string>

#include "core/registry.hpp"

namespace imbench {

// Adds a text parameter holding a `kind` spec; the value is checked and
// canonicalised through the registry (unknown names get its suggestions).
ParamSchema& add_nested_spec(ParamSchema& schema, Kind kind, const std::string& name, const std::string& default_value,
                             const std::string& description);

// The canonical spec a nested parameter holds.
Spec nested_spec(const Params& params, Kind kind, const std::string& name, const std::string& owner);

std::unique_ptr<Classifier> build_model(const Spec& spec);
std::unique_ptr<Resampler> build_resampler(const Spec& spec);

}  // namespace imbench
