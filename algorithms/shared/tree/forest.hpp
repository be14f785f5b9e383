// An ensemble of CART trees grown in parallel, each on its own sample weights,
// whose class probabilities are averaged. random_forest and
// balanced_random_forest differ only in how a tree's weights are drawn.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "algorithms/shared/tree/cart.hpp"
#include "algorithms/shared/tree/grow_in_parallel.hpp"
#include "core/plugin.hpp"

namespace imbench::tree {

// Per-class sums of `w` over the rows (unweighted counts when w is all ones).
std::vector<double> class_totals(const Labels& y, const Weights& w, int n_classes);

// Multiplies each row's weight by its class's weight.
void scale_by_class(Weights& w, const Labels& y, const std::vector<double>& class_weight);

// How often each of n rows is drawn in `draws` uniform draws with replacement.
Weights draw_counts(std::size_t n, std::size_t draws, RandomStream& rng);

class Forest {
 public:
  // Grows n_trees trees with tbb::parallel_for. Tree t draws everything from
  // rng.substream(t), so the forest does not depend on the thread count.
  void grow(const LabelledData& data, std::size_t n_trees, const TreeOptions& options,
            const TreeWeights& weights_of_tree, RandomStream& rng);

  // Mean of the trees' leaf probabilities; each row sums its trees in tree
  // order, so the result is bit-identical for any thread count. `model` names
  // the plugin in input errors.
  Matrix predict_proba(const Matrix& X, const std::string& model) const;

 private:
  std::vector<ClassificationTree> trees_;
  Eigen::Index n_features_ = 0;
  int n_classes_ = 0;
};

}  // namespace imbench::tree
