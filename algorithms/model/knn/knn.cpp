// k-nearest-neighbour classifier with scikit-learn's KNeighborsClassifier
// semantics: a row's class probabilities are its k nearest training rows'
// vote shares, uniform or weighted by inverse distance. Sample weights scale
// each training row's vote (scikit-learn has none; all ones reproduce it).
#include "algorithms/model/knn/knn.hpp"

#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {

KNearestNeighbours::KNearestNeighbours(const Params& params)
    : n_neighbors_(static_cast<std::size_t>(params.integer("n_neighbors"))),
      distance_weighted_(params.text("weights") == "distance") {}

void KNearestNeighbours::fit(const LabelledData& data, const Weights& weights, RandomStream&) {
  check_training_input(data, weights, "knn");
  // Rows of weight 0 have no vote, so they are left out rather than taking a neighbour's place.
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < data.y.size(); ++i)
    if (weights.empty() || weights[i] > 0) kept.push_back(i);
  if (kept.size() < n_neighbors_)
    throw Error("knn: n_neighbors=" + std::to_string(n_neighbors_) + " but the training set has only " +
                std::to_string(kept.size()) + " rows" + (weights.empty() ? "" : " of positive weight"));
  labels_.clear();
  votes_.clear();
  Matrix reference(static_cast<Eigen::Index>(kept.size()), data.X.cols());
  for (std::size_t r = 0; r < kept.size(); ++r) {
    reference.row(static_cast<Eigen::Index>(r)) = data.X.row(static_cast<Eigen::Index>(kept[r]));
    labels_.push_back(data.y[kept[r]]);
    votes_.push_back(weights.empty() ? 1.0 : weights[kept[r]]);
  }
  search_.fit(std::move(reference));
  n_classes_ = data.n_classes;
  n_features_ = data.X.cols();
  fitted_ = true;
}

Matrix KNearestNeighbours::predict_proba(const Matrix& X) const {
  check_predict_input(X, n_features_, fitted_, "knn");
  const NeighbourLists nearest = search_.query(X, n_neighbors_);
  Matrix proba = Matrix::Zero(X.rows(), n_classes_);
  for (std::size_t q = 0; q < nearest.n_queries; ++q) {
    auto row = proba.row(static_cast<Eigen::Index>(q));
    // As scikit-learn: with distance weights, neighbours at distance 0 take the whole vote.
    bool exact_match = false;
    for (std::size_t j = 0; j < n_neighbors_ && distance_weighted_; ++j)
      exact_match = exact_match || nearest.distance_at(q, j) == 0.0;
    for (std::size_t j = 0; j < n_neighbors_; ++j) {
      const std::size_t neighbour = nearest.index_at(q, j);
      const double d = nearest.distance_at(q, j);
      double vote = votes_[neighbour];
      if (distance_weighted_) vote = exact_match ? (d == 0.0 ? vote : 0.0) : vote / d;
      row[labels_[neighbour]] += vote;
    }
    const double total = row.sum();
    // Inverse distances of tiny weights can underflow to 0: fall back to plain neighbour counts.
    if (!(total > 0)) {
      for (std::size_t j = 0; j < n_neighbors_; ++j) row[labels_[nearest.index_at(q, j)]] += 1.0;
      row /= static_cast<double>(n_neighbors_);
    } else {
      row /= total;
    }
  }
  return proba;
}

namespace {

ParamSchema knn_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 5, 1, std::nullopt, "number of neighbours that vote")
      .choice("weights", "uniform", {"uniform", "distance"},
              "uniform: every neighbour votes 1; distance: votes ~ 1 / distance (an exact match takes all)");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "knn",
                         "k-nearest-neighbour vote shares (exact Euclidean search, ties to the lower row index); "
                         "sample weights scale the votes.",
                         "Cover & Hart, Nearest Neighbor Pattern Classification, IEEE Trans. Inf. Theory 13(1), 1967; "
                         "scikit-learn KNeighborsClassifier",
                         knn_schema(), Capabilities{true, true, true},
                         [](const Params& p) { return std::make_unique<KNearestNeighbours>(p); }})

}  // namespace imbench
