// The one Loss class behind every loss plugin: a FocalForm (cross-entropy or
// focal) and an optional rule that turns the training targets into per-class
// weights when the model calls prepare().
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "algorithms/loss/shared/row_losses.hpp"

namespace imbench::loss {

class WeightedFormLoss final : public Loss {
 public:
  using ClassWeightRule = std::function<std::vector<double>(const Labels& target, int n_classes)>;

  explicit WeightedFormLoss(FocalForm form, ClassWeightRule rule = {}) : form_(form), rule_(std::move(rule)) {}

  void prepare(const Labels& target, int n_classes) override {
    if (rule_) class_weight_ = rule_(target, n_classes);
  }
  LossTerms evaluate(const Matrix& scores, const Labels& target) const override {
    return evaluate_rows(scores, target, form_, class_weight_);
  }

 private:
  FocalForm form_;
  ClassWeightRule rule_;
  std::vector<double> class_weight_;  // empty until prepare() with a rule
};

}  // namespace imbench::loss
