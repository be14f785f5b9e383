#include "algorithms/regression/bump_resampling.hpp"

#include <cmath>

#include "core/draws.hpp"

namespace imbench::regression {

Indices synthetic_seeds(std::size_t size, double factor, RandomStream& rng) {
  Indices seeds;
  const auto whole = static_cast<std::size_t>(std::floor(factor - 1.0));
  for (std::size_t i = 0; i < size; ++i) seeds.insert(seeds.end(), whole, i);
  const std::size_t extra = synthetic_count(size, factor) - size * whole;
  for (std::size_t i : draw_without_replacement(size, extra, rng)) seeds.push_back(i);
  return seeds;
}

RegressionSample resample_bumps(const RegressionView& data, const std::vector<Bump>& bumps,
                                const std::vector<double>& factors, RandomStream& rng, const BumpGenerator& generate) {
  // One draw from the caller's stream keys all substreams, so a second call gives fresh cases.
  const RandomStream base = rng.substream(rng.next_u64());
  std::vector<std::uint8_t> keep(data.y.size(), 0);
  std::vector<Indices> seeds(bumps.size());
  std::size_t n_new = 0;
  for (std::size_t b = 0; b < bumps.size(); ++b) {
    const Indices& rows = bumps[b].rows;
    RandomStream stream = base.substream(b).substream("select");
    if (factors[b] < 1.0) {
      for (std::size_t p : draw_without_replacement(rows.size(), kept_count(rows.size(), factors[b]), stream))
        keep[rows[p]] = 1;
    } else {
      for (std::size_t r : rows) keep[r] = 1;
      if (factors[b] > 1.0) seeds[b] = synthetic_seeds(rows.size(), factors[b], stream);
    }
    n_new += seeds[b].size();
  }

  RegressionSample out = start_sample(data, keep, n_new);
  std::size_t row = out.y.size() - n_new;
  for (std::size_t b = 0; b < bumps.size(); ++b) {
    if (seeds[b].empty()) continue;
    generate(bumps[b].rows, seeds[b], base.substream(b).substream("synthetic"), row, out);
    row += seeds[b].size();
  }
  out.n_synthetic = n_new;
  return out;
}

}  // namespace imbench::regression
