// The Bayesian signed-rank test of Benavoli, Corani, Demsar & Zaffalon (JMLR
// 2017, "Time for a change"): the posterior probability that method x is
// practically worse than, equivalent to, or better than y over N data sets.
#pragma once

#include <vector>

#include "core/rng.hpp"

namespace imbench::reports::stats {

struct BayesianSignedRankOptions {
  double rope = 0.01;            // region of practical equivalence [-rope, rope] on the differences
  double prior_strength = 0.5;   // s, the Dirichlet-process prior's weight
  double prior_point = 0.0;      // z0, the prior's pseudo-observation (inside the rope)
  int samples = 50000;           // Monte Carlo posterior draws
};

struct BayesianSignedRankResult {
  double left = 0;   // P(x - y practically negative)
  double rope = 0;   // P(practically equivalent)
  double right = 0;  // P(x - y practically positive)
};

// differences: d_i = x_i - y_i per data set. Each posterior draw takes
// w ~ Dirichlet(s, 1, ..., 1) over {z0, d_1..d_N} and gives region R the mass
// sum of w_i w_j over ordered pairs (i, j), i = j included, whose mean
// (z_i + z_j)/2 lies in R (left: < -rope, rope: in [-rope, rope], right: > rope).
// The result is the share of draws in which each region has the largest mass,
// ties split evenly. Draws come from substreams of `stream` (one per block of
// draws, run in parallel), so the result depends only on the stream's key.
// Throws imbench::Error for no or non-finite differences, a negative rope, a
// non-positive prior strength or sample count.
BayesianSignedRankResult bayesian_signed_rank(const std::vector<double>& differences, const RandomStream& stream,
                                              const BayesianSignedRankOptions& options = {});

}  // namespace imbench::reports::stats
