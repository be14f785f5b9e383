// The feed-forward network of the mlp model: fully connected layers with one
// hidden activation, raw scores out (the loss plugin turns them into
// probabilities). All parameters live in one flat vector so the optimisers
// update them in one sweep: layer after layer, the weights (fan_in x fan_out,
// row-major, as scikit-learn's coefs_) then the biases.
#pragma once

#include <string>
#include <vector>

#include "core/loss.hpp"
#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench::mlp {

enum class Activation { Relu, Tanh, Logistic };
Activation activation_from_text(const std::string& text);

class Network {
 public:
  // sizes: inputs, hidden layers..., outputs.
  Network(std::vector<Eigen::Index> sizes, Activation hidden);

  Eigen::Index n_parameters() const { return n_parameters_; }
  const std::vector<Eigen::Index>& sizes() const { return sizes_; }

  // Glorot uniform as scikit-learn draws it: weights and biases of a layer
  // uniform in +-sqrt(f / (fan_in + fan_out)), f = 2 for the logistic activation, else 6.
  Vector initial_parameters(RandomStream& rng) const;

  // n x outputs raw scores.
  Matrix scores(const Vector& theta, const Matrix& X) const;

  // The mini-batch objective (sum_i w_i loss_i + alpha/2 * sum of squared weights) / rows,
  // scikit-learn's scaling; writes its gradient by backpropagation.
  double objective(const Vector& theta, const Matrix& X, const Labels& target, const Vector& weight,
                   const Loss& loss, double alpha, Vector& gradient) const;

 private:
  struct Block {
    Eigen::Index weights, biases;  // offsets into theta
  };
  void activate(Matrix& Z) const;
  // d activation / d input, from the activation's output A.
  Matrix activation_slope(const Matrix& A) const;

  std::vector<Eigen::Index> sizes_;
  Activation hidden_;
  std::vector<Block> blocks_;
  Eigen::Index n_parameters_ = 0;
};

}  // namespace imbench::mlp
