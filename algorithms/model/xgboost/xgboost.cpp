// Gradient-boosted trees (XGBoost) trained on any loss plugin: each round the
// loss plugin's gradient and Hessian with respect to the raw scores go to
// XGBoosterBoostOneIter. Two classes use one score (the logit of class 1), more
// use one score per class under a softmax.
#include <cmath>
#include <memory>

#include "algorithms/model/common/loss_param.hpp"
#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/xgboost/boosted_trees.hpp"
#include "core/loss.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

constexpr const char* kName = "xgboost";

// XGBoost's multi:softprob doubles the diagonal softmax Hessian p(1 - p): the
// diagonal ignores that all class scores move together, and the doubled curvature
// halves the Newton step. Applying it to every loss keeps the default loss
// identical to XGBoost's own objective.
constexpr double kSoftmaxHessianScale = 2.0;

class XGBoostClassifier final : public Classifier {
 public:
  explicit XGBoostClassifier(const Params& params)
      : trees_(xgb::tree_settings(params), kName), loss_spec_(loss_spec(params)) {}

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override {
    check_training_input(data, weights, kName);
    n_classes_ = data.n_classes;
    n_features_ = data.X.cols();
    fitted_ = true;
    if (n_classes_ == 1) return;  // predict_proba gives the one class probability 1
    const int outputs = n_classes_ == 2 ? 1 : n_classes_;
    std::unique_ptr<Loss> loss = Registry::instance().build<Loss>(Kind::Loss, loss_spec_).plugin;
    loss->prepare(data.y, n_classes_);
    const Weights w = weights_or_ones(weights, data.y.size());
    const Eigen::Map<const Vector> weight(w.data(), static_cast<Eigen::Index>(w.size()));
    const double hessian_scale = outputs > 1 ? kSoftmaxHessianScale : 1.0;
    auto gradient = [&](const Matrix& scores, Matrix& grad, Matrix& hess) {
      const LossTerms terms = loss->evaluate(scores, data.y);
      grad = terms.gradient.array().colwise() * weight.array();
      hess = (hessian_scale * terms.hessian.array()).colwise() * weight.array();
    };
    trees_.fit_gradient(data.X, weights, outputs, gradient, rng.next_u64());
  }

  Matrix predict_proba(const Matrix& X) const override {
    check_predict_input(X, n_features_, fitted_, kName);
    if (n_classes_ == 1) return Matrix::Ones(X.rows(), 1);
    const Matrix scores = trees_.scores(X);
    Matrix proba(X.rows(), n_classes_);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      if (n_classes_ == 2) {
        const double z = scores(i, 0);
        const double p = z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
        proba(i, 0) = 1.0 - p;
        proba(i, 1) = p;
        continue;
      }
      const Eigen::RowVectorXd e = (scores.row(i).array() - scores.row(i).maxCoeff()).exp();
      proba.row(i) = e / e.sum();
    }
    return proba;
  }

 private:
  xgb::BoostedTrees trees_;
  Spec loss_spec_;
  int n_classes_ = 0;
  Eigen::Index n_features_ = 0;
  bool fitted_ = false;
};

ParamSchema xgboost_schema() {
  ParamSchema schema;
  xgb::add_tree_params(schema);
  return add_loss_param(schema);
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, kName,
                         "Gradient-boosted trees (XGBoost, hist) on any loss plugin's gradient and Hessian.",
                         "Chen & Guestrin 2016, XGBoost: A Scalable Tree Boosting System, KDD; XGBoost 1.7 C API",
                         xgboost_schema(), Capabilities{.binary = true, .multiclass = true, .sample_weights = true},
                         [](const Params& p) { return std::make_unique<XGBoostClassifier>(p); }})

}  // namespace imbench
