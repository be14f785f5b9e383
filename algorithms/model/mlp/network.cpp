#include "algorithms/model/mlp/network.hpp"

#include <cmath>

#include "core/error.hpp"

namespace imbench::mlp {
namespace {

using ConstLayer = Eigen::Map<const Matrix>;
using LayerMap = Eigen::Map<Matrix>;
using ConstBias = Eigen::Map<const Eigen::RowVectorXd>;

}  // namespace

Activation activation_from_text(const std::string& text) {
  if (text == "relu") return Activation::Relu;
  if (text == "tanh") return Activation::Tanh;
  if (text == "logistic") return Activation::Logistic;
  throw Error("mlp: unknown activation '" + text + "'; expected relu, tanh or logistic");
}

Network::Network(std::vector<Eigen::Index> sizes, Activation hidden) : sizes_(std::move(sizes)), hidden_(hidden) {
  for (std::size_t l = 0; l + 1 < sizes_.size(); ++l) {
    const Eigen::Index weights = n_parameters_;
    n_parameters_ += sizes_[l] * sizes_[l + 1];
    blocks_.push_back({weights, n_parameters_});
    n_parameters_ += sizes_[l + 1];
  }
}

Vector Network::initial_parameters(RandomStream& rng) const {
  const double factor = hidden_ == Activation::Logistic ? 2.0 : 6.0;
  Vector theta(n_parameters_);
  for (std::size_t l = 0; l < blocks_.size(); ++l) {
    const double bound = std::sqrt(factor / static_cast<double>(sizes_[l] + sizes_[l + 1]));
    const Eigen::Index end = blocks_[l].biases + sizes_[l + 1];
    for (Eigen::Index i = blocks_[l].weights; i < end; ++i) theta[i] = bound * (2.0 * rng.uniform() - 1.0);
  }
  return theta;
}

void Network::activate(Matrix& Z) const {
  switch (hidden_) {
    case Activation::Relu: Z = Z.cwiseMax(0.0); break;
    case Activation::Tanh: Z = Z.array().tanh().matrix(); break;
    case Activation::Logistic: Z = (1.0 / (1.0 + (-Z.array()).exp())).matrix(); break;
  }
}

Matrix Network::activation_slope(const Matrix& A) const {
  switch (hidden_) {
    case Activation::Relu: return (A.array() > 0.0).cast<double>().matrix();
    case Activation::Tanh: return (1.0 - A.array().square()).matrix();
    case Activation::Logistic: return (A.array() * (1.0 - A.array())).matrix();
  }
  return A;
}

Matrix Network::scores(const Vector& theta, const Matrix& X) const {
  Matrix A = X;
  for (std::size_t l = 0; l < blocks_.size(); ++l) {
    Matrix Z = A * ConstLayer(theta.data() + blocks_[l].weights, sizes_[l], sizes_[l + 1]);
    Z.rowwise() += ConstBias(theta.data() + blocks_[l].biases, sizes_[l + 1]);
    if (l + 1 < blocks_.size()) activate(Z);
    A = std::move(Z);
  }
  return A;
}

double Network::objective(const Vector& theta, const Matrix& X, const Labels& target, const Vector& weight,
                          const Loss& loss, double alpha, Vector& gradient) const {
  const auto rows = static_cast<double>(X.rows());
  const std::size_t n_layers = blocks_.size();
  // Forward pass, keeping every layer's output (activations[0] is the input).
  std::vector<Matrix> activations;
  activations.reserve(n_layers + 1);
  activations.push_back(X);
  for (std::size_t l = 0; l < n_layers; ++l) {
    Matrix Z = activations.back() * ConstLayer(theta.data() + blocks_[l].weights, sizes_[l], sizes_[l + 1]);
    Z.rowwise() += ConstBias(theta.data() + blocks_[l].biases, sizes_[l + 1]);
    if (l + 1 < n_layers) activate(Z);
    activations.push_back(std::move(Z));
  }
  const LossTerms terms = loss.evaluate(activations.back(), target);

  // Backward pass: delta is d objective / d (pre-activation) of layer l.
  gradient.resize(n_parameters_);
  Matrix delta = (terms.gradient.array().colwise() * weight.array()).matrix() / rows;
  double penalty = 0.0;
  for (std::size_t l = n_layers; l-- > 0;) {
    ConstLayer W(theta.data() + blocks_[l].weights, sizes_[l], sizes_[l + 1]);
    LayerMap W_gradient(gradient.data() + blocks_[l].weights, sizes_[l], sizes_[l + 1]);
    W_gradient.noalias() = activations[l].transpose() * delta;
    W_gradient += (alpha / rows) * W;
    gradient.segment(blocks_[l].biases, sizes_[l + 1]) = delta.colwise().sum().transpose();
    penalty += W.squaredNorm();
    if (l > 0) delta = ((delta * W.transpose()).array() * activation_slope(activations[l]).array()).matrix();
  }
  return (weight.dot(terms.value) + 0.5 * alpha * penalty) / rows;
}

}  // namespace imbench::mlp
