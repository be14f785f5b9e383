#include "algorithms/regression/plugins/shared/target_bins.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace imbench::regression {

double bin_width_for(std::span<const double> y, long long bins, const std::string& plugin) {
  if (y.empty()) throw Error(plugin + ": the training target is empty");
  if (bins < 1) throw Error("parameter 'bins' of '" + plugin + "' must be at least 1");
  for (double v : y)
    if (!std::isfinite(v)) throw Error(plugin + ": the training target holds a NaN or infinite value");
  const auto [lo, hi] = std::minmax_element(y.begin(), y.end());
  if (*hi == *lo) throw Error(plugin + ": the training target is constant; there are no bins to count");
  // Slightly wider than range / bins so that floor((max - min) / w) is bins - 1, not bins.
  return (*hi - *lo) / static_cast<double>(bins) * (1.0 + 1e-12);
}

}  // namespace imbench::regression
