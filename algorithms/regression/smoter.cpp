#include "algorithms/regression/smoter.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>

#include "algorithms/shared/neighbours/exact.hpp"
#include "core/draws.hpp"
#include "core/error.hpp"

namespace imbench::regression {
namespace {

void check_k(std::size_t k, const std::string& method) {
  if (k == 0) throw Error(method + ": k must be at least 1");
}

}  // namespace

BumpGenerator smoter_generator(const RegressionView& data, const FeatureSpace& space, std::size_t k) {
  return [&data, &space, k](const Indices& rows, const Indices& seeds, const RandomStream& stream,
                            std::size_t first_row, RegressionSample& out) {
    const std::size_t k_used = std::min(k, rows.size() - 1);
    NeighbourLists neighbours;
    if (k_used > 0) {
      ExactNeighbours knn;
      knn.fit(space.encode(rows));
      neighbours = knn.query_self(k_used);
    }
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, seeds.size(), 1024), [&](const auto& range) {
      for (std::size_t i = range.begin(); i != range.end(); ++i) {
        RandomStream s = stream.substream(i);
        const std::size_t seed = rows[seeds[i]];
        const auto at = static_cast<Eigen::Index>(first_row + i);
        if (k_used == 0) {  // a one-case bump: replicate it
          out.X.row(at) = data.X.row(static_cast<Eigen::Index>(seed));
          out.y[first_row + i] = data.y[seed];
          continue;
        }
        const std::size_t nb = rows[neighbours.index_at(seeds[i], s.below(k_used))];
        interpolate_case(space, data.X.row(static_cast<Eigen::Index>(seed)).data(), data.y[seed],
                         data.X.row(static_cast<Eigen::Index>(nb)).data(), data.y[nb], s, out.X.row(at).data(),
                         out.y[first_row + i]);
      }
    });
  };
}

RegressionSample smoter(const RegressionView& data, std::span<const double> relevance, const SmoterOptions& options,
                        RandomStream& rng) {
  check_k(options.k, "smoter");
  const FeatureSpace space(data, options.distance, "smoter");
  const std::vector<Bump> bumps = relevance_bumps(data.y, relevance, options.threshold);
  const std::vector<double> factors = bump_factors(bumps, parse_bump_percentages(options.percentages));
  return resample_bumps(data, bumps, factors, rng, smoter_generator(data, space, options.k));
}

RegressionSample smoter_paper(const RegressionView& data, std::span<const double> relevance,
                              const SmoterPaperOptions& options, RandomStream& rng) {
  check_k(options.k, "smoter_paper");
  if (!(options.over >= 0.0) || !(options.under >= 0.0))
    throw Error("smoter_paper: over and under must be >= 0 percentages");
  const FeatureSpace space(data, options.distance, "smoter_paper");
  if (relevance.size() != data.y.size()) throw Error("smoter_paper: one relevance value per case is needed");
  std::vector<double> sorted(data.y.begin(), data.y.end());
  std::sort(sorted.begin(), sorted.end());
  const std::size_t n = sorted.size();
  const double median = n % 2 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);

  Indices rare_low, rare_high, normal;
  for (std::size_t i = 0; i < n; ++i) {
    const bool rare = relevance[i] > options.threshold;
    if (rare && data.y[i] < median) rare_low.push_back(i);
    else if (rare && data.y[i] > median) rare_high.push_back(i);
    else if (!rare) normal.push_back(i);
  }
  if (rare_low.empty() && rare_high.empty())
    throw Error("smoter_paper: no case has relevance > " + std::to_string(options.threshold) + "; nothing to over-sample");
  if (normal.empty())
    throw Error("smoter_paper: every case has relevance > " + std::to_string(options.threshold) +
                "; there is no normal region (raise the threshold)");

  const RandomStream base = rng.substream(rng.next_u64());
  const double factor = 1.0 + options.over / 100.0;
  RandomStream seed_stream = base.substream("seeds");
  const Indices seeds_low = synthetic_seeds(rare_low.size(), factor, seed_stream);
  const Indices seeds_high = synthetic_seeds(rare_high.size(), factor, seed_stream);
  const std::size_t n_new = seeds_low.size() + seeds_high.size();
  RandomStream under_stream = base.substream("under");
  const auto n_normal = std::min(normal.size(), static_cast<std::size_t>(options.under / 100.0 * static_cast<double>(n_new)));

  std::vector<std::uint8_t> keep(n, 0);
  for (std::size_t i : rare_low) keep[i] = 1;
  for (std::size_t i : rare_high) keep[i] = 1;
  for (std::size_t p : draw_without_replacement(normal.size(), n_normal, under_stream)) keep[normal[p]] = 1;

  RegressionSample out = start_sample(data, keep, n_new);
  const std::size_t row = out.y.size() - n_new;
  const BumpGenerator generate = smoter_generator(data, space, options.k);
  if (!seeds_low.empty()) generate(rare_low, seeds_low, base.substream("low"), row, out);
  if (!seeds_high.empty()) generate(rare_high, seeds_high, base.substream("high"), row + seeds_low.size(), out);
  out.n_synthetic = n_new;
  return out;
}

}  // namespace imbench::regression
