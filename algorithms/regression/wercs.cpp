#include "algorithms/regression/wercs.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace imbench::regression {
namespace {

// Position of the draw u * total in the running sums of `weights`.
std::size_t weighted_pick(const std::vector<double>& weights, double total, RandomStream& rng) {
  const double target = rng.uniform() * total;
  double run = 0.0;
  std::size_t last_positive = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] <= 0.0) continue;
    run += weights[i];
    last_positive = i;
    if (target < run) return i;
  }
  return last_positive;  // rounding left the target at the very end
}

}  // namespace

RegressionSample wercs(const RegressionView& data, std::span<const double> relevance, const WercsOptions& options,
                       RandomStream& rng) {
  validate(data, "wercs");
  if (relevance.size() != data.y.size()) throw Error("wercs: one relevance value per case is needed");
  if (!(options.over >= 0.0) || !std::isfinite(options.over))
    throw Error("wercs: over must be >= 0, got " + std::to_string(options.over));
  if (!(options.under >= 0.0 && options.under <= 1.0))
    throw Error("wercs: under must lie in [0, 1], got " + std::to_string(options.under));
  const std::size_t n = data.y.size();
  const auto n_over = static_cast<std::size_t>(options.over * static_cast<double>(n));
  const auto n_keep = static_cast<std::size_t>((1.0 - options.under) * static_cast<double>(n));
  std::vector<double> up(n), down(n);
  double up_total = 0.0, down_total = 0.0;
  std::size_t n_down_positive = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!(relevance[i] >= 0.0 && relevance[i] <= 1.0)) throw Error("wercs: relevance values must lie in [0, 1]");
    up_total += up[i] = relevance[i];
    down_total += down[i] = 1.0 - relevance[i];
    n_down_positive += down[i] > 0.0;
  }
  if (n_over > 0 && up_total == 0.0) throw Error("wercs: every relevance is 0; nothing to over-sample");
  if (n_keep > n_down_positive)
    throw Error("wercs: keeping " + std::to_string(n_keep) + " cases needs that many with relevance < 1, but only " +
                std::to_string(n_down_positive) + " have it; raise under");

  const RandomStream base = rng.substream(rng.next_u64());
  RandomStream keep_stream = base.substream("under"), copy_stream = base.substream("over");
  std::vector<std::uint8_t> keep(n, 0);
  for (std::size_t j = 0; j < n_keep; ++j) {  // sequential draws without replacement, as numpy's choice
    const std::size_t i = weighted_pick(down, down_total, keep_stream);
    keep[i] = 1;
    down_total -= down[i];
    down[i] = 0.0;
  }
  RegressionSample out = start_sample(data, keep, n_over);
  std::size_t row = out.y.size() - n_over;
  for (std::size_t j = 0; j < n_over; ++j, ++row) {
    const std::size_t i = weighted_pick(up, up_total, copy_stream);
    out.X.row(static_cast<Eigen::Index>(row)) = data.X.row(static_cast<Eigen::Index>(i));
    out.y[row] = data.y[i];
  }
  out.n_synthetic = 0;  // the drawn rows are copies of input rows
  return out;
}

}  // namespace imbench::regression
