// SMOTER: SMOTE for regression.
//
// Paper: Torgo, Ribeiro, Pfahringer & Branco, "SMOTE for Regression", EPIA 2013,
// LNCS 8154, pp. 378-389 (smoter_paper). Generalisation: UBL's SmoteRegress
// (Branco, Ribeiro & Torgo, arXiv:1604.08079), with bumps and 'balance' /
// 'extreme' / explicit percentages (smoter).
//
// Deviations from UBL: one r ~ U[0, 1) per synthetic case for every numeric
// feature, also when nominal features exist (UBL then draws r per feature,
// which leaves the segment); the target's d1/d2 use the full distance over all
// features (UBL's loop keeps only the last numeric feature, see
// ../shared/REFERENCE.md 1.2); HEOM ranges come from the whole training set,
// not the bump. Under-sampling never replaces (UBL's repl = FALSE).
#pragma once

#include "algorithms/regression/bump_resampling.hpp"
#include "algorithms/regression/feature_space.hpp"

namespace imbench::regression {

// Makes synthetic cases of a bump: each seed's partner is one of its k nearest
// neighbours within the bump (k = size - 1 for smaller bumps; a one-case bump
// is replicated), then interpolate_case.
BumpGenerator smoter_generator(const RegressionView& data, const FeatureSpace& space, std::size_t k);

struct SmoterOptions {
  double threshold = 0.5;          // relevance at which a case is rare
  std::string percentages = "balance";  // "balance" | "extreme" | "f1;f2;..." one factor per bump
  std::size_t k = 5;
  Distance distance = Distance::Euclidean;
};
// `relevance` holds phi(y[i]).
RegressionSample smoter(const RegressionView& data, std::span<const double> relevance, const SmoterOptions& options,
                        RandomStream& rng);

// The EPIA 2013 algorithm: rare_L / rare_H are the cases with phi > threshold below / above the median; each
// rare case seeds over/100 synthetic cases (a fractional part adds that share of seeds at random) with
// neighbours inside its own set; under% of the number of new cases are drawn from the normal cases (all of
// them when fewer exist). Returns the rare originals and the drawn normal cases in input order, then the new ones.
// Throws when no case or every case is rare.
struct SmoterPaperOptions {
  double threshold = 0.5;
  double over = 200.0;   // o%
  double under = 200.0;  // u%
  std::size_t k = 5;
  Distance distance = Distance::Euclidean;
};
RegressionSample smoter_paper(const RegressionView& data, std::span<const double> relevance,
                              const SmoterPaperOptions& options, RandomStream& rng);

}  // namespace imbench::regression
