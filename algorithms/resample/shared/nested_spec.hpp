// Plugin specs nested inside another plugin's parameter value, e.g. the
// estimator of instance_hardness_threshold or the steps of chain:
//
//   instance_hardness_threshold:estimator={random_forest:n_trees=50,max_depth=4}
//   chain:steps={smote:k_neighbors=3;tomek_links}
//
// Braces keep the inner commas out of the outer spec (core/spec.hpp); steps
// are separated by ';' outside inner braces.
#pragma once

#include <string>
#include <vector>

#include "core/registry.hpp"

namespace imbench {

// The value without one pair of enclosing braces ("{a,b}" -> "a,b").
std::string strip_braces(const std::string& value);

// The ';'-separated parts of a steps value, braces stripped first; throws
// Error naming `owner` and `parameter` on an empty part.
std::vector<std::string> split_steps(const std::string& value, const std::string& owner, const std::string& parameter);

// Parses one inner spec and canonicalises it through the registry (every
// default explicit), so the outer canonical spec, and with it the task hash,
// does not depend on how the user spelled the inner one. Errors (unknown
// plugin with the registry's suggestions, bad parameters) name the owner
// and parameter.
Spec canonical_inner_spec(Kind kind, const std::string& text, const std::string& owner, const std::string& parameter);

// A spec's canonical text wrapped in braces, ready to be a parameter value.
std::string braced(const std::string& text);

}  // namespace imbench
