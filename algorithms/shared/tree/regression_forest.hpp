// An ensemble of CART regression trees grown in parallel, each on its own sample
// weights (a bootstrap as multiplicities), whose predictions are averaged.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "algorithms/shared/tree/grow_in_parallel.hpp"
#include "algorithms/shared/tree/regression_tree.hpp"
#include "core/plugin.hpp"

namespace imbench::tree {

class RegressionForest {
 public:
  // Grows n_trees trees in parallel; tree t draws everything from rng.substream(t).
  void grow(const RegressionData& data, std::size_t n_trees, const TreeOptions& options,
            const TreeWeights& weights_of_tree, const RandomStream& rng);

  // Mean of the trees' predictions, summed in tree order (bit-identical for any
  // thread count). `model` names the plugin in input errors.
  std::vector<double> predict(const Matrix& X, const std::string& model) const;

 private:
  std::vector<RegressionTree> trees_;
  Eigen::Index n_features_ = 0;
};

}  // namespace imbench::tree
