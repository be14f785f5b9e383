// k-nearest-neighbour classifier (see knn.cpp and README.md).
#pragma once

#include <vector>

#include "algorithms/shared/neighbours/exact.hpp"
#include "core/params.hpp"
#include "core/plugin.hpp"

namespace imbench {

class KNearestNeighbours final : public Classifier {
 public:
  explicit KNearestNeighbours(const Params& params);
  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override;
  Matrix predict_proba(const Matrix& X) const override;

 private:
  std::size_t n_neighbors_;
  bool distance_weighted_;
  ExactNeighbours search_;  // over the training rows of positive weight
  Labels labels_;                // their labels
  std::vector<double> votes_;    // their sample weights
  int n_classes_ = 0;
  Eigen::Index n_features_ = 0;
  bool fitted_ = false;
};

}  // namespace imbench
