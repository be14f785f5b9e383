#include "reports/lib/stats/bayesian_signed_rank.hpp"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/error.hpp"

namespace imbench::reports::stats {
namespace {

constexpr int kDrawsPerBlock = 1024;
// Wins are counted in sixths so that two- and three-way ties split exactly in integers.
constexpr std::int64_t kWhole = 6;

enum Region : std::uint8_t { kLeft = 0, kRope = 1, kRight = 2 };

void check(const std::vector<double>& differences, const BayesianSignedRankOptions& o) {
  if (differences.empty()) throw Error("statistics: the Bayesian signed-rank test needs at least one difference");
  for (std::size_t i = 0; i < differences.size(); ++i)
    if (!std::isfinite(differences[i]))
      throw Error("statistics: the Bayesian signed-rank test: difference " + std::to_string(i) + " is not finite");
  if (!(o.rope >= 0)) throw Error("statistics: parameter 'rope' must be >= 0, got " + std::to_string(o.rope));
  if (!(o.prior_strength > 0))
    throw Error("statistics: parameter 'prior_strength' must be > 0, got " + std::to_string(o.prior_strength));
  if (!std::isfinite(o.prior_point))
    throw Error("statistics: parameter 'prior_point' must be finite, got " + std::to_string(o.prior_point));
  if (o.samples < 1) throw Error("statistics: parameter 'samples' must be >= 1, got " + std::to_string(o.samples));
}

// Adds one draw's winner(s) to wins, in sixths.
void add_winner(const std::array<double, 3>& mass, std::array<std::int64_t, 3>& wins) {
  const double best = std::max({mass[0], mass[1], mass[2]});
  const auto tied = static_cast<std::int64_t>(std::count(mass.begin(), mass.end(), best));
  for (int r = 0; r < 3; ++r)
    if (mass[r] == best) wins[r] += kWhole / tied;
}

}  // namespace

BayesianSignedRankResult bayesian_signed_rank(const std::vector<double>& differences, const RandomStream& stream,
                                              const BayesianSignedRankOptions& options) {
  check(differences, options);
  std::vector<double> points{options.prior_point};
  points.insert(points.end(), differences.begin(), differences.end());
  const std::size_t m = points.size();
  // In ascending order of the points, the partners j of a point i whose pair
  // mean lies left of the rope form a prefix and those right of it a suffix.
  // Their bounds do not depend on the draw, so each draw costs O(m) prefix
  // sums instead of O(m^2) pair sums.
  std::vector<std::size_t> sorted(m);
  for (std::size_t i = 0; i < m; ++i) sorted[i] = i;
  std::stable_sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) { return points[a] < points[b]; });
  std::vector<std::size_t> left_end(m), right_begin(m);
  for (std::size_t i = 0; i < m; ++i) {
    auto mean_with = [&](std::size_t j) { return 0.5 * (points[i] + points[j]); };
    left_end[i] = static_cast<std::size_t>(
        std::partition_point(sorted.begin(), sorted.end(), [&](std::size_t j) { return mean_with(j) < -options.rope; }) -
        sorted.begin());
    right_begin[i] = static_cast<std::size_t>(
        std::partition_point(sorted.begin(), sorted.end(), [&](std::size_t j) { return mean_with(j) <= options.rope; }) -
        sorted.begin());
  }

  const int blocks = (options.samples + kDrawsPerBlock - 1) / kDrawsPerBlock;
  std::vector<std::array<std::int64_t, 3>> block_wins(static_cast<std::size_t>(blocks), {0, 0, 0});
  tbb::parallel_for(0, blocks, [&](int b) {
    RandomStream draws = stream.substream(static_cast<std::uint64_t>(b));
    const int count = std::min(kDrawsPerBlock, options.samples - b * kDrawsPerBlock);
    std::vector<double> w(m), prefix(m + 1, 0.0);
    for (int s = 0; s < count; ++s) {
      // Dirichlet(s, 1, ..., 1) as normalised Gamma draws.
      double total = 0;
      for (std::size_t i = 0; i < m; ++i) total += w[i] = draws.gamma(i == 0 ? options.prior_strength : 1.0);
      for (double& v : w) v /= total;
      for (std::size_t t = 0; t < m; ++t) prefix[t + 1] = prefix[t] + w[sorted[t]];
      std::array<double, 3> mass{0, 0, 0};
      for (std::size_t i = 0; i < m; ++i) {
        mass[kLeft] += w[i] * prefix[left_end[i]];
        mass[kRope] += w[i] * (prefix[right_begin[i]] - prefix[left_end[i]]);
        mass[kRight] += w[i] * (prefix[m] - prefix[right_begin[i]]);
      }
      add_winner(mass, block_wins[static_cast<std::size_t>(b)]);
    }
  });

  std::array<std::int64_t, 3> wins{0, 0, 0};
  for (const auto& bw : block_wins)
    for (int r = 0; r < 3; ++r) wins[r] += bw[r];
  const double total = static_cast<double>(kWhole) * options.samples;
  return {wins[kLeft] / total, wins[kRope] / total, wins[kRight] / total};
}

}  // namespace imbench::reports::stats
