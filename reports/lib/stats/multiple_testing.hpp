// Corrections for a family of hypothesis tests run together.
#pragma once

#include <vector>

namespace imbench::reports::stats {

// Holm's step-down adjusted p-values, in the order given: with p sorted
// ascending, adjusted_(i) = max over j <= i of min(1, (m - j + 1) p_(j)).
// Reject hypothesis i at level alpha when adjusted[i] <= alpha. Throws
// imbench::Error naming the position of a p-value outside [0, 1] or NaN.
std::vector<double> holm_adjust(const std::vector<double>& p_values);

}  // namespace imbench::reports::stats
