#include "algorithms/resample/adasyn/seed_counts.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/error.hpp"

namespace imbench {
namespace {

// imblearn: ratio = n_foreign / k; ratio /= ratio.sum(); rint(ratio * n).
std::vector<std::size_t> rounded_shares(const std::vector<std::size_t>& foreign, std::size_t n_neighbors,
                                        std::size_t requested) {
  std::vector<double> ratio(foreign.size());
  for (std::size_t i = 0; i < foreign.size(); ++i)
    ratio[i] = static_cast<double>(foreign[i]) / static_cast<double>(n_neighbors);
  const double sum = std::accumulate(ratio.begin(), ratio.end(), 0.0);
  std::vector<std::size_t> g(foreign.size());
  for (std::size_t i = 0; i < foreign.size(); ++i)
    g[i] = static_cast<std::size_t>(std::nearbyint(ratio[i] / sum * static_cast<double>(requested)));
  return g;
}

// Hamilton's method on the exact quotas foreign_i * requested / total.
std::vector<std::size_t> largest_remainders(const std::vector<std::size_t>& foreign, std::size_t total,
                                            std::size_t requested) {
  std::vector<std::size_t> g(foreign.size()), remainder(foreign.size()), order(foreign.size());
  std::size_t given = 0;
  for (std::size_t i = 0; i < foreign.size(); ++i) {
    g[i] = foreign[i] * requested / total;
    remainder[i] = foreign[i] * requested % total;
    given += g[i];
  }
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t j = 0; given < requested; ++j, ++given) ++g[order[j]];
  return g;
}

}  // namespace

std::vector<std::size_t> adasyn_seed_counts(const std::vector<std::size_t>& foreign, std::size_t n_neighbors,
                                            std::size_t requested, bool exact_total, const std::string& where) {
  const std::size_t total = std::accumulate(foreign.begin(), foreign.end(), std::size_t{0});
  if (total == 0)
    throw Error(where + ": no row has a neighbour of another class among its " + std::to_string(n_neighbors) +
                " nearest, so there is no difficulty to weight seeds by; use smote or raise n_neighbors");
  std::vector<std::size_t> g =
      exact_total ? largest_remainders(foreign, total, requested) : rounded_shares(foreign, n_neighbors, requested);
  if (std::accumulate(g.begin(), g.end(), std::size_t{0}) == 0)
    throw Error(where + ": " + std::to_string(requested) +
                " new samples spread over the seeds round to none; ask for more or set exact_total=true");
  return g;
}

}  // namespace imbench
