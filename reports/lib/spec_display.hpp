// Specs as a reader wants them in a table: canonical specs list every
// default ("decision_tree:class_weight=none,criterion=gini,max_depth=3,..."),
// which drowns the one parameter that was chosen.
#pragma once

#include <string>

#include "core/registry.hpp"

namespace imbench::reports {

// The spec without the parameters that equal the registered plugin's defaults:
// "decision_tree:max_depth=3", "smote". The text is returned unchanged when it
// is not a single spec or names no registered plugin of that kind (a store
// written by another build), so a report never fails over display.
std::string short_spec(Kind kind, const std::string& spec);

}  // namespace imbench::reports
