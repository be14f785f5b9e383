// Random forest (Breiman 2001) as scikit-learn's RandomForestClassifier builds it:
// each tree sees a bootstrap expressed as integer sample weights and tries a random
// subset of features per node; the forest averages the trees' class probabilities.
#include <cmath>
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/shared/tree/forest.hpp"
#include "algorithms/shared/tree/tree_params.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

enum class ClassWeight { None, Balanced, BalancedSubsample };

ClassWeight class_weight_from(const std::string& text) {
  if (text == "balanced") return ClassWeight::Balanced;
  if (text == "balanced_subsample") return ClassWeight::BalancedSubsample;
  return ClassWeight::None;
}

class RandomForest final : public Classifier {
 public:
  explicit RandomForest(const Params& params)
      : growth_(tree::growth_params(params)),
        n_trees_(static_cast<std::size_t>(params.integer("n_trees"))),
        bootstrap_(params.boolean("bootstrap")),
        max_samples_(params.real("max_samples")),
        class_weight_(class_weight_from(params.text("class_weight"))) {}

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override {
    check_training_input(data, weights, "random_forest");
    const std::size_t n = data.y.size();
    Weights base = weights_or_ones(weights, n);
    // Without a bootstrap there is no subsample, so balanced_subsample means balanced (as scikit-learn).
    if (class_weight_ == ClassWeight::Balanced || (class_weight_ == ClassWeight::BalancedSubsample && !bootstrap_))
      tree::scale_by_class(base, data.y,
                           tree::balanced_class_weights(tree::class_totals(data.y, Weights(n, 1.0), data.n_classes)));

    tree::TreeOptions options = growth_.options;
    options.max_features = growth_.features.resolve(static_cast<std::size_t>(data.X.cols()));
    // scikit-learn draws max(round(n * max_samples), 1) rows; Python rounds halves to even, as nearbyint does.
    const auto n_draws = std::max<std::size_t>(1, static_cast<std::size_t>(std::nearbyint(max_samples_ * static_cast<double>(n))));
    forest_.grow(data, n_trees_, options, [&](std::size_t, RandomStream& tree_rng) {
      return bootstrap_ ? bootstrap_weights(base, data, n_draws, tree_rng) : base;
    }, rng);
  }

  Matrix predict_proba(const Matrix& X) const override { return forest_.predict_proba(X, "random_forest"); }

 private:
  // The bootstrap as multiplicities: row i weighs base[i] times how often it was drawn.
  Weights bootstrap_weights(const Weights& base, const LabelledData& data, std::size_t n_draws,
                            RandomStream& tree_rng) const {
    RandomStream draws = tree_rng.substream("bootstrap");
    const Weights drawn = tree::draw_counts(base.size(), n_draws, draws);
    Weights w(base.size());
    for (std::size_t i = 0; i < w.size(); ++i) w[i] = base[i] * drawn[i];
    // balanced_subsample: class weights from the class counts of the draws.
    if (class_weight_ == ClassWeight::BalancedSubsample)
      tree::scale_by_class(w, data.y, tree::balanced_class_weights(tree::class_totals(data.y, drawn, data.n_classes)));
    return w;
  }

  tree::GrowthParams growth_;
  std::size_t n_trees_;
  bool bootstrap_;
  double max_samples_;
  ClassWeight class_weight_;
  tree::Forest forest_;
};

ParamSchema random_forest_schema() {
  ParamSchema schema;
  schema.integer("n_trees", 100, 1, std::nullopt, "number of trees");
  tree::add_growth_params(schema, "sqrt");
  schema.boolean("bootstrap", true, "grow each tree on a bootstrap sample instead of the whole training set")
      .real("max_samples", 1.0, 0.0, 1.0, "bootstrap size as a share of the training rows", true, false)
      .choice("class_weight", "none", {"none", "balanced", "balanced_subsample"},
              "balanced: n / (n_classes * n_class) from the training set; balanced_subsample: the same from "
              "each tree's bootstrap");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "random_forest",
                         "Random forest of CART trees on bootstrap samples with random feature subsets.",
                         "Breiman 2001, Random Forests, Machine Learning 45(1); scikit-learn RandomForestClassifier",
                         random_forest_schema(), Capabilities{true, true, true},
                         [](const Params& p) { return std::make_unique<RandomForest>(p); }})

}  // namespace imbench
