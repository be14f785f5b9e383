// Data and checks shared by the regression resamplers' tests (header only, tests only).
#pragma once

#include <algorithm>
#include <cmath>
#include <optional>

#include "algorithms/regression/bumps.hpp"
#include "algorithms/regression/regression_data.hpp"
#include "datasets/lib/relevance.hpp"
#include "core/rng.hpp"

namespace imbench::regression::test_data {

struct Set {
  Matrix X;
  std::vector<double> y;
  std::vector<std::uint8_t> nominal;
  RegressionView view() const { return {X, y, &nominal}; }
};

// n cases, d numeric features ~ N(0, 1); a log-normal target driven by the first feature, so the upper tail
// has box-plot outliers. With `nominal_levels` > 0 the last feature is nominal with that many codes.
inline Set skewed(std::size_t n, Eigen::Index d, std::uint64_t seed, int nominal_levels = 0) {
  RandomStream rng = RandomStream::keyed("regression_test_data", seed);
  Set s{Matrix(static_cast<Eigen::Index>(n), d), {}, {}};
  for (Eigen::Index i = 0; i < s.X.rows(); ++i) {
    for (Eigen::Index j = 0; j < d; ++j) s.X(i, j) = rng.normal();
    if (nominal_levels > 0) s.X(i, d - 1) = static_cast<double>(rng.below(static_cast<std::uint64_t>(nominal_levels)));
    s.y.push_back(std::exp(0.8 * s.X(i, 0) + 0.3 * rng.normal()));
  }
  if (nominal_levels > 0) {
    s.nominal.assign(static_cast<std::size_t>(d), 0);
    s.nominal.back() = 1;
  }
  return s;
}

inline std::vector<double> relevance_of(const std::vector<double>& y) { return Relevance::extremes(y)(y); }

// Number of values of `y` within [lo, hi].
inline std::size_t count_between(const std::vector<double>& y, double lo, double hi) {
  return static_cast<std::size_t>(std::count_if(y.begin(), y.end(), [&](double v) { return v >= lo && v <= hi; }));
}

// Each bump's k nearest other rows by raw Euclidean distance over `columns`, by a full sort (ties by row).
inline std::vector<Indices> naive_neighbours(const Matrix& X, const Indices& rows, std::size_t k,
                                             const std::vector<Eigen::Index>& columns) {
  std::vector<Indices> out;
  for (std::size_t a : rows) {
    std::vector<std::pair<double, std::size_t>> d;
    for (std::size_t b : rows)
      if (b != a) {
        double s = 0;
        for (Eigen::Index j : columns) {
          const double diff = X(static_cast<Eigen::Index>(a), j) - X(static_cast<Eigen::Index>(b), j);
          s += diff * diff;
        }
        d.push_back({s, b});
      }
    std::sort(d.begin(), d.end());
    Indices nn;
    for (std::size_t m = 0; m < std::min(k, d.size()); ++m) nn.push_back(d[m].second);
    out.push_back(nn);
  }
  return out;
}

struct Segment {
  std::size_t seed, neighbour;
  double r;
};

// The (seed, neighbour) pair of the bump such that x = X[seed] + r (X[nb] - X[seed]) on `columns`, r in [0, 1].
inline std::optional<Segment> find_segment(const Matrix& X, const Indices& rows, const std::vector<Indices>& nn,
                                           const double* x, const std::vector<Eigen::Index>& columns) {
  for (std::size_t p = 0; p < rows.size(); ++p)
    for (std::size_t nb : nn[p]) {
      const auto s = static_cast<Eigen::Index>(rows[p]), t = static_cast<Eigen::Index>(nb);
      double dot = 0, len = 0;
      for (Eigen::Index j : columns) {
        dot += (x[j] - X(s, j)) * (X(t, j) - X(s, j));
        len += (X(t, j) - X(s, j)) * (X(t, j) - X(s, j));
      }
      if (len == 0) continue;
      const double r = dot / len;
      double off = 0;
      for (Eigen::Index j : columns) off += std::abs(X(s, j) + r * (X(t, j) - X(s, j)) - x[j]);
      if (r >= 0 && r <= 1 && off < 1e-9) return Segment{rows[p], nb, r};
    }
  return std::nullopt;
}

}  // namespace imbench::regression::test_data
