// k-nearest-neighbour regression with scikit-learn's KNeighborsRegressor
// semantics: a row's prediction is the weighted mean target of its k nearest
// training rows, every neighbour weighing 1 (uniform) or 1 / distance, where
// neighbours at distance 0 take the whole weight. Sample weights multiply the
// neighbour weights (scikit-learn takes none; all ones reproduce it).
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/knn/neighbour_weights.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class KNeighboursRegressor final : public Regressor {
 public:
  explicit KNeighboursRegressor(const Params& params)
      : neighbours_(static_cast<std::size_t>(params.integer("n_neighbors")), params.text("weights") == "distance") {}

  void fit(const RegressionData& data, const Weights& weights, RandomStream&) override {
    check_regression_input(data, weights, "knn_regressor");
    targets_.clear();
    for (std::size_t row : neighbours_.fit(data.X, weights, "knn_regressor")) targets_.push_back(data.y[row]);
    n_features_ = data.X.cols();
    fitted_ = true;
  }

  std::vector<double> predict(const Matrix& X) const override {
    check_predict_input(X, n_features_, fitted_, "knn_regressor", "predict");
    const NeighbourLists nearest = neighbours_.query(X);
    const std::size_t k = neighbours_.k();
    std::vector<double> weight(k), out(nearest.n_queries);
    for (std::size_t q = 0; q < nearest.n_queries; ++q) {
      neighbours_.weights_of(nearest, q, weight.data());
      double weighted_sum = 0, total = 0;
      for (std::size_t j = 0; j < k; ++j) {
        weighted_sum += weight[j] * targets_[nearest.index_at(q, j)];
        total += weight[j];
      }
      if (total > 0) {
        out[q] = weighted_sum / total;
        continue;
      }
      // Inverse distances of tiny weights can underflow to 0: fall back to the plain mean.
      double sum = 0;
      for (std::size_t j = 0; j < k; ++j) sum += targets_[nearest.index_at(q, j)];
      out[q] = sum / static_cast<double>(k);
    }
    return out;
  }

 private:
  WeightedNeighbours neighbours_;
  std::vector<double> targets_;  // of the rows neighbours_ keeps
  Eigen::Index n_features_ = 0;
  bool fitted_ = false;
};

ParamSchema knn_regressor_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 5, 1, std::nullopt, "number of neighbours averaged")
      .choice("weights", "uniform", {"uniform", "distance"},
              "uniform: plain mean of the neighbours' targets; distance: weights ~ 1 / distance (an exact match "
              "takes all)");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "knn_regressor",
                         "k-nearest-neighbour mean target (exact Euclidean search, ties to the lower row index); "
                         "sample weights multiply the neighbour weights.",
                         "Cover & Hart, Nearest Neighbor Pattern Classification, IEEE Trans. Inf. Theory 13(1), 1967; "
                         "scikit-learn KNeighborsRegressor",
                         knn_regressor_schema(),
                         Capabilities{.binary = false, .multiclass = false, .sample_weights = true, .regression = true},
                         [](const Params& p) { return std::make_unique<KNeighboursRegressor>(p); }})

}  // namespace imbench
