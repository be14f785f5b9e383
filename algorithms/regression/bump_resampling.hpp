// The frame shared by the bump-wise resamplers (SMOTER, SMOGN, random
// over-sampling): under-sample bumps with factor < 1, keep bumps with
// factor 1, and for factor > 1 keep the originals and ask a generator for
// the synthetic cases.
#pragma once

#include <functional>

#include "algorithms/regression/bumps.hpp"
#include "algorithms/regression/regression_data.hpp"
#include "core/rng.hpp"

namespace imbench::regression {

// Fills synthetic rows first_row, first_row + 1, ... of `out` (X and y), one per entry of `seeds` (positions in
// `bump_rows`). Case i must draw only from stream.substream(i), which keeps results thread-count independent.
using BumpGenerator = std::function<void(const Indices& bump_rows, const Indices& seeds, const RandomStream& stream,
                                         std::size_t first_row, RegressionSample& out)>;

// Seeds of a bump of `size` cases with factor f > 1: every position int(f - 1) times (position-major, as UBL
// loops), then int(size frac(f - 1)) distinct positions drawn at random.
Indices synthetic_seeds(std::size_t size, double factor, RandomStream& rng);

RegressionSample resample_bumps(const RegressionView& data, const std::vector<Bump>& bumps,
                                const std::vector<double>& factors, RandomStream& rng, const BumpGenerator& generate);

}  // namespace imbench::regression
