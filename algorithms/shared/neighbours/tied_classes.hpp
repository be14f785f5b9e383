// Test data for the pure-neighbourhood proofs: a large class 0 and a small
// class 1 in 10 features (brute-force territory), full of exact duplicates
// and equal distances, so that any tie the proofs mishandle shows up.
#pragma once

#include <cmath>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench::test_data {

struct TiedClasses {
  Matrix X;
  Labels y;
};

// Class 0: continuous clusters, integer-grid points and copies of earlier rows
// (a sixth each); class 1: shifted points, grid points and copies of class-0 rows.
inline TiedClasses tied_classes(std::size_t majority, std::size_t minority, RandomStream rng) {
  constexpr Eigen::Index kFeatures = 10;
  const std::size_t n = majority + minority;
  TiedClasses d{Matrix(static_cast<Eigen::Index>(n), kFeatures), Labels(n, 0)};
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = static_cast<Eigen::Index>(i);
    const bool minor = i >= majority;
    d.y[i] = minor ? 1 : 0;
    const std::uint64_t kind = rng.below(6);
    if (kind == 0 && i > 0) {
      d.X.row(r) = d.X.row(static_cast<Eigen::Index>(rng.below(std::min<std::size_t>(i, majority))));
    } else if (kind == 1) {
      for (Eigen::Index j = 0; j < kFeatures; ++j) d.X(r, j) = static_cast<double>(rng.below(3));
    } else {
      const double centre = minor ? 1.5 : static_cast<double>(rng.below(4));
      for (Eigen::Index j = 0; j < kFeatures; ++j) d.X(r, j) = centre + 0.5 * rng.normal();
    }
  }
  return d;
}

}  // namespace imbench::test_data
