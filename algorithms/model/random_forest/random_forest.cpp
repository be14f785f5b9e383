// Random forest (Breiman 2001) as scikit-learn's RandomForestClassifier builds it:
// each tree sees a bootstrap expressed as integer sample weights and tries a random
// subset of features per node; the forest averages the trees' class probabilities.
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <cmath>
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/shared/tree/cart.hpp"
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

// Per-class sums of `w` over the rows (unweighted counts when w is all ones).
std::vector<double> class_totals(const Labels& y, const std::vector<double>& w, int n_classes) {
  std::vector<double> totals(static_cast<std::size_t>(n_classes), 0.0);
  for (std::size_t i = 0; i < y.size(); ++i) totals[static_cast<std::size_t>(y[i])] += w[i];
  return totals;
}

void scale_by_class(Weights& w, const Labels& y, const std::vector<double>& class_weight) {
  for (std::size_t i = 0; i < w.size(); ++i) w[i] *= class_weight[static_cast<std::size_t>(y[i])];
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
      scale_by_class(base, data.y, tree::balanced_class_weights(class_totals(data.y, Weights(n, 1.0), data.n_classes)));

    tree::TreeOptions options = growth_.options;
    options.max_features = growth_.features.resolve(static_cast<std::size_t>(data.X.cols()));
    const tree::ColumnMatrix columns = data.X;
    // scikit-learn draws max(round(n * max_samples), 1) rows; Python rounds halves to even, as nearbyint does.
    const auto n_draws = std::max<std::size_t>(1, static_cast<std::size_t>(std::nearbyint(max_samples_ * static_cast<double>(n))));

    trees_.assign(n_trees_, {});
    tbb::parallel_for(std::size_t{0}, n_trees_, [&](std::size_t t) {
      RandomStream tree_rng = rng.substream(t);
      Weights w = bootstrap_ ? bootstrap_weights(base, data, n_draws, tree_rng) : base;
      trees_[t] = tree::ClassificationTree::grow(columns, data.y, data.n_classes, w, options, tree_rng);
    });
    n_features_ = data.X.cols();
    n_classes_ = data.n_classes;
  }

  // Rows are split across threads; each row sums its trees in tree order, so the
  // result does not depend on the thread count.
  Matrix predict_proba(const Matrix& X) const override {
    check_predict_input(X, n_features_, !trees_.empty(), "random_forest");
    Matrix proba = Matrix::Zero(X.rows(), n_classes_);
    tbb::parallel_for(tbb::blocked_range<Eigen::Index>(0, X.rows(), 64), [&](const auto& rows) {
      for (Eigen::Index i = rows.begin(); i < rows.end(); ++i) {
        const double* row = X.data() + i * X.cols();
        double* out = proba.data() + i * n_classes_;
        for (const auto& tree : trees_) {
          const double* leaf = tree.leaf_proba(row);
          for (int c = 0; c < n_classes_; ++c) out[c] += leaf[c];
        }
      }
    });
    proba /= static_cast<double>(trees_.size());
    return proba;
  }

 private:
  // The bootstrap as multiplicities: row i weighs base[i] times how often it was drawn.
  Weights bootstrap_weights(const Weights& base, const LabelledData& data, std::size_t n_draws,
                            RandomStream& tree_rng) const {
    const std::size_t n = base.size();
    Weights drawn(n, 0.0);
    RandomStream draws = tree_rng.substream("bootstrap");
    for (std::size_t k = 0; k < n_draws; ++k) drawn[draws.below(n)] += 1.0;
    Weights w(n);
    for (std::size_t i = 0; i < n; ++i) w[i] = base[i] * drawn[i];
    // balanced_subsample: class weights from the class counts of the draws.
    if (class_weight_ == ClassWeight::BalancedSubsample)
      scale_by_class(w, data.y, tree::balanced_class_weights(class_totals(data.y, drawn, data.n_classes)));
    return w;
  }

  tree::GrowthParams growth_;
  std::size_t n_trees_;
  bool bootstrap_;
  double max_samples_;
  ClassWeight class_weight_;
  std::vector<tree::ClassificationTree> trees_;
  Eigen::Index n_features_ = 0;
  int n_classes_ = 0;
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
