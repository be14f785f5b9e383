// CART regression trees grown the way scikit-learn's DecisionTreeRegressor grows
// them (criterion squared_error): the same growth loop, split rules and tie
// breaking as the classification trees in cart.hpp, with the weighted variance
// as impurity and the weighted mean target as leaf value.
#pragma once

#include <span>

#include "algorithms/shared/tree/cart.hpp"

namespace imbench::tree {

class RegressionTree : public Tree {
 public:
  // Grows a tree on the rows with positive weight; `y` and `weights` have one entry per
  // row. options.criterion is not used. Feature sampling draws from `rng` only when
  // options.max_features is below the number of features.
  static RegressionTree grow(const ColumnMatrix& X, std::span<const double> y, const Weights& weights,
                             const TreeOptions& options, RandomStream& rng);

  // The weighted mean target of the leaf that `row` (n_features values) falls in.
  double predict(const double* row) const { return *leaf_values(row); }
};

}  // namespace imbench::tree
