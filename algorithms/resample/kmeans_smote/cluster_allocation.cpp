#include "algorithms/resample/kmeans_smote/cluster_allocation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "algorithms/shared/neighbours/brute_force.hpp"

namespace imbench {

double log_sparsity(const Matrix& X, const Indices& rows, double exponent) {
  const std::size_t m = rows.size();
  double sum = 0.0;
  for (std::size_t a = 0; a < m; ++a)
    for (std::size_t b = a + 1; b < m; ++b)
      sum += std::sqrt(squared_distance(X.row(static_cast<Eigen::Index>(rows[a])).data(),
                                        X.row(static_cast<Eigen::Index>(rows[b])).data(),
                                        static_cast<std::size_t>(X.cols())));
  const double mean = 2.0 * sum / static_cast<double>(m * (m - 1));
  if (mean == 0.0) return -std::numeric_limits<double>::infinity();
  return exponent * std::log(mean) - std::log(static_cast<double>(m));
}

std::vector<std::size_t> largest_remainder(std::size_t n_new, const std::vector<double>& log_weights) {
  const std::size_t n = log_weights.size();
  std::vector<double> share(n, 1.0);
  const double top = *std::max_element(log_weights.begin(), log_weights.end());
  if (std::isfinite(top))
    for (std::size_t j = 0; j < n; ++j) share[j] = std::exp(log_weights[j] - top);  // scaled: no overflow
  const double total = std::accumulate(share.begin(), share.end(), 0.0);
  std::vector<std::size_t> counts(n);
  std::vector<double> remainder(n);
  std::size_t given = 0;
  for (std::size_t j = 0; j < n; ++j) {
    const double exact = static_cast<double>(n_new) * share[j] / total;
    counts[j] = std::min(static_cast<std::size_t>(std::floor(exact)), n_new - given);
    remainder[j] = exact - static_cast<double>(counts[j]);
    given += counts[j];
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t i = 0; given < n_new; i = (i + 1) % n, ++given) ++counts[order[i]];
  return counts;
}

}  // namespace imbench
