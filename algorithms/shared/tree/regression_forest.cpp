#include "algorithms/shared/tree/regression_forest.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include "algorithms/model/common/training_input.hpp"

namespace imbench::tree {

void RegressionForest::grow(const RegressionData& data, std::size_t n_trees, const TreeOptions& options,
                            const TreeWeights& weights_of_tree, const RandomStream& rng) {
  const ColumnMatrix columns = data.X;
  trees_ = grow_in_parallel<RegressionTree>(n_trees, rng, [&](std::size_t t, RandomStream& tree_rng) {
    const Weights w = weights_of_tree(t, tree_rng);
    return RegressionTree::grow(columns, data.y, w, options, tree_rng);
  });
  n_features_ = data.X.cols();
}

std::vector<double> RegressionForest::predict(const Matrix& X, const std::string& model) const {
  check_predict_input(X, n_features_, !trees_.empty(), model, "predict");
  std::vector<double> out(static_cast<std::size_t>(X.rows()), 0.0);
  tbb::parallel_for(tbb::blocked_range<Eigen::Index>(0, X.rows(), 64), [&](const auto& rows) {
    for (Eigen::Index i = rows.begin(); i < rows.end(); ++i) {
      const double* row = X.data() + i * X.cols();
      double sum = 0;
      for (const auto& tree : trees_) sum += tree.predict(row);
      out[static_cast<std::size_t>(i)] = sum / static_cast<double>(trees_.size());
    }
  });
  return out;
}

}  // namespace imbench::tree
