#include "algorithms/regression/sera.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "algorithms/regression/regression_metrics.hpp"
#include "core/error.hpp"

namespace imbench::regression {

double sera(std::span<const double> y_true, std::span<const double> y_pred, std::span<const double> relevance,
            SeraOptions options) {
  check_predictions("sera", y_true, y_pred);
  if (relevance.size() != y_true.size())
    throw Error("sera: relevance has " + std::to_string(relevance.size()) + " values for " +
                std::to_string(y_true.size()) + " targets");
  for (double r : relevance)
    if (!(r >= 0.0 && r <= 1.0)) throw Error("sera: relevance values must lie in [0, 1]");
  const double steps_real = 1.0 / options.step;
  const auto steps = static_cast<std::size_t>(std::llround(steps_real));
  if (!(options.step > 0.0 && options.step <= 1.0) || std::abs(steps_real - static_cast<double>(steps)) > 1e-9)
    throw Error("sera: step must divide 1 into a whole number of parts, got " + std::to_string(options.step));

  // Sort the squared errors by relevance; SER_t is then a suffix sum found by binary search.
  std::vector<std::size_t> order(y_true.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return relevance[a] < relevance[b]; });
  std::vector<double> phi_sorted(order.size()), suffix(order.size() + 1, 0.0);
  for (std::size_t j = 0; j < order.size(); ++j) phi_sorted[j] = relevance[order[j]];
  for (std::size_t j = order.size(); j-- > 0;) {
    const double e = y_pred[order[j]] - y_true[order[j]];
    suffix[j] = suffix[j + 1] + e * e;
  }
  auto ser_at = [&](double t) {
    return suffix[static_cast<std::size_t>(std::lower_bound(phi_sorted.begin(), phi_sorted.end(), t) -
                                           phi_sorted.begin())];
  };
  double area = 0.0, previous = ser_at(0.0);
  for (std::size_t i = 1; i <= steps; ++i) {
    const double current = ser_at(static_cast<double>(i) * options.step);  // t as R's seq(0, 1, step) makes it
    area += options.step * (previous + current) / 2.0;
    previous = current;
  }
  if (!options.normalise) return area;
  const double ser0 = ser_at(0.0);
  return ser0 == 0.0 ? 0.0 : area / ser0;
}

}  // namespace imbench::regression
