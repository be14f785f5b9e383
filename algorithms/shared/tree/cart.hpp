// CART classification trees (Breiman et al. 1984) grown the way scikit-learn's
// DecisionTreeClassifier grows them: exact best split on sorted feature values,
// thresholds at midpoints, weighted Gini or entropy, leaves holding weighted
// class fractions. Shared by the decision_tree and random_forest plugins.
// Equally good splits go to the feature visited first (index order when every
// feature is tried, draw order otherwise), then to the lower threshold.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench::tree {

// Column-major, so the values of one feature are contiguous while a node sorts them.
using ColumnMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;

enum class Criterion { Gini, Entropy };

struct TreeOptions {
  Criterion criterion = Criterion::Gini;
  int max_depth = 0;  // 0: unlimited
  std::size_t min_samples_split = 2;
  std::size_t min_samples_leaf = 1;
  double min_weight_fraction_leaf = 0.0;  // of the total sample weight
  std::size_t max_features = 0;           // features tried per node; 0 or >= n_features: all
};

struct TreeNode {
  int feature = -1;       // -1 marks a leaf
  double threshold = 0;   // a row goes left when x[feature] <= threshold
  std::uint32_t left = 0;
  std::uint32_t right = 0;
  std::uint32_t value = 0;  // leaf only: offset of its class probabilities
};

class ClassificationTree {
 public:
  // Grows a tree on the rows with positive weight (zero-weight rows, such as rows a
  // bootstrap did not draw, are left out, as in scikit-learn). `y` holds labels
  // 0..n_classes-1; `weights` has one entry per row. Feature sampling draws from `rng`
  // only when options.max_features is below the number of features.
  static ClassificationTree grow(const ColumnMatrix& X, const Labels& y, int n_classes, const Weights& weights,
                                 const TreeOptions& options, RandomStream& rng);

  // The n_classes probabilities of the leaf that `row` (n_features values) falls in.
  const double* leaf_proba(const double* row) const {
    std::uint32_t i = 0;
    while (nodes_[i].feature >= 0) i = row[nodes_[i].feature] <= nodes_[i].threshold ? nodes_[i].left : nodes_[i].right;
    return leaf_values_.data() + nodes_[i].value;
  }

  int n_classes() const { return n_classes_; }
  int depth() const { return depth_; }
  std::size_t leaf_count() const { return leaf_values_.size() / static_cast<std::size_t>(n_classes_); }
  const std::vector<TreeNode>& nodes() const { return nodes_; }

 private:
  friend class TreeBuilder;
  std::vector<TreeNode> nodes_;
  std::vector<double> leaf_values_;
  int n_classes_ = 0;
  int depth_ = 0;
};

}  // namespace imbench::tree
