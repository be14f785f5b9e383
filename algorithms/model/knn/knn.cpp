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
    : neighbours_(static_cast<std::size_t>(params.integer("n_neighbors")), params.text("weights") == "distance") {}

void KNearestNeighbours::fit(const LabelledData& data, const Weights& weights, RandomStream&) {
  check_training_input(data, weights, "knn");
  const std::vector<std::size_t> kept = neighbours_.fit(data.X, weights, "knn");
  labels_.clear();
  for (std::size_t row : kept) labels_.push_back(data.y[row]);
  n_classes_ = data.n_classes;
  n_features_ = data.X.cols();
  fitted_ = true;
}

Matrix KNearestNeighbours::predict_proba(const Matrix& X) const {
  check_predict_input(X, n_features_, fitted_, "knn");
  const NeighbourLists nearest = neighbours_.query(X);
  const std::size_t k = neighbours_.k();
  std::vector<double> votes(k);
  Matrix proba = Matrix::Zero(X.rows(), n_classes_);
  for (std::size_t q = 0; q < nearest.n_queries; ++q) {
    auto row = proba.row(static_cast<Eigen::Index>(q));
    neighbours_.weights_of(nearest, q, votes.data());
    for (std::size_t j = 0; j < k; ++j) row[labels_[nearest.index_at(q, j)]] += votes[j];
    const double total = row.sum();
    // Inverse distances of tiny weights can underflow to 0: fall back to plain neighbour counts.
    if (!(total > 0)) {
      for (std::size_t j = 0; j < k; ++j) row[labels_[nearest.index_at(q, j)]] += 1.0;
      row /= static_cast<double>(k);
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
