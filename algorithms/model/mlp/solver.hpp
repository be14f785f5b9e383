// The mini-batch update rules of scikit-learn's MLP (sklearn/neural_network/
// _stochastic_optimizers.py) on a flat parameter vector: Adam (Kingma & Ba
// 2015) and SGD with classical or Nesterov momentum at a constant step.
#pragma once

#include "core/types.hpp"

namespace imbench::mlp {

struct SolverSettings {
  bool adam = true;
  double learning_rate = 1e-3;
  double beta_1 = 0.9, beta_2 = 0.999, epsilon = 1e-8;  // Adam
  double momentum = 0.9;                                // SGD
  bool nesterov = true;                                 // SGD
};

class Solver {
 public:
  Solver(const SolverSettings& settings, Eigen::Index n_parameters);
  // One step against `gradient`.
  void step(Vector& theta, const Vector& gradient);

 private:
  SolverSettings s_;
  Vector first_, second_;  // Adam moments, or the SGD velocity in first_
  long long steps_ = 0;
};

}  // namespace imbench::mlp
