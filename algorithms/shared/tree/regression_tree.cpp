#include "algorithms/shared/tree/regression_tree.hpp"

#include "algorithms/shared/tree/tree_builder.hpp"

namespace imbench::tree {
namespace {

// TreeBuilder statistics for squared error: weighted sums of y and y^2 of the node, of y on the left.
class SquaredError {
 public:
  SquaredError(std::span<const double> y, const Weights& weights) : y_(y), weights_(weights) {}

  double node(const std::uint32_t* rows, std::size_t m) {
    sum_ = 0, sum_sq_ = 0;
    double total = 0;
    for (std::size_t p = 0; p < m; ++p) {
      const double w = weights_[rows[p]], wy = w * y_[rows[p]];
      sum_ += wy;
      sum_sq_ += wy * y_[rows[p]];
      total += w;
    }
    weight_ = total;
    return total;
  }

  // The weighted variance, in scikit-learn's form E[y^2] - E[y]^2.
  double impurity(double total) const {
    const double mean = sum_ / total;
    return sum_sq_ / total - mean * mean;
  }

  void clear_left() { left_sum_ = 0; }
  void add_left(std::uint32_t row) { left_sum_ += weights_[row] * y_[row]; }

  // Orders splits like -(w_left*variance_left + w_right*variance_right) without the
  // sum of w*y^2 that every split of the node shares (scikit-learn's proxy).
  double proxy(double left_weight, double right_weight) const {
    const double right_sum = sum_ - left_sum_;
    return left_sum_ * left_sum_ / left_weight + right_sum * right_sum / right_weight;
  }

  void append_leaf(std::vector<double>& values) const { values.push_back(sum_ / weight_); }

 private:
  std::span<const double> y_;
  const Weights& weights_;
  double sum_ = 0, sum_sq_ = 0, weight_ = 0, left_sum_ = 0;
};

}  // namespace

RegressionTree RegressionTree::grow(const ColumnMatrix& X, std::span<const double> y, const Weights& weights,
                                    const TreeOptions& options, RandomStream& rng) {
  SquaredError stats(y, weights);
  RegressionTree tree;
  TreeBuilder<SquaredError>(X, weights, options, rng, stats).run(tree);
  return tree;
}

}  // namespace imbench::tree
