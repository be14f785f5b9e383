#include "algorithms/regression/gaussian_noise.hpp"

#include <cmath>

#include "algorithms/regression/smogn.hpp"
#include "core/error.hpp"

namespace imbench::regression {

RegressionSample gaussian_noise(const RegressionView& data, std::span<const double> relevance,
                                const GaussianNoiseOptions& options, RandomStream& rng) {
  if (!(options.pert > 0.0) || !std::isfinite(options.pert))
    throw Error("gaussian_noise: pert must be a positive number, got " + std::to_string(options.pert));
  const Distance distance = nominal_mask(data).empty() ? Distance::Euclidean : Distance::Heom;  // only the mask matters
  const FeatureSpace space(data, distance, "gaussian_noise");
  const std::vector<Bump> bumps = relevance_bumps(data.y, relevance, options.threshold);
  const std::vector<double> factors = bump_factors(bumps, parse_bump_percentages(options.percentages));
  const double pert = options.pert;
  return resample_bumps(data, bumps, factors, rng,
                        [&](const Indices& rows, const Indices& seeds, const RandomStream& stream, std::size_t first,
                            RegressionSample& out) {
                          const BumpSpread spread = bump_spread(data, space, rows);
                          for (std::size_t i = 0; i < seeds.size(); ++i) {
                            RandomStream s = stream.substream(i);
                            perturb_case(data, space, rows, spread, rows[seeds[i]], pert, s,
                                         out.X.row(static_cast<Eigen::Index>(first + i)).data(), out.y[first + i]);
                          }
                        });
}

}  // namespace imbench::regression
