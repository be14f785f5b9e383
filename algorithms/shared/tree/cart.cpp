#include "algorithms/shared/tree/cart.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "algorithms/shared/tree/tree_builder.hpp"

namespace imbench::tree {
namespace {

double x_log_x(double v) { return v > 0 ? v * std::log(v) : 0.0; }

// TreeBuilder statistics for Gini and entropy: weighted class counts of the node and its left child.
class ClassCounts {
 public:
  ClassCounts(const Labels& y, int n_classes, const Weights& weights, Criterion criterion)
      : y_(y), weights_(weights), criterion_(criterion), k_(static_cast<std::size_t>(n_classes)),
        node_(k_), left_(k_), right_(k_) {}

  double node(const std::uint32_t* rows, std::size_t m) {
    std::fill(node_.begin(), node_.end(), 0.0);
    double total = 0;
    for (std::size_t p = 0; p < m; ++p) {
      double w = weights_[rows[p]];
      node_[y_[rows[p]]] += w;
      total += w;
    }
    return total;
  }

  double impurity(double total) const {
    double sum = 0;
    if (criterion_ == Criterion::Gini) {
      for (std::size_t c = 0; c < k_; ++c) sum += node_[c] * node_[c];
      return 1.0 - sum / (total * total);
    }
    for (std::size_t c = 0; c < k_; ++c)
      if (node_[c] > 0) sum -= node_[c] / total * std::log(node_[c] / total);
    return sum;
  }

  void clear_left() { std::fill(left_.begin(), left_.end(), 0.0); }
  void add_left(std::uint32_t row) { left_[y_[row]] += weights_[row]; }

  // Orders splits like -(w_left*impurity_left + w_right*impurity_right) but skips
  // the terms every split of the node shares.
  double proxy(double left_weight, double right_weight) {
    for (std::size_t c = 0; c < k_; ++c) right_[c] = node_[c] - left_[c];
    double left = 0, right = 0;
    if (criterion_ == Criterion::Gini) {
      for (std::size_t c = 0; c < k_; ++c) {
        left += left_[c] * left_[c];
        right += right_[c] * right_[c];
      }
      return left / left_weight + right / right_weight;
    }
    for (std::size_t c = 0; c < k_; ++c) {
      left += x_log_x(left_[c]);
      right += x_log_x(right_[c]);
    }
    return left - x_log_x(left_weight) + right - x_log_x(right_weight);
  }

  // Normalised by the sum of the class weights, as scikit-learn's predict_proba does.
  void append_leaf(std::vector<double>& values) const {
    double sum = std::accumulate(node_.begin(), node_.end(), 0.0);
    for (std::size_t c = 0; c < k_; ++c) values.push_back(node_[c] / sum);
  }

 private:
  const Labels& y_;
  const Weights& weights_;
  const Criterion criterion_;
  const std::size_t k_;
  std::vector<double> node_, left_, right_;
};

}  // namespace

ClassificationTree ClassificationTree::grow(const ColumnMatrix& X, const Labels& y, int n_classes,
                                            const Weights& weights, const TreeOptions& options, RandomStream& rng) {
  ClassCounts stats(y, n_classes, weights, options.criterion);
  ClassificationTree tree;
  tree.values_per_leaf_ = static_cast<std::size_t>(n_classes);
  TreeBuilder<ClassCounts>(X, weights, options, rng, stats).run(tree);
  return tree;
}

}  // namespace imbench::tree
