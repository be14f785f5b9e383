#include "reports/lib/stats/multiple_testing.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "core/error.hpp"

namespace imbench::reports::stats {

std::vector<double> holm_adjust(const std::vector<double>& p_values) {
  for (std::size_t i = 0; i < p_values.size(); ++i)
    if (!(p_values[i] >= 0 && p_values[i] <= 1))
      throw Error("statistics: p-value " + std::to_string(i) + " is " + std::to_string(p_values[i]) +
                  "; Holm's correction needs values in [0, 1]");
  std::vector<std::size_t> order(p_values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p_values[a] < p_values[b]; });
  std::vector<double> adjusted(p_values.size());
  const double m = static_cast<double>(p_values.size());
  double running_max = 0;  // step-down: an adjusted p never falls below an earlier one
  for (std::size_t j = 0; j < order.size(); ++j) {
    running_max = std::max(running_max, std::min(1.0, (m - static_cast<double>(j)) * p_values[order[j]]));
    adjusted[order[j]] = running_max;
  }
  return adjusted;
}

}  // namespace imbench::reports::stats
