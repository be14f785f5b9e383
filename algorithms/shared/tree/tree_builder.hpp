// The CART growth loop every tree type shares: depth-first over one array of row
// indices, exact best split on sorted feature values, thresholds at midpoints,
// scikit-learn's stopping rules. What a split optimises comes from `Stats`, the
// node statistics of one criterion (class counts in cart.cpp, sums of y and y^2
// in regression_tree.cpp). A Stats type provides:
//   double node(const std::uint32_t* rows, std::size_t m)  totals of a node's rows; returns their weight
//   double impurity(double node_weight) const              of the node last passed to node()
//   void clear_left();  void add_left(std::uint32_t row)   the left child's running totals
//   double proxy(double left_weight, double right_weight)  larger is better, for splits of one node
//   void append_leaf(std::vector<double>& values) const    the node's leaf values
// Internal to algorithms/shared/tree: include it only to instantiate a new tree type.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "algorithms/shared/tree/cart.hpp"
#include "core/error.hpp"

namespace imbench::tree {

template <class Stats>
class TreeBuilder {
 public:
  TreeBuilder(const ColumnMatrix& X, const Weights& weights, const TreeOptions& options, RandomStream& rng,
              Stats& stats)
      : X_(X), weights_(weights), options_(options), rng_(rng), stats_(stats) {
    const auto n = static_cast<std::size_t>(X.rows());
    if (n >= std::numeric_limits<std::uint32_t>::max()) throw Error("decision tree: too many rows");
    double total_weight = 0;
    for (std::size_t i = 0; i < n; ++i) {
      total_weight += weights[i];
      if (weights[i] > 0) rows_.push_back(static_cast<std::uint32_t>(i));
    }
    min_weight_leaf_ = options.min_weight_fraction_leaf * total_weight;
    min_split_ = std::max(options.min_samples_split, 2 * options.min_samples_leaf);
    const auto d = static_cast<std::size_t>(X.cols());
    max_features_ = options.max_features == 0 ? d : std::min(options.max_features, d);
    features_.resize(d);
    std::iota(features_.begin(), features_.end(), 0);
    sorted_.resize(rows_.size());
  }

  // Grows into `tree`, whose leaves get the values Stats::append_leaf writes.
  void run(Tree& tree) {
    if (rows_.empty()) throw Error("decision tree: no row has a positive weight");
    std::vector<PendingNode> stack{{0, rows_.size(), 0, 0, false}};
    while (!stack.empty()) {
      PendingNode pending = stack.back();
      stack.pop_back();
      auto id = static_cast<std::uint32_t>(tree.nodes_.size());
      tree.nodes_.emplace_back();
      if (id > 0) (pending.is_left ? tree.nodes_[pending.parent].left : tree.nodes_[pending.parent].right) = id;
      tree.depth_ = std::max(tree.depth_, pending.depth);

      double node_weight = stats_.node(rows_.data() + pending.start, pending.end - pending.start);
      Split split;
      if (may_split(pending, node_weight)) split = best_split(pending.start, pending.end, node_weight);
      if (split.feature < 0) {
        tree.nodes_[id].value = static_cast<std::uint32_t>(tree.leaf_values_.size());
        stats_.append_leaf(tree.leaf_values_);
        continue;
      }
      std::size_t middle = partition(pending.start, pending.end, split);
      tree.nodes_[id].feature = split.feature;
      tree.nodes_[id].threshold = split.threshold;
      // Right pushed first so the left child is grown (and numbered) first.
      stack.push_back({middle, pending.end, pending.depth + 1, id, false});
      stack.push_back({pending.start, middle, pending.depth + 1, id, true});
    }
  }

 private:
  // Values closer than this are never split apart (scikit-learn's FEATURE_THRESHOLD).
  static constexpr double kFeatureThreshold = 1e-7;
  // A node at or below this impurity is pure (scikit-learn's EPSILON).
  static constexpr double kPure = std::numeric_limits<double>::epsilon();

  struct SortedValue {
    double value;
    std::uint32_t row;
  };

  struct Split {
    int feature = -1;
    double threshold = 0;
    double proxy = -std::numeric_limits<double>::infinity();
  };

  struct PendingNode {
    std::size_t start, end;
    int depth;
    std::uint32_t parent;
    bool is_left;
  };

  bool may_split(const PendingNode& node, double node_weight) const {
    std::size_t n = node.end - node.start;
    if (options_.max_depth > 0 && node.depth >= options_.max_depth) return false;
    if (n < min_split_ || node_weight < 2 * min_weight_leaf_) return false;
    return stats_.impurity(node_weight) > kPure;
  }

  Split best_split(std::size_t start, std::size_t end, double node_weight) {
    Split best;
    const std::size_t d = features_.size();
    // Trying every feature visits them in index order, so ties go to the lower index.
    if (max_features_ >= d) {
      for (std::size_t f = 0; f < d; ++f) evaluate_feature(static_cast<int>(f), start, end, node_weight, best);
      return best;
    }
    // Draw features without replacement until max_features were tried and at least
    // one of them was not constant in the node (as scikit-learn does). Ties go to the
    // feature drawn first: always preferring a low index would bias a forest towards
    // the first columns wherever small nodes split equally well on several features.
    std::size_t remaining = d, visited = 0, non_constant = 0;
    while (remaining > 0 && (visited < max_features_ || non_constant == 0)) {
      std::size_t j = rng_.below(remaining);
      int feature = features_[j];
      std::swap(features_[j], features_[--remaining]);
      ++visited;
      if (evaluate_feature(feature, start, end, node_weight, best)) ++non_constant;
    }
    return best;
  }

  // Scans every threshold of `feature`; returns false when the feature is constant in the node.
  bool evaluate_feature(int feature, std::size_t start, std::size_t end, double node_weight, Split& best) {
    const double* column = X_.data() + static_cast<std::ptrdiff_t>(feature) * X_.rows();
    const std::size_t m = end - start;
    SortedValue* sorted = sorted_.data();
    for (std::size_t p = 0; p < m; ++p) sorted[p] = {column[rows_[start + p]], rows_[start + p]};
    std::sort(sorted, sorted + m, [](const SortedValue& a, const SortedValue& b) { return a.value < b.value; });
    if (sorted[m - 1].value <= sorted[0].value + kFeatureThreshold) return false;

    stats_.clear_left();
    double left_weight = 0;
    for (std::size_t p = 0; p + 1 < m; ++p) {
      stats_.add_left(sorted[p].row);
      left_weight += weights_[sorted[p].row];
      if (sorted[p + 1].value <= sorted[p].value + kFeatureThreshold) continue;
      std::size_t n_left = p + 1, n_right = m - n_left;
      if (n_left < options_.min_samples_leaf) continue;
      if (n_right < options_.min_samples_leaf) break;
      double right_weight = node_weight - left_weight;
      if (left_weight < min_weight_leaf_ || right_weight < min_weight_leaf_) continue;
      double quality = stats_.proxy(left_weight, right_weight);
      // Equal quality: the first feature visited wins, then the lower threshold.
      if (quality > best.proxy) {
        double threshold = sorted[p].value / 2.0 + sorted[p + 1].value / 2.0;
        if (threshold == sorted[p + 1].value || std::isinf(threshold)) threshold = sorted[p].value;
        best = {feature, threshold, quality};
      }
    }
    return true;
  }

  std::size_t partition(std::size_t start, std::size_t end, const Split& split) {
    const double* column = X_.data() + static_cast<std::ptrdiff_t>(split.feature) * X_.rows();
    auto middle = std::partition(rows_.begin() + static_cast<std::ptrdiff_t>(start),
                                 rows_.begin() + static_cast<std::ptrdiff_t>(end),
                                 [&](std::uint32_t r) { return column[r] <= split.threshold; });
    return static_cast<std::size_t>(middle - rows_.begin());
  }

  const ColumnMatrix& X_;
  const Weights& weights_;
  const TreeOptions& options_;
  RandomStream& rng_;
  Stats& stats_;
  std::size_t min_split_ = 2, max_features_ = 0;
  double min_weight_leaf_ = 0;
  std::vector<std::uint32_t> rows_;
  std::vector<SortedValue> sorted_;
  std::vector<int> features_;
};

}  // namespace imbench::tree
