#include "algorithms/regression/random_resampling.hpp"

#include <cmath>

#include "algorithms/regression/feature_space.hpp"
#include "core/error.hpp"

namespace imbench::regression {

std::vector<double> rare_normal_factors(const std::vector<Bump>& bumps, const std::string& percentages, bool over) {
  const char* method = over ? "random_over_regression" : "random_under_regression";
  double rare = 0.0, normal = 0.0;
  for (const Bump& b : bumps) (b.rare ? rare : normal) += static_cast<double>(b.rows.size());
  double f;
  if (percentages == "balance") {
    f = over ? normal / rare : rare / normal;
  } else if (percentages == "extreme") {
    f = over ? (normal / rare) * (normal / rare) : (rare / normal) * (rare / normal);
  } else {
    std::size_t used = 0;
    try {
      f = std::stod(percentages, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != percentages.size() || !std::isfinite(f) || !(over ? f >= 1.0 : (f > 0.0 && f <= 1.0)))
      throw Error(std::string(method) + ": percentages must be 'balance', 'extreme' or a factor " +
                  (over ? ">= 1" : "in (0, 1]") + ", got '" + percentages + "'");
  }
  std::vector<double> factors;
  for (const Bump& b : bumps) factors.push_back(b.rare == over ? (over ? std::max(f, 1.0) : std::min(f, 1.0)) : 1.0);
  return factors;
}

BumpGenerator copy_generator(const RegressionView& data) {
  return [&data](const Indices& rows, const Indices& seeds, const RandomStream&, std::size_t first_row,
                 RegressionSample& out) {
    for (std::size_t i = 0; i < seeds.size(); ++i) {
      out.X.row(static_cast<Eigen::Index>(first_row + i)) = data.X.row(static_cast<Eigen::Index>(rows[seeds[i]]));
      out.y[first_row + i] = data.y[rows[seeds[i]]];
    }
  };
}

RegressionSample random_over_regression(const RegressionView& data, std::span<const double> relevance,
                                        const RandomResamplingOptions& options, RandomStream& rng) {
  validate(data, "random_over_regression");
  const std::vector<Bump> bumps = relevance_bumps(data.y, relevance, options.threshold);
  RegressionSample out =
      resample_bumps(data, bumps, rare_normal_factors(bumps, options.percentages, true), rng, copy_generator(data));
  out.n_synthetic = 0;  // the new rows are copies of input rows
  return out;
}

RegressionSample random_under_regression(const RegressionView& data, std::span<const double> relevance,
                                         const RandomResamplingOptions& options, RandomStream& rng) {
  validate(data, "random_under_regression");
  const std::vector<Bump> bumps = relevance_bumps(data.y, relevance, options.threshold);
  return resample_bumps(data, bumps, rare_normal_factors(bumps, options.percentages, false), rng,
                        copy_generator(data));
}

}  // namespace imbench::regression
