// k-nearest-neighbour classifier (see knn.cpp and README.md).
#pragma once

#include <vector>

#include "algorithms/model/knn/neighbour_weights.hpp"
#include "core/params.hpp"
#include "core/plugin.hpp"

namespace imbench {

class KNearestNeighbours final : public Classifier {
 public:
  explicit KNearestNeighbours(const Params& params);
  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override;
  Matrix predict_proba(const Matrix& X) const override;

 private:
  WeightedNeighbours neighbours_;  // over the training rows of positive weight
  Labels labels_;                  // their labels
  int n_classes_ = 0;
  Eigen::Index n_features_ = 0;
  bool fitted_ = false;
};

}  // namespace imbench
