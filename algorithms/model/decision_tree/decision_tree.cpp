// A single CART classification tree (scikit-learn's DecisionTreeClassifier).
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/shared/tree/cart.hpp"
#include "algorithms/shared/tree/tree_params.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class DecisionTree final : public Classifier {
 public:
  explicit DecisionTree(const Params& params)
      : growth_(tree::growth_params(params)), balanced_(params.text("class_weight") == "balanced") {}

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override {
    check_training_input(data, weights, "decision_tree");
    Weights w = weights_or_ones(weights, data.y.size());
    if (balanced_) {
      // As scikit-learn: class weights from unweighted class counts, multiplied into the sample weights.
      auto counts = class_counts(data.y, data.n_classes);
      auto class_weight = tree::balanced_class_weights(std::vector<double>(counts.begin(), counts.end()));
      for (std::size_t i = 0; i < w.size(); ++i) w[i] *= class_weight[static_cast<std::size_t>(data.y[i])];
    }
    tree::TreeOptions options = growth_.options;
    options.max_features = growth_.features.resolve(static_cast<std::size_t>(data.X.cols()));
    const tree::ColumnMatrix columns = data.X;
    tree_ = tree::ClassificationTree::grow(columns, data.y, data.n_classes, w, options, rng);
    n_features_ = data.X.cols();
    fitted_ = true;
  }

  Matrix predict_proba(const Matrix& X) const override {
    check_predict_input(X, n_features_, fitted_, "decision_tree");
    const auto k = static_cast<Eigen::Index>(tree_.n_classes());
    Matrix proba(X.rows(), k);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      const double* leaf = tree_.leaf_proba(X.data() + i * X.cols());
      for (Eigen::Index c = 0; c < k; ++c) proba(i, c) = leaf[c];
    }
    return proba;
  }

 private:
  tree::GrowthParams growth_;
  bool balanced_;
  tree::ClassificationTree tree_;
  Eigen::Index n_features_ = 0;
  bool fitted_ = false;
};

ParamSchema decision_tree_schema() {
  ParamSchema schema;
  tree::add_growth_params(schema, "all");
  schema.choice("class_weight", "none", {"none", "balanced"},
                "balanced multiplies each sample weight by n / (n_classes * n_class)");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "decision_tree", "CART classification tree (Gini or entropy splits).",
                         "Breiman, Friedman, Olshen & Stone 1984, Classification and Regression Trees; "
                         "scikit-learn DecisionTreeClassifier",
                         decision_tree_schema(), Capabilities{true, true, true},
                         [](const Params& p) { return std::make_unique<DecisionTree>(p); }})

}  // namespace imbench
