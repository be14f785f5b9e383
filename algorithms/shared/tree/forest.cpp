#include "algorithms/shared/tree/forest.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include "algorithms/model/common/training_input.hpp"

namespace imbench::tree {

std::vector<double> class_totals(const Labels& y, const Weights& w, int n_classes) {
  std::vector<double> totals(static_cast<std::size_t>(n_classes), 0.0);
  for (std::size_t i = 0; i < y.size(); ++i) totals[static_cast<std::size_t>(y[i])] += w[i];
  return totals;
}

void scale_by_class(Weights& w, const Labels& y, const std::vector<double>& class_weight) {
  for (std::size_t i = 0; i < w.size(); ++i) w[i] *= class_weight[static_cast<std::size_t>(y[i])];
}

Weights draw_counts(std::size_t n, std::size_t draws, RandomStream& rng) {
  Weights counts(n, 0.0);
  for (std::size_t k = 0; k < draws; ++k) counts[rng.below(n)] += 1.0;
  return counts;
}

void Forest::grow(const LabelledData& data, std::size_t n_trees, const TreeOptions& options,
                  const TreeWeights& weights_of_tree, RandomStream& rng) {
  const ColumnMatrix columns = data.X;
  trees_ = grow_in_parallel<ClassificationTree>(n_trees, rng, [&](std::size_t t, RandomStream& tree_rng) {
    const Weights w = weights_of_tree(t, tree_rng);
    return ClassificationTree::grow(columns, data.y, data.n_classes, w, options, tree_rng);
  });
  n_features_ = data.X.cols();
  n_classes_ = data.n_classes;
}

Matrix Forest::predict_proba(const Matrix& X, const std::string& model) const {
  check_predict_input(X, n_features_, !trees_.empty(), model);
  Matrix proba = Matrix::Zero(X.rows(), n_classes_);
  tbb::parallel_for(tbb::blocked_range<Eigen::Index>(0, X.rows(), 64), [&](const auto& rows) {
    for (Eigen::Index i = rows.begin(); i < rows.end(); ++i) {
      const double* row = X.data() + i * X.cols();
      double* out = proba.data() + i * n_classes_;
      for (const auto& tree : trees_) {
        const double* leaf = tree.leaf_proba(row);
        for (int c = 0; c < n_classes_; ++c) out[c] += leaf[c];
      }
    }
  });
  proba /= static_cast<double>(trees_.size());
  return proba;
}

}  // namespace imbench::tree
