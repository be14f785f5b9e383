// What the knn classifier and knn_regressor share: the reference set (the
// training rows of positive sample weight) and the weight each of a query's k
// neighbours gets - its sample weight, divided by its distance when distance
// weighted, where neighbours at distance 0 (if any) take the whole weight, as
// scikit-learn's weights='distance'.
#pragma once

#include <string>
#include <vector>

#include "algorithms/shared/neighbours/exact.hpp"
#include "core/types.hpp"

namespace imbench {

class WeightedNeighbours {
 public:
  WeightedNeighbours(std::size_t k, bool distance_weighted) : k_(k), distance_weighted_(distance_weighted) {}

  // Indexes the rows of X with positive weight (all rows when `weights` is empty) and returns
  // their row numbers; rows of weight 0 never take a neighbour's place. Throws Error naming
  // `model` when fewer than k rows remain.
  std::vector<std::size_t> fit(const Matrix& X, const Weights& weights, const std::string& model);

  // The k nearest kept rows of every row of X; their indices count kept rows.
  NeighbourLists query(const Matrix& X) const { return search_.query(X, k_); }

  // Writes the k neighbour weights of query q into out[0..k).
  void weights_of(const NeighbourLists& nearest, std::size_t q, double* out) const;

  std::size_t k() const { return k_; }

 private:
  std::size_t k_;
  bool distance_weighted_;
  ExactNeighbours search_;
  std::vector<double> sample_weights_;  // of the kept rows
};

}  // namespace imbench
