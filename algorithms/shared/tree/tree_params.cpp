#include "algorithms/shared/tree/tree_params.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace imbench::tree {

void add_growth_params(ParamSchema& schema, const std::string& default_max_features) {
  schema.choice("criterion", "gini", {"gini", "entropy"}, "impurity measure a split minimises");
  add_shape_params(schema, default_max_features);
}

void add_shape_params(ParamSchema& schema, const std::string& default_max_features) {
  schema.integer("max_depth", 0, 0, std::nullopt, "deepest level a node may have; 0 grows until leaves are pure")
      .integer("min_samples_split", 2, 2, std::nullopt, "fewest rows a node needs to be split")
      .integer("min_samples_leaf", 1, 1, std::nullopt, "fewest rows each child of a split must keep")
      .real("min_weight_fraction_leaf", 0.0, 0.0, 0.5,
            "smallest share of the total sample weight each child of a split must keep")
      .choice("max_features", default_max_features, {"all", "sqrt", "log2", "fraction"},
              "features tried per node: all, floor(sqrt(d)), floor(log2(d)) or floor(max_features_fraction*d)")
      .real("max_features_fraction", 1.0, 0.0, 1.0, "share of the features tried per node when max_features=fraction",
            true, false);
}

std::size_t FeatureBudget::resolve(std::size_t n_features) const {
  double d = static_cast<double>(n_features), k = d;
  if (rule == "sqrt") k = std::sqrt(d);
  else if (rule == "log2") k = d > 0 ? std::log2(d) : 0;
  else if (rule == "fraction") k = fraction * d;
  return std::max<std::size_t>(1, static_cast<std::size_t>(k));
}

GrowthParams growth_params(const Params& params) {
  GrowthParams g = shape_params(params);
  g.options.criterion = params.text("criterion") == "entropy" ? Criterion::Entropy : Criterion::Gini;
  return g;
}

GrowthParams shape_params(const Params& params) {
  GrowthParams g;
  g.options.max_depth = static_cast<int>(params.integer("max_depth"));
  g.options.min_samples_split = static_cast<std::size_t>(params.integer("min_samples_split"));
  g.options.min_samples_leaf = static_cast<std::size_t>(params.integer("min_samples_leaf"));
  g.options.min_weight_fraction_leaf = params.real("min_weight_fraction_leaf");
  g.features = {params.text("max_features"), params.real("max_features_fraction")};
  return g;
}

std::vector<double> balanced_class_weights(const std::vector<double>& counts) {
  double total = std::accumulate(counts.begin(), counts.end(), 0.0);
  auto present = static_cast<double>(std::count_if(counts.begin(), counts.end(), [](double c) { return c > 0; }));
  std::vector<double> weights(counts.size(), 0.0);
  for (std::size_t c = 0; c < counts.size(); ++c)
    if (counts[c] > 0) weights[c] = total / (present * counts[c]);
  return weights;
}

}  // namespace imbench::tree
