// CART classification trees (Breiman et al. 1984) grown the way scikit-learn's
// DecisionTreeClassifier grows them: exact best split on sorted feature values,
// thresholds at midpoints, weighted Gini or entropy, leaves holding weighted
// class fractions. Shared by the decision_tree and random_forest plugins; the
// growth loop itself (tree_builder.hpp) also grows regression_tree.hpp's trees.
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
  Criterion criterion = Criterion::Gini;  // classification trees only
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
  std::uint32_t value = 0;  // leaf only: offset of its values in the tree's leaf values
};

template <class Stats>
class TreeBuilder;

// The grown structure every CART tree shares: split nodes, and per leaf
// values_per_leaf() numbers (class probabilities, or a regression tree's mean).
class Tree {
 public:
  // The values of the leaf that `row` (n_features values) falls in.
  const double* leaf_values(const double* row) const {
    std::uint32_t i = 0;
    while (nodes_[i].feature >= 0) i = row[nodes_[i].feature] <= nodes_[i].threshold ? nodes_[i].left : nodes_[i].right;
    return leaf_values_.data() + nodes_[i].value;
  }

  std::size_t values_per_leaf() const { return values_per_leaf_; }
  int depth() const { return depth_; }
  std::size_t leaf_count() const { return leaf_values_.size() / values_per_leaf_; }
  const std::vector<TreeNode>& nodes() const { return nodes_; }

 protected:
  template <class Stats>
  friend class TreeBuilder;
  std::vector<TreeNode> nodes_;
  std::vector<double> leaf_values_;
  std::size_t values_per_leaf_ = 1;
  int depth_ = 0;
};

class ClassificationTree : public Tree {
 public:
  // Grows a tree on the rows with positive weight (zero-weight rows, such as rows a
  // bootstrap did not draw, are left out, as in scikit-learn). `y` holds labels
  // 0..n_classes-1; `weights` has one entry per row. Feature sampling draws from `rng`
  // only when options.max_features is below the number of features.
  static ClassificationTree grow(const ColumnMatrix& X, const Labels& y, int n_classes, const Weights& weights,
                                 const TreeOptions& options, RandomStream& rng);

  // The n_classes probabilities of the leaf that `row` (n_features values) falls in.
  const double* leaf_proba(const double* row) const { return leaf_values(row); }
  int n_classes() const { return static_cast<int>(values_per_leaf_); }
};

}  // namespace imbench::tree
