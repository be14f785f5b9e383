// Random forest regression (Breiman 2001) as scikit-learn's RandomForestRegressor
// builds it: each CART regression tree (squared error) sees a bootstrap expressed
// as integer sample weights and, when max_features is below all, a random subset
// of features per node; the forest averages the trees' predictions.
#include <cmath>
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/shared/tree/forest.hpp"
#include "algorithms/shared/tree/regression_forest.hpp"
#include "algorithms/shared/tree/tree_params.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class RandomForestRegressor final : public Regressor {
 public:
  explicit RandomForestRegressor(const Params& params)
      : growth_(tree::shape_params(params)),
        n_trees_(static_cast<std::size_t>(params.integer("n_trees"))),
        bootstrap_(params.boolean("bootstrap")),
        max_samples_(params.real("max_samples")) {}

  void fit(const RegressionData& data, const Weights& weights, RandomStream& rng) override {
    check_regression_input(data, weights, "random_forest_regressor");
    const std::size_t n = data.y.size();
    const Weights base = weights_or_ones(weights, n);
    tree::TreeOptions options = growth_.options;
    options.max_features = growth_.features.resolve(static_cast<std::size_t>(data.X.cols()));
    // scikit-learn draws max(round(n * max_samples), 1) rows; Python rounds halves to even, as nearbyint does.
    const auto n_draws =
        std::max<std::size_t>(1, static_cast<std::size_t>(std::nearbyint(max_samples_ * static_cast<double>(n))));
    forest_.grow(data, n_trees_, options, [&](std::size_t, RandomStream& tree_rng) {
      if (!bootstrap_) return base;
      // The bootstrap as multiplicities: row i weighs base[i] times how often it was drawn.
      RandomStream draws = tree_rng.substream("bootstrap");
      Weights w = tree::draw_counts(n, n_draws, draws);
      for (std::size_t i = 0; i < n; ++i) w[i] *= base[i];
      return w;
    }, rng);
  }

  std::vector<double> predict(const Matrix& X) const override { return forest_.predict(X, "random_forest_regressor"); }

 private:
  tree::GrowthParams growth_;
  std::size_t n_trees_;
  bool bootstrap_;
  double max_samples_;
  tree::RegressionForest forest_;
};

ParamSchema random_forest_regressor_schema() {
  ParamSchema schema;
  schema.integer("n_trees", 100, 1, std::nullopt, "number of trees");
  tree::add_shape_params(schema, "all");
  schema.boolean("bootstrap", true, "grow each tree on a bootstrap sample instead of the whole training set")
      .real("max_samples", 1.0, 0.0, 1.0, "bootstrap size as a share of the training rows", true, false);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "random_forest_regressor",
                         "Random forest of CART regression trees (squared error) on bootstrap samples; predictions "
                         "are the trees' mean.",
                         "Breiman 2001, Random Forests, Machine Learning 45(1); scikit-learn RandomForestRegressor",
                         random_forest_regressor_schema(),
                         Capabilities{.binary = false, .multiclass = false, .sample_weights = true, .regression = true},
                         [](const Params& p) { return std::make_unique<RandomForestRegressor>(p); }})

}  // namespace imbench
