#include "algorithms/shared/tree/cart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/error.hpp"

namespace imbench::tree {
namespace {

// Values closer than this are never split apart (scikit-learn's FEATURE_THRESHOLD).
constexpr double kFeatureThreshold = 1e-7;
// A node at or below this impurity is pure (scikit-learn's EPSILON).
constexpr double kPure = std::numeric_limits<double>::epsilon();

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

double x_log_x(double v) { return v > 0 ? v * std::log(v) : 0.0; }

}  // namespace

// Depth-first growth over one array of row indices: a node owns a contiguous
// range of `rows_`, which a split partitions in place, so no node allocates.
class TreeBuilder {
 public:
  TreeBuilder(const ColumnMatrix& X, const Labels& y, int n_classes, const Weights& weights,
              const TreeOptions& options, RandomStream& rng)
      : X_(X), y_(y), weights_(weights), options_(options), rng_(rng), k_(static_cast<std::size_t>(n_classes)) {
    tree_.n_classes_ = n_classes;
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
    node_counts_.resize(k_);
    left_counts_.resize(k_);
    right_counts_.resize(k_);
  }

  ClassificationTree run() {
    if (rows_.empty()) throw Error("decision tree: no row has a positive weight");
    std::vector<PendingNode> stack{{0, rows_.size(), 0, 0, false}};
    while (!stack.empty()) {
      PendingNode pending = stack.back();
      stack.pop_back();
      auto id = static_cast<std::uint32_t>(tree_.nodes_.size());
      tree_.nodes_.emplace_back();
      if (id > 0) (pending.is_left ? tree_.nodes_[pending.parent].left : tree_.nodes_[pending.parent].right) = id;
      tree_.depth_ = std::max(tree_.depth_, pending.depth);

      double node_weight = count_classes(pending.start, pending.end, node_counts_.data());
      Split split;
      if (may_split(pending, node_weight)) split = best_split(pending.start, pending.end, node_weight);
      if (split.feature < 0) {
        make_leaf(id);
        continue;
      }
      std::size_t middle = partition(pending.start, pending.end, split);
      tree_.nodes_[id].feature = split.feature;
      tree_.nodes_[id].threshold = split.threshold;
      // Right pushed first so the left child is grown (and numbered) first.
      stack.push_back({middle, pending.end, pending.depth + 1, id, false});
      stack.push_back({pending.start, middle, pending.depth + 1, id, true});
    }
    return std::move(tree_);
  }

 private:
  double count_classes(std::size_t start, std::size_t end, double* counts) const {
    std::fill(counts, counts + k_, 0.0);
    double total = 0;
    for (std::size_t p = start; p < end; ++p) {
      double w = weights_[rows_[p]];
      counts[y_[rows_[p]]] += w;
      total += w;
    }
    return total;
  }

  bool may_split(const PendingNode& node, double node_weight) const {
    std::size_t n = node.end - node.start;
    if (options_.max_depth > 0 && node.depth >= options_.max_depth) return false;
    if (n < min_split_ || node_weight < 2 * min_weight_leaf_) return false;
    return impurity(node_counts_.data(), node_weight) > kPure;
  }

  double impurity(const double* counts, double total) const {
    double sum = 0;
    if (options_.criterion == Criterion::Gini) {
      for (std::size_t c = 0; c < k_; ++c) sum += counts[c] * counts[c];
      return 1.0 - sum / (total * total);
    }
    for (std::size_t c = 0; c < k_; ++c)
      if (counts[c] > 0) sum -= counts[c] / total * std::log(counts[c] / total);
    return sum;
  }

  // Larger is better; it orders splits like -(w_left*impurity_left + w_right*impurity_right)
  // but skips the terms every split of the node shares.
  double proxy(double left_weight, double right_weight) const {
    double left = 0, right = 0;
    if (options_.criterion == Criterion::Gini) {
      for (std::size_t c = 0; c < k_; ++c) {
        left += left_counts_[c] * left_counts_[c];
        right += right_counts_[c] * right_counts_[c];
      }
      return left / left_weight + right / right_weight;
    }
    for (std::size_t c = 0; c < k_; ++c) {
      left += x_log_x(left_counts_[c]);
      right += x_log_x(right_counts_[c]);
    }
    return left - x_log_x(left_weight) + right - x_log_x(right_weight);
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

    std::fill(left_counts_.begin(), left_counts_.end(), 0.0);
    double left_weight = 0;
    for (std::size_t p = 0; p + 1 < m; ++p) {
      double w = weights_[sorted[p].row];
      left_counts_[y_[sorted[p].row]] += w;
      left_weight += w;
      if (sorted[p + 1].value <= sorted[p].value + kFeatureThreshold) continue;
      std::size_t n_left = p + 1, n_right = m - n_left;
      if (n_left < options_.min_samples_leaf) continue;
      if (n_right < options_.min_samples_leaf) break;
      double right_weight = node_weight - left_weight;
      if (left_weight < min_weight_leaf_ || right_weight < min_weight_leaf_) continue;
      for (std::size_t c = 0; c < k_; ++c) right_counts_[c] = node_counts_[c] - left_counts_[c];
      double quality = proxy(left_weight, right_weight);
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

  // Normalised by the sum of the class weights, as scikit-learn's predict_proba does.
  void make_leaf(std::uint32_t id) {
    tree_.nodes_[id].value = static_cast<std::uint32_t>(tree_.leaf_values_.size());
    double sum = std::accumulate(node_counts_.begin(), node_counts_.end(), 0.0);
    for (std::size_t c = 0; c < k_; ++c) tree_.leaf_values_.push_back(node_counts_[c] / sum);
  }

  const ColumnMatrix& X_;
  const Labels& y_;
  const Weights& weights_;
  const TreeOptions& options_;
  RandomStream& rng_;
  const std::size_t k_;
  std::size_t min_split_ = 2, max_features_ = 0;
  double min_weight_leaf_ = 0;
  std::vector<std::uint32_t> rows_;
  std::vector<SortedValue> sorted_;
  std::vector<int> features_;
  std::vector<double> node_counts_, left_counts_, right_counts_;
  ClassificationTree tree_;
};

ClassificationTree ClassificationTree::grow(const ColumnMatrix& X, const Labels& y, int n_classes,
                                            const Weights& weights, const TreeOptions& options, RandomStream& rng) {
  return TreeBuilder(X, y, n_classes, weights, options, rng).run();
}

}  // namespace imbench::tree
