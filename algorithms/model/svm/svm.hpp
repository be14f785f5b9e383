// Kernel support vector classifier on libsvm (C-SVC), with scikit-learn SVC's
// parameterisation: kernels rbf/linear/poly/sigmoid, gamma 'scale'/'auto'/number,
// class_weight none/balanced, one-vs-one for more than two classes, and
// probabilities from libsvm's Platt scaling (internal 5-fold cross-validation)
// coupled pairwise (Wu, Lin & Weng 2004).
#pragma once

#include <vector>

#include "algorithms/shared/libsvm/libsvm_model.hpp"
#include "core/params.hpp"
#include "core/plugin.hpp"

namespace imbench {

class SupportVectorClassifier final : public Classifier {
 public:
  explicit SupportVectorClassifier(const Params& params);

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override;
  Matrix predict_proba(const Matrix& X) const override;

  // libsvm's one-vs-one decision values, n x K(K-1)/2 over the fitted classes (ascending):
  // pairs (0,1), (0,2), ..., (1,2), ...; positive favours the pair's first class.
  Matrix decision_values(const Matrix& X) const;
  const std::vector<int>& fitted_classes() const { return classes_; }

 private:
  svm_parameter parameters(const Matrix& X) const;

  int kernel_;
  double C_;
  std::string gamma_;  // "scale", "auto" or a number
  int degree_;
  double coef0_;
  bool balanced_;
  double tol_;

  TrainedSvm svm_;
  std::vector<int> classes_;  // classes present in training, ascending (libsvm's label order)
  int n_classes_ = 0;
  Eigen::Index n_features_ = 0;
  bool fitted_ = false;
};

}  // namespace imbench
