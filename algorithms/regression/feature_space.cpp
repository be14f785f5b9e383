#include "algorithms/regression/feature_space.hpp"

#include <cmath>

#include "core/error.hpp"

namespace imbench::regression {

Distance parse_distance(const std::string& text) {
  if (text == "euclidean") return Distance::Euclidean;
  if (text == "heom") return Distance::Heom;
  throw Error("distance must be 'euclidean' or 'heom', got '" + text + "'");
}

FeatureSpace::FeatureSpace(const RegressionView& data, Distance distance, const std::string& method)
    : X_(data.X), nominal_(nominal_mask(data)), distance_(distance) {
  validate(data, method);
  const Eigen::Index d = X_.cols();
  scale_.assign(static_cast<std::size_t>(d), 1.0);
  nominal_levels_.assign(static_cast<std::size_t>(d), 0);
  for (Eigen::Index j = 0; j < d; ++j) {
    const double lo = X_.col(j).minCoeff(), hi = X_.col(j).maxCoeff();
    if (nominal(j)) {
      if (distance_ == Distance::Euclidean)
        throw Error(method + ": feature " + std::to_string(j) + " is nominal; use dist=heom");
      if (lo < 0.0 || X_.col(j).unaryExpr([](double v) { return v - std::floor(v); }).maxCoeff() != 0.0)
        throw Error(method + ": nominal feature " + std::to_string(j) + " must hold codes 0, 1, ...");
      nominal_levels_[static_cast<std::size_t>(j)] = static_cast<Eigen::Index>(hi) + 1;
    } else if (hi == lo) {
      scale_[static_cast<std::size_t>(j)] = 0.0;
    } else if (distance_ == Distance::Heom) {
      scale_[static_cast<std::size_t>(j)] = 1.0 / (hi - lo);
    }
  }
}

Matrix FeatureSpace::encode(const Indices& rows) const {
  Eigen::Index width = 0;
  for (Eigen::Index j = 0; j < X_.cols(); ++j) width += nominal(j) ? nominal_levels_[static_cast<std::size_t>(j)] : 1;
  Matrix E = Matrix::Zero(static_cast<Eigen::Index>(rows.size()), width);
  const double one_hot = std::sqrt(0.5);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto i = static_cast<Eigen::Index>(r);
    Eigen::Index at = 0;
    for (Eigen::Index j = 0; j < X_.cols(); ++j) {
      const double v = X_(static_cast<Eigen::Index>(rows[r]), j);
      if (nominal(j)) {
        E(i, at + static_cast<Eigen::Index>(v)) = one_hot;
        at += nominal_levels_[static_cast<std::size_t>(j)];
      } else {
        E(i, at++) = v * scale_[static_cast<std::size_t>(j)];
      }
    }
  }
  return E;
}

double FeatureSpace::distance(const double* a, const double* b) const {
  double sum = 0.0;
  for (Eigen::Index j = 0; j < X_.cols(); ++j) {
    const auto u = static_cast<std::size_t>(j);
    const double diff = nominal(j) ? (a[u] != b[u] ? 1.0 : 0.0) : (a[u] - b[u]) * scale_[u];
    sum += diff * diff;
  }
  return std::sqrt(sum);
}

void interpolate_case(const FeatureSpace& space, const double* seed, double y_seed, const double* neighbour,
                      double y_neighbour, RandomStream& rng, double* out, double& y_out) {
  const double r = rng.uniform();
  for (Eigen::Index j = 0; j < space.n_features(); ++j) {
    const auto u = static_cast<std::size_t>(j);
    out[u] = space.nominal(j) ? (rng.below(2) == 0 ? seed[u] : neighbour[u]) : seed[u] + r * (neighbour[u] - seed[u]);
  }
  const double d1 = space.distance(out, seed), d2 = space.distance(out, neighbour);
  y_out = d1 == d2 ? (y_seed + y_neighbour) / 2.0 : (d2 * y_seed + d1 * y_neighbour) / (d1 + d2);
}

}  // namespace imbench::regression
