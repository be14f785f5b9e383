// SMOGN: SMOTER with Gaussian noise (Branco, Torgo & Ribeiro, "SMOGN: a
// pre-processing approach for imbalanced regression", LIDTA 2017, PMLR 74:36-50;
// UBL's SMOGNRegress).
//
// Same bumps and percentages as SMOTER. For a seed i of an over-sampled bump,
// maxD_i = median of its distances to the bump's cases (itself included) / 2.
// A partner drawn from the k nearest neighbours closer than maxD_i is "safe"
// and gets the SMOTER interpolation; otherwise the seed is perturbed: every
// numeric feature and the target get N(0, (sd * t)^2) noise, with sd over the
// bump and t = min(maxD_i, pert), and nominal features are drawn from their
// frequencies in the bump.
//
// Deviation from UBL: t uses `pert` as the paper intends; UBL hard-codes 0.02
// there and ignores its pert argument. The SMOTER step follows smoter.hpp.
#pragma once

#include "algorithms/regression/bump_resampling.hpp"
#include "algorithms/regression/feature_space.hpp"

namespace imbench::regression {

struct SmognOptions {
  double threshold = 0.5;
  std::string percentages = "balance";
  std::size_t k = 5;
  double pert = 0.01;
  Distance distance = Distance::Euclidean;
};

RegressionSample smogn(const RegressionView& data, std::span<const double> relevance, const SmognOptions& options,
                       RandomStream& rng);

// The noise step alone, shared with gaussian_noise: a copy of `seed` (row of data) with every numeric feature
// and the target perturbed by N(0, (sd * t)^2) (sd per column over `rows`), nominal features drawn from `rows`.
struct BumpSpread {
  std::vector<double> feature_sd;  // per column (0 for nominal ones)
  double target_sd = 0.0;
};
BumpSpread bump_spread(const RegressionView& data, const FeatureSpace& space, const Indices& rows);
void perturb_case(const RegressionView& data, const FeatureSpace& space, const Indices& rows, const BumpSpread& spread,
                  std::size_t seed, double t, RandomStream& rng, double* out, double& y_out);

}  // namespace imbench::regression
