// Specs as a reader wants them in a table: canonical specs list every
// default ("decision_tree:class_weight=none,criterion=gini,max_depth=3,..."),
// which drowns the one parameter that was chosen.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/registry.hpp"

namespace imbench::reports {

// The spec without the parameters that equal the registered plugin's defaults:
// "decision_tree:max_depth=3", "smote". The text is returned unchanged when it
// is not a single spec or names no registered plugin of that kind (a store
// written by another build), so a report never fails over display.
std::string short_spec(Kind kind, const std::string& spec);

// True when `model_spec` names a registered model for float targets only;
// false for classifiers and for names this build does not know.
bool regression_model(const std::string& model_spec);

// A pipeline as a column or row label: "smote + random_forest", each stage
// through short_spec, "none" stages left out. Throws imbench::Error when the
// text is not a pipeline spec.
std::string pipeline_label(const std::string& pipeline);

// Generated data sets are named by their generator spec, whose shared
// parameters drown the one that varies. Labels drop, among the specs of one
// generator, the parameters every one of them has with the same value:
// "make_classification:n_features=2,weights=0.99". Other names are kept.
struct DatasetLabels {
  std::map<std::string, std::string> label;  // name -> label (every name given)
  std::string note;  // "Data sets make_classification:... share n_samples=10000, seed=1."; empty when nothing was dropped
  const std::string& operator()(const std::string& name) const;
};
DatasetLabels dataset_labels(const std::vector<std::string>& names);

}  // namespace imbench::reports
