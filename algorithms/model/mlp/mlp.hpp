// Multilayer perceptron classifier after scikit-learn's MLPClassifier: fully
// connected hidden layers (relu, tanh or logistic), one sigmoid output for two
// classes or a softmax over more, Glorot-uniform initialisation, mini-batch
// Adam or momentum SGD on  (sum_i w_i loss_i + alpha/2 ||W||^2) / batch rows,
// stopping when the training loss (or, with early_stopping, the accuracy on a
// stratified validation split) stops improving by tol for n_iter_no_change
// epochs. loss_i is cross-entropy or any loss plugin; a schedule plugin picks
// each epoch's training rows.
#pragma once

#include <memory>
#include <vector>

#include "algorithms/model/mlp/network.hpp"
#include "algorithms/model/mlp/solver.hpp"
#include "core/params.hpp"
#include "core/plugin.hpp"
#include "core/spec.hpp"

namespace imbench {

class Mlp final : public Classifier {
 public:
  explicit Mlp(const Params& params);

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override;
  Matrix predict_proba(const Matrix& X) const override;

  int epochs() const { return static_cast<int>(loss_curve_.size()); }
  // Mean training objective of every epoch run.
  const std::vector<double>& loss_curve() const { return loss_curve_; }
  // Validation accuracy of every epoch (early_stopping only).
  const std::vector<double>& validation_scores() const { return validation_scores_; }
  // Rows of each fitted class trained on in every epoch (what the schedule chose).
  const std::vector<std::vector<std::size_t>>& epoch_class_rows() const { return epoch_class_rows_; }
  const std::vector<int>& fitted_classes() const { return classes_; }

 private:
  // Stops on n_iter_no_change epochs without an improvement by tol, as scikit-learn's
  // _update_no_improvement_count; returns true when training should stop.
  bool no_longer_improving(double value);

  std::vector<Eigen::Index> hidden_;
  mlp::Activation activation_;
  mlp::SolverSettings solver_;
  long long batch_size_;
  int max_epochs_;
  double alpha_;
  bool early_stopping_;
  double validation_fraction_;
  int n_iter_no_change_;
  double tol_;
  Spec loss_spec_, schedule_spec_;

  std::unique_ptr<mlp::Network> network_;
  Vector theta_;
  std::vector<int> classes_;  // classes with training weight, ascending
  int n_classes_ = 0;
  Eigen::Index n_features_ = 0;
  bool fitted_ = false;
  std::vector<double> loss_curve_, validation_scores_;
  std::vector<std::vector<std::size_t>> epoch_class_rows_;
  double best_ = 0.0;  // lowest loss or highest validation score of the current phase
  int without_improvement_ = 0;
};

}  // namespace imbench
