// Gaussian-noise over-sampling for regression (UBL's GaussNoiseRegress;
// Branco, Torgo & Ribeiro, "Pre-processing approaches for imbalanced
// distributions in regression", Neurocomputing 343, 2019): the bumps and
// percentages of SMOTER; an over-sampled bump's new cases are copies of its
// cases with N(0, (sd * pert)^2) noise on every numeric feature and on the
// target (sd over the bump) and nominal features drawn from the bump's
// frequencies; under-sampled bumps lose random cases.
#pragma once

#include "algorithms/regression/bump_resampling.hpp"
#include "algorithms/regression/feature_space.hpp"

namespace imbench::regression {

struct GaussianNoiseOptions {
  double threshold = 0.5;
  std::string percentages = "balance";
  double pert = 0.1;
};

// Nominal features are taken from the mask; no distance is involved.
RegressionSample gaussian_noise(const RegressionView& data, std::span<const double> relevance,
                                const GaussianNoiseOptions& options, RandomStream& rng);

}  // namespace imbench::regression
