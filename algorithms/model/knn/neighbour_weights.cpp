#include "algorithms/model/knn/neighbour_weights.hpp"

#include "core/error.hpp"

namespace imbench {

std::vector<std::size_t> WeightedNeighbours::fit(const Matrix& X, const Weights& weights, const std::string& model) {
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < static_cast<std::size_t>(X.rows()); ++i)
    if (weights.empty() || weights[i] > 0) kept.push_back(i);
  if (kept.size() < k_)
    throw Error(model + ": n_neighbors=" + std::to_string(k_) + " but the training set has only " +
                std::to_string(kept.size()) + " rows" + (weights.empty() ? "" : " of positive weight"));
  Matrix reference(static_cast<Eigen::Index>(kept.size()), X.cols());
  sample_weights_.clear();
  for (std::size_t r = 0; r < kept.size(); ++r) {
    reference.row(static_cast<Eigen::Index>(r)) = X.row(static_cast<Eigen::Index>(kept[r]));
    sample_weights_.push_back(weights.empty() ? 1.0 : weights[kept[r]]);
  }
  search_.fit(std::move(reference));
  return kept;
}

void WeightedNeighbours::weights_of(const NeighbourLists& nearest, std::size_t q, double* out) const {
  bool exact_match = false;
  for (std::size_t j = 0; j < k_ && distance_weighted_; ++j)
    exact_match = exact_match || nearest.distance_at(q, j) == 0.0;
  for (std::size_t j = 0; j < k_; ++j) {
    const double d = nearest.distance_at(q, j);
    const double w = sample_weights_[nearest.index_at(q, j)];
    out[j] = !distance_weighted_ ? w : exact_match ? (d == 0.0 ? w : 0.0) : w / d;
  }
}

}  // namespace imbench
