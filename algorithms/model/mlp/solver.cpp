#include "algorithms/model/mlp/solver.hpp"

#include <cmath>

namespace imbench::mlp {

Solver::Solver(const SolverSettings& settings, Eigen::Index n_parameters)
    : s_(settings), first_(Vector::Zero(n_parameters)), second_(Vector::Zero(s_.adam ? n_parameters : 0)) {}

void Solver::step(Vector& theta, const Vector& gradient) {
  ++steps_;
  if (s_.adam) {
    first_ = s_.beta_1 * first_ + (1.0 - s_.beta_1) * gradient;
    second_ = s_.beta_2 * second_ + (1.0 - s_.beta_2) * gradient.cwiseProduct(gradient);
    // Bias correction folded into the step size, as scikit-learn does.
    const double t = static_cast<double>(steps_);
    const double rate =
        s_.learning_rate * std::sqrt(1.0 - std::pow(s_.beta_2, t)) / (1.0 - std::pow(s_.beta_1, t));
    theta.array() -= rate * first_.array() / (second_.array().sqrt() + s_.epsilon);
    return;
  }
  first_ = s_.momentum * first_ - s_.learning_rate * gradient;
  if (s_.nesterov) theta += s_.momentum * first_ - s_.learning_rate * gradient;
  else theta += first_;
}

}  // namespace imbench::mlp
