// The interface of training-loss plugins (Kind::Loss): models that take a
// `loss` parameter (logistic_regression today; boosted trees and networks
// later) minimise  sum_i w_i * value_i  over raw scores and need its first
// and second derivatives with respect to those scores.
#pragma once

#include "core/plugin.hpp"

namespace imbench {

// Per-row loss terms for n rows with s scores each.
struct LossTerms {
  Vector value;     // n: the loss of each row
  Matrix gradient;  // n x s: d value_i / d score_ij
  Matrix hessian;   // n x s: d^2 value_i / d score_ij^2 (the diagonal), floored at kHessianFloor
};

// Second derivatives below this are raised to it, so Newton-type learners
// (boosted trees) always see a positive curvature; focal loss turns concave
// for badly misclassified rows.
inline constexpr double kHessianFloor = 1e-16;

class Loss : public virtual Plugin {
 public:
  // Called once before training with the training targets: losses that weigh
  // classes by their size (class_balanced) read the counts here.
  virtual void prepare(const Labels& target, int n_classes) {
    (void)target;
    (void)n_classes;
  }
  // Binary form: `scores` is n x 1 (the logit of class 1) and target is 0/1.
  // Multi-class form: `scores` is n x K softmax logits and target the class index.
  virtual LossTerms evaluate(const Matrix& scores, const Labels& target) const = 0;
};

}  // namespace imbench
