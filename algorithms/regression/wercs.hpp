// WERCS: weighted relevance-based combination strategy (Branco, Torgo &
// Ribeiro, "Pre-processing approaches for imbalanced distributions in
// regression", Neurocomputing 343, 2019), as resreg's wercs (Gado et al. 2020)
// runs it: int(over n) copies drawn with replacement with probability
// proportional to phi, plus int((1 - under) n) originals drawn without
// replacement with probability proportional to 1 - phi. The output is those
// two selections only (the kept originals first, in input order); rare cases
// with phi = 1 survive only as copies.
//
// Not included: resreg's 'wercs-gn' noise option (its code perturbs the
// under-sampled part, not the copies).
#pragma once

#include "algorithms/regression/regression_data.hpp"
#include "core/rng.hpp"

namespace imbench::regression {

struct WercsOptions {
  double over = 0.5;   // copies, as a fraction of n (>= 0)
  double under = 0.5;  // share of the n cases removed, in [0, 1]
};

RegressionSample wercs(const RegressionView& data, std::span<const double> relevance, const WercsOptions& options,
                       RandomStream& rng);

}  // namespace imbench::regression
