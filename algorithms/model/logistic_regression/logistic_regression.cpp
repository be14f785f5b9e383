#include "algorithms/model/logistic_regression/logistic_regression.hpp"

#include <cmath>
#include <memory>
#include <utility>

#include "algorithms/model/common/loss_param.hpp"
#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/common/weighted_classes.hpp"
#include "algorithms/shared/optim/lbfgs.hpp"
#include "core/loss.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

double sigmoid(double z) { return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z)); }

// The penalised objective of both model forms over the parameter vector
// [coef (k rows of d, row after row), intercept (k, when fitted)]:
// sum_i w_i loss_i(scores_i) + ||coef||^2 / (2C).
struct PenalisedObjective {
  const Matrix& X;
  const Labels& target;  // binary: 0/1 per row; softmax: class position per row
  const Vector& weight;
  const Loss& loss;
  Eigen::Index k;        // 1 for the sigmoid form, the number of classes for the softmax form
  bool fit_intercept;
  double inverse_C;

  double operator()(const Vector& x, Vector& gradient) const {
    const Eigen::Index d = X.cols();
    Eigen::Map<const Matrix> coef(x.data(), k, d);
    Matrix scores = X * coef.transpose();  // n x k
    if (fit_intercept) scores.rowwise() += x.tail(k).transpose();
    const LossTerms terms = loss.evaluate(scores, target);
    // Residuals: d loss_i / d score_ic, times the row's weight.
    const Matrix residual = terms.gradient.array().colwise() * weight.array();
    Eigen::Map<Matrix> coef_gradient(gradient.data(), k, d);
    coef_gradient.noalias() = residual.transpose() * X;
    coef_gradient += inverse_C * coef;
    if (fit_intercept) gradient.tail(k) = residual.colwise().sum().transpose();
    return weight.dot(terms.value) + 0.5 * inverse_C * coef.squaredNorm();
  }
};

}  // namespace

LogisticRegression::LogisticRegression(const Params& params)
    : C_(params.real("C")),
      fit_intercept_(params.boolean("fit_intercept")),
      max_iter_(static_cast<int>(params.integer("max_iter"))),
      tol_(params.real("tol")),
      loss_spec_(loss_spec(params)) {}

void LogisticRegression::fit(const LabelledData& data, const Weights& weights, RandomStream&) {
  check_training_input(data, weights, "logistic_regression");
  const auto n = static_cast<Eigen::Index>(data.y.size());
  const Weights all_weights = weights_or_ones(weights, data.y.size());
  Vector weight = Eigen::Map<const Vector>(all_weights.data(), n);

  WeightedClasses fitted = weighted_classes(data, all_weights);
  classes_ = std::move(fitted.present);
  n_classes_ = data.n_classes;
  n_features_ = data.X.cols();
  fitted_ = true;
  const auto present = static_cast<Eigen::Index>(classes_.size());
  const Eigen::Index k = present <= 2 ? 1 : present;
  coef_ = Matrix::Zero(k, n_features_);
  intercept_ = Vector::Zero(k);
  iterations_ = 0;
  converged_ = true;
  if (present == 1) return;  // predict_proba gives the one class probability 1

  // Binary target: 1 for the larger class index, as scikit-learn's classes_[1].
  const Labels& target = fitted.target;
  std::unique_ptr<Loss> loss = Registry::instance().build<Loss>(Kind::Loss, loss_spec_).plugin;
  loss->prepare(target, static_cast<int>(present));
  PenalisedObjective objective{data.X, target, weight, *loss, k, fit_intercept_, 1.0 / C_};
  optim::LbfgsOptions options;
  options.max_iter = max_iter_;
  options.gtol = tol_;
  // Only the gradient decides: scipy's relative-decrease rule can stop 1e-5 short of
  // the optimum however small tol is.
  options.ftol = 0;
  Vector start = Vector::Zero(k * n_features_ + (fit_intercept_ ? k : 0));
  optim::LbfgsResult result = optim::minimize_lbfgs(std::cref(objective), std::move(start), options);

  coef_ = Eigen::Map<const Matrix>(result.x.data(), k, n_features_);
  if (fit_intercept_) intercept_ = result.x.tail(k);
  iterations_ = result.iterations;
  converged_ = result.converged;
}

Matrix LogisticRegression::predict_proba(const Matrix& X) const {
  check_predict_input(X, n_features_, fitted_, "logistic_regression");
  Matrix proba = Matrix::Zero(X.rows(), n_classes_);
  if (classes_.size() == 1) {
    proba.col(classes_[0]).setOnes();
    return proba;
  }
  Matrix scores = X * coef_.transpose();
  scores.rowwise() += intercept_.transpose();
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    if (classes_.size() == 2) {
      double p = sigmoid(scores(i, 0));
      proba(i, classes_[0]) = 1.0 - p;
      proba(i, classes_[1]) = p;
      continue;
    }
    auto row = scores.row(i);
    Eigen::RowVectorXd e = (row.array() - row.maxCoeff()).exp();
    e /= e.sum();
    for (std::size_t c = 0; c < classes_.size(); ++c) proba(i, classes_[c]) = e[static_cast<Eigen::Index>(c)];
  }
  return proba;
}

namespace {

ParamSchema logistic_regression_schema() {
  ParamSchema schema;
  schema.real("C", 1.0, 0.0, std::nullopt, "inverse strength of the L2 penalty on the coefficients", true)
      .boolean("fit_intercept", true, "fit an unpenalised intercept per class")
      .integer("max_iter", 100, 1, std::nullopt, "most L-BFGS iterations")
      .real("tol", 1e-4, 0.0, std::nullopt, "stop when no gradient component exceeds this", true);
  return add_loss_param(schema);
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "logistic_regression",
                         "L2-penalised logistic regression (sigmoid for two classes, softmax for more), L-BFGS.",
                         "scikit-learn LogisticRegression (penalty='l2', solver='lbfgs'); Nocedal & Wright 2006, "
                         "Numerical Optimization, ch. 7",
                         logistic_regression_schema(), Capabilities{true, true, true},
                         [](const Params& p) { return std::make_unique<LogisticRegression>(p); }})

}  // namespace imbench
