// The "bumps" of UBL's regression resamplers (Branco, Ribeiro, Torgo, "UBL: an
// R package for utility-based learning", arXiv:1604.08079, 2016): sort the
// cases by target and cut wherever the relevance crosses the threshold. Each
// contiguous run is a bump, rare (phi >= thr) or normal, and gets its own
// re-sampling factor (UBL's C.perc).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace imbench::regression {

struct Bump {
  Indices rows;  // case positions, in increasing target (ties by position)
  bool rare = false;
};

// `relevance` holds phi(y[i]). Throws when y is empty, holds NaN, or when no
// case or every case is rare (nothing to re-balance).
std::vector<Bump> relevance_bumps(std::span<const double> y, std::span<const double> relevance, double threshold);

// How much to re-sample each bump: "balance", "extreme" or explicit factors
// (one per bump, in bump order; 1.5 = add half the bump again, 0.5 = keep half).
struct BumpPercentages {
  enum class Mode { Balance, Extreme, Explicit } mode = Mode::Balance;
  std::vector<double> factors;  // Explicit only
};
// "balance" | "extreme" | "f1;f2;..." (positive numbers).
BumpPercentages parse_bump_percentages(const std::string& text);

// UBL's C.perc. balance: B / |b_i| with B = round(n / n_bumps); extreme:
// round(round(B^2 / |b_i| * s, 2) / |b_i|, 1) with s = n_bumps B / sum_j B^2 / |b_j|
// (R rounds half to even, as std::nearbyint does).
std::vector<double> bump_factors(const std::vector<Bump>& bumps, const BumpPercentages& percentages);

// Cases each bump adds or keeps for a factor f: f > 1 adds |b| int(f - 1) + int(|b| frac(f - 1)) synthetic
// cases; f < 1 keeps int(f |b|) of the originals.
std::size_t synthetic_count(std::size_t bump_size, double factor);
std::size_t kept_count(std::size_t bump_size, double factor);

}  // namespace imbench::regression
