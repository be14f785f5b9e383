// Balanced random forest (Chen, Liaw & Breiman 2004) with imbalanced-learn's
// BalancedRandomForestClassifier semantics (0.10): every tree first
// under-samples the training set at random (sampling_strategy, replacement),
// then, when bootstrap is on, grows on a bootstrap of that balanced subset of
// the same size. Chen's original is sampling_strategy=all, replacement=true,
// bootstrap=false (a bootstrap of each class at the minority size).
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/resample/shared/under_sampling.hpp"
#include "algorithms/shared/tree/forest.hpp"
#include "algorithms/shared/tree/tree_params.hpp"
#include "core/draws.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class BalancedRandomForest final : public Classifier {
 public:
  explicit BalancedRandomForest(const Params& params)
      : growth_(tree::growth_params(params)),
        n_trees_(static_cast<std::size_t>(params.integer("n_trees"))),
        under_(params, "balanced_random_forest"),
        bootstrap_(params.boolean("bootstrap")) {}

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override {
    check_training_input(data, weights, "balanced_random_forest");
    const Weights base = weights_or_ones(weights, data.y.size());

    tree::TreeOptions options = growth_.options;
    options.max_features = growth_.features.resolve(static_cast<std::size_t>(data.X.cols()));
    const UnderSampling::Plan balance = under_.plan(data.y, data.n_classes);
    forest_.grow(data, n_trees_, options, [&](std::size_t, RandomStream& tree_rng) {
      RandomStream draws = tree_rng.substream("balance");
      // The rows this tree sees before its bootstrap; rows drawn twice are listed twice.
      const Indices subset = balance.draw(draws);
      Weights w(base.size(), 0.0);
      if (bootstrap_) {
        for (std::size_t k : draw_with_replacement(subset.size(), subset.size(), draws)) w[subset[k]] += 1.0;
      } else {
        for (std::size_t row : subset) w[row] += 1.0;
      }
      for (std::size_t i = 0; i < w.size(); ++i) w[i] *= base[i];
      return w;
    }, rng);
  }

  Matrix predict_proba(const Matrix& X) const override { return forest_.predict_proba(X, "balanced_random_forest"); }

 private:
  tree::GrowthParams growth_;
  std::size_t n_trees_;
  UnderSampling under_;
  bool bootstrap_;
  tree::Forest forest_;
};

ParamSchema balanced_random_forest_schema() {
  ParamSchema schema;
  schema.integer("n_trees", 100, 1, std::nullopt, "number of trees");
  tree::add_growth_params(schema, "sqrt");
  add_under_sampling_params(schema)
      .boolean("bootstrap", true, "grow each tree on a bootstrap of its under-sampled rows");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "balanced_random_forest",
                         "Random forest whose trees each grow on a random under-sample that balances the classes.",
                         "Chen, Liaw & Breiman 2004, Using Random Forest to Learn Imbalanced Data, UC Berkeley TR 666; "
                         "imbalanced-learn BalancedRandomForestClassifier",
                         balanced_random_forest_schema(), Capabilities{true, true, true},
                         [](const Params& p) { return std::make_unique<BalancedRandomForest>(p); }})

}  // namespace imbench
