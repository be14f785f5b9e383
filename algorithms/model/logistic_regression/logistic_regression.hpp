// L2-penalised logistic regression with scikit-learn's parameterisation: it
// minimises  sum_i w_i * loss_i + ||coef||^2 / (2C)  (the intercept is not
// penalised) by L-BFGS; two classes use one sigmoid, more use a softmax over all
// classes (scikit-learn's lbfgs default, multi_class='auto'). loss_i is the
// log loss by default, or any loss plugin (focal, class_balanced, ...).
#pragma once

#include <vector>

#include "core/params.hpp"
#include "core/plugin.hpp"
#include "core/spec.hpp"

namespace imbench {

class LogisticRegression final : public Classifier {
 public:
  explicit LogisticRegression(const Params& params);

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override;
  Matrix predict_proba(const Matrix& X) const override;

  // One row per fitted class (one row in total for two classes, like scikit-learn's
  // coef_); classes without training weight are left out and predicted with probability 0.
  const Matrix& coef() const { return coef_; }
  const Vector& intercept() const { return intercept_; }
  const std::vector<int>& fitted_classes() const { return classes_; }
  int iterations() const { return iterations_; }
  bool converged() const { return converged_; }

 private:
  double C_;
  bool fit_intercept_;
  int max_iter_;
  double tol_;
  Spec loss_spec_;

  Matrix coef_;
  Vector intercept_;
  std::vector<int> classes_;  // the classes that had training weight, ascending
  int n_classes_ = 0;
  Eigen::Index n_features_ = 0;
  int iterations_ = 0;
  bool converged_ = false;
  bool fitted_ = false;
};

}  // namespace imbench
