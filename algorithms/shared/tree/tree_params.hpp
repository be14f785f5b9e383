// The growth parameters the tree plugins (decision_tree, random_forest, ...) share, declared once so
// both plugins spell, bound and describe them the same way.
#pragma once

#include <string>
#include <vector>

#include "algorithms/shared/tree/cart.hpp"
#include "core/params.hpp"

namespace imbench::tree {

// Adds criterion, max_depth, min_samples_split, min_samples_leaf,
// min_weight_fraction_leaf, max_features and max_features_fraction.
void add_growth_params(ParamSchema& schema, const std::string& default_max_features);
// The same without criterion, for trees with a single criterion (regression trees).
void add_shape_params(ParamSchema& schema, const std::string& default_max_features);

// How many features a node tries, resolved once the number of features is known.
struct FeatureBudget {
  std::string rule;       // all, sqrt, log2 or fraction
  double fraction = 1.0;  // used by "fraction"
  std::size_t resolve(std::size_t n_features) const;  // at least 1, as scikit-learn
};

struct GrowthParams {
  TreeOptions options;  // max_features still unresolved (0)
  FeatureBudget features;
};
GrowthParams growth_params(const Params& params);
GrowthParams shape_params(const Params& params);  // for add_shape_params; criterion left at its default

// scikit-learn's class_weight='balanced' from per-class (possibly weighted)
// counts: total / (classes present * count), and 0 for an absent class.
std::vector<double> balanced_class_weights(const std::vector<double>& counts);

}  // namespace imbench::tree
