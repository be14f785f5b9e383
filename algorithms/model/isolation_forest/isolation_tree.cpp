#include "algorithms/model/isolation_forest/isolation_tree.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace imbench {
namespace {

// Features whose values in a node differ by no more than this count as constant
// (scikit-learn's FEATURE_THRESHOLD).
constexpr double kFeatureThreshold = 1e-7;

}  // namespace

double average_path_length(double n) {
  if (n <= 1) return 0.0;
  if (n <= 2) return 1.0;
  return 2.0 * (std::log(n - 1.0) + std::numbers::egamma) - 2.0 * (n - 1.0) / n;
}

IsolationTree IsolationTree::grow(const Matrix& X, std::span<const std::uint32_t> rows,
                                  std::span<const int> features, int max_depth, RandomStream& rng) {
  IsolationTree tree;
  std::vector<std::uint32_t> order(rows.begin(), rows.end());
  std::vector<int> candidates(features.begin(), features.end());
  struct Pending {
    std::size_t start, end;
    int depth;
    std::uint32_t parent;
    bool is_left;
  };
  std::vector<Pending> stack{{0, order.size(), 0, 0, false}};
  while (!stack.empty()) {
    const Pending node = stack.back();
    stack.pop_back();
    const auto id = static_cast<std::uint32_t>(tree.nodes_.size());
    tree.nodes_.emplace_back();
    if (id > 0) (node.is_left ? tree.nodes_[node.parent].left : tree.nodes_[node.parent].right) = id;
    const std::size_t size = node.end - node.start;
    // Draw features without replacement until one is not constant in the node.
    int feature = -1;
    double low = 0, high = 0;
    for (std::size_t remaining = candidates.size(); size > 1 && node.depth < max_depth && remaining > 0;) {
      const std::size_t j = rng.below(remaining);
      const int f = candidates[j];
      std::swap(candidates[j], candidates[--remaining]);
      low = high = X(order[node.start], f);
      for (std::size_t p = node.start + 1; p < node.end; ++p) {
        low = std::min(low, X(order[p], f));
        high = std::max(high, X(order[p], f));
      }
      if (high > low + kFeatureThreshold) {
        feature = f;
        break;
      }
    }
    if (feature < 0) {
      tree.nodes_[id].completion = average_path_length(static_cast<double>(size));
      continue;
    }
    double threshold = low + (high - low) * rng.uniform();
    if (threshold >= high) threshold = low;  // keeps both sides non-empty, as scikit-learn
    const auto middle = std::partition(order.begin() + static_cast<std::ptrdiff_t>(node.start),
                                       order.begin() + static_cast<std::ptrdiff_t>(node.end),
                                       [&](std::uint32_t r) { return X(r, feature) <= threshold; });
    tree.nodes_[id].feature = feature;
    tree.nodes_[id].threshold = threshold;
    const auto split = static_cast<std::size_t>(middle - order.begin());
    stack.push_back({split, node.end, node.depth + 1, id, false});
    stack.push_back({node.start, split, node.depth + 1, id, true});
  }
  return tree;
}

double IsolationTree::path_length(const double* row) const {
  std::uint32_t i = 0;
  double edges = 0;
  while (nodes_[i].feature >= 0) {
    i = row[nodes_[i].feature] <= nodes_[i].threshold ? nodes_[i].left : nodes_[i].right;
    edges += 1;
  }
  return edges + nodes_[i].completion;
}

}  // namespace imbench
