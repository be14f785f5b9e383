#include "algorithms/loss/shared/row_losses.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace imbench::loss {
namespace {

double softplus(double z) { return std::max(z, 0.0) + std::log1p(std::exp(-std::abs(z))); }
double sigmoid(double z) { return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z)); }

struct Derivatives {
  double value, gradient, hessian;
};

// Binary focal loss at logit z. With s = 2y - 1 and q = p_t = sigmoid(s z):
//   FL = -a_t (1-q)^g log q
//   dFL/dz   = a_t s (1-q)^g [g q log q - (1-q)]
//   d2FL/dz2 = a_t q (1-q)^g [(2g+1)(1-q) + g (1 - q - g q) log q]
Derivatives binary_terms(double z, int y, const FocalForm& form) {
  const double s = y == 1 ? 1.0 : -1.0;
  const double q = sigmoid(s * z);
  const double one_minus_q = sigmoid(-s * z);  // exact where q rounds to 1
  const double log_q = -softplus(-s * z);
  const double g = form.gamma;
  const double alpha_t = form.alpha < 0 ? 1.0 : (y == 1 ? form.alpha : 1.0 - form.alpha);
  const double modulator = g == 0.0 ? 1.0 : std::pow(one_minus_q, g);
  return {-alpha_t * modulator * log_q, alpha_t * s * modulator * (g * q * log_q - one_minus_q),
          alpha_t * q * modulator * ((2 * g + 1) * one_minus_q + g * (one_minus_q - g * q) * log_q)};
}

// Softmax focal loss of one row; p = softmax(z), y the target class.
// A(p) = g p (1-p)^(g-1) log p - (1-p)^g, A'(p) = g (1-p)^(g-2) [(1-p) log p - (g-1) p log p + 2 (1-p)]
//   value = -(1-p_y)^g log p_y,  grad_k = (d_yk - p_k) A(p_y),
//   hess_k = -p_k (1-p_k) A(p_y) + (d_yk - p_k)^2 p_y A'(p_y).
// Where p_y rounds to 1 the terms with negative powers of (1 - p_y) are taken at
// their limit, 0.
void softmax_terms(const double* z, Eigen::Index k, int y, double gamma, double& value, double* grad, double* hess) {
  double top = z[0];
  for (Eigen::Index j = 1; j < k; ++j) top = std::max(top, z[j]);
  double sum = 0;
  for (Eigen::Index j = 0; j < k; ++j) sum += std::exp(z[j] - top);
  const double log_sum = top + std::log(sum);
  const double log_p = z[y] - log_sum;
  const double p = std::exp(log_p);
  const double one_minus_p = -std::expm1(log_p);
  const double g = gamma;
  double A = -1.0, dA = 0.0;
  if (g != 0.0) {
    const bool saturated = one_minus_p <= 0.0;
    A = (saturated ? 0.0 : g * p * std::pow(one_minus_p, g - 1) * log_p) - std::pow(one_minus_p, g);
    dA = saturated ? 0.0
                   : g * std::pow(one_minus_p, g - 2) * (one_minus_p * log_p - (g - 1) * p * log_p + 2 * one_minus_p);
  }
  value = -(g == 0.0 ? 1.0 : std::pow(one_minus_p, g)) * log_p;
  for (Eigen::Index j = 0; j < k; ++j) {
    const double p_j = std::exp(z[j] - log_sum);
    const double delta = (j == y ? 1.0 : 0.0) - p_j;
    grad[j] = delta * A;
    hess[j] = -p_j * (1 - p_j) * A + delta * delta * p * dA;
  }
}

}  // namespace

double binary_focal_hessian(double score, int target, const FocalForm& form) {
  return binary_terms(score, target, form).hessian;
}

LossTerms evaluate_rows(const Matrix& scores, const Labels& target, const FocalForm& form,
                        const std::vector<double>& class_weight) {
  const Eigen::Index n = scores.rows(), k = scores.cols();
  if (static_cast<std::size_t>(n) != target.size())
    throw Error("loss: " + std::to_string(n) + " score rows but " + std::to_string(target.size()) + " targets");
  LossTerms terms{Vector(n), Matrix(n, k), Matrix(n, k)};
  for (Eigen::Index i = 0; i < n; ++i) {
    const int y = target[static_cast<std::size_t>(i)];
    if (y < 0 || (k == 1 ? y > 1 : y >= k))
      throw Error("loss: target " + std::to_string(y) + " of row " + std::to_string(i) + " is out of range");
    if (k == 1) {
      const Derivatives d = binary_terms(scores(i, 0), y, form);
      terms.value[i] = d.value;
      terms.gradient(i, 0) = d.gradient;
      terms.hessian(i, 0) = d.hessian;
    } else {
      Eigen::RowVectorXd z = scores.row(i), grad(k), hess(k);
      softmax_terms(z.data(), k, y, form.gamma, terms.value[i], grad.data(), hess.data());
      terms.gradient.row(i) = grad;
      terms.hessian.row(i) = hess;
    }
    if (!class_weight.empty()) {
      const double w = class_weight[static_cast<std::size_t>(y)];
      terms.value[i] *= w;
      terms.gradient.row(i) *= w;
      terms.hessian.row(i) *= w;
    }
  }
  terms.hessian = terms.hessian.cwiseMax(kHessianFloor);
  return terms;
}

}  // namespace imbench::loss
