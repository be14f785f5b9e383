// Random over- and under-sampling for regression (UBL's RandOverRegress and
// RandUnderRegress; Branco, Ribeiro & Torgo, arXiv:1604.08079): the bumps of
// bumps.hpp, with only the rare bumps grown (copies of their cases) or only
// the normal bumps shrunk (a random subset, no replacement).
//
// percentages: "balance" makes the rare and normal totals equal, "extreme"
// inverts their ratio, a number f is the factor of every affected bump
// (> 1 for over, in (0, 1) for under). Over-sampling factor f copies each case
// of the bump int(f - 1) times plus a random share of the cases once more
// (UBL draws all copies with replacement; this keeps the exact count with
// less variance).
#pragma once

#include "algorithms/regression/bump_resampling.hpp"

namespace imbench::regression {

struct RandomResamplingOptions {
  double threshold = 0.5;
  std::string percentages = "balance";
};

// The per-bump factors described above; `over` selects which side changes.
std::vector<double> rare_normal_factors(const std::vector<Bump>& bumps, const std::string& percentages, bool over);

RegressionSample random_over_regression(const RegressionView& data, std::span<const double> relevance,
                                        const RandomResamplingOptions& options, RandomStream& rng);
RegressionSample random_under_regression(const RegressionView& data, std::span<const double> relevance,
                                         const RandomResamplingOptions& options, RandomStream& rng);

// Copies the seeds' rows (a generator for resample_bumps).
BumpGenerator copy_generator(const RegressionView& data);

}  // namespace imbench::regression
