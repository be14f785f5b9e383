#include "reports/lib/quantile.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/error.hpp"

namespace imbench::reports {

double quantile(std::vector<double> values, double q) {
  if (!(q >= 0 && q <= 1)) throw Error("quantile: q = " + std::to_string(q) + " is outside [0, 1]");
  if (values.empty()) throw Error("quantile: no values");
  if (std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); }))
    throw Error("quantile: a value is NaN");
  std::sort(values.begin(), values.end());
  const double h = static_cast<double>(values.size() - 1) * q;
  const auto below = static_cast<std::size_t>(std::floor(h));
  const std::size_t above = std::min(below + 1, values.size() - 1);
  return values[below] + (h - static_cast<double>(below)) * (values[above] - values[below]);
}

MedianIqr median_iqr(const std::vector<double>& values) {
  return {quantile(values, 0.5), quantile(values, 0.75) - quantile(values, 0.25)};
}

}  // namespace imbench::reports
