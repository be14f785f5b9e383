#include "algorithms/regression/smogn.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>

#include "algorithms/regression/smoter.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/error.hpp"

namespace imbench::regression {
namespace {

double sample_sd(const std::vector<double>& v) {  // R's sd (n - 1); 0 for one value
  if (v.size() < 2) return 0.0;
  double mean = 0.0, ss = 0.0;
  for (double x : v) mean += x / static_cast<double>(v.size());
  for (double x : v) ss += (x - mean) * (x - mean);
  return std::sqrt(ss / static_cast<double>(v.size() - 1));
}

double median_of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size();
  return m % 2 ? v[m / 2] : 0.5 * (v[m / 2 - 1] + v[m / 2]);
}

BumpGenerator smogn_generator(const RegressionView& data, const FeatureSpace& space, std::size_t k, double pert) {
  const BumpGenerator smoter_step = smoter_generator(data, space, k);
  return [&data, &space, k, pert, smoter_step](const Indices& rows, const Indices& seeds, const RandomStream& stream,
                                               std::size_t first_row, RegressionSample& out) {
    const std::size_t m = rows.size(), k_used = std::min(k, m - 1);
    if (k_used == 0) return smoter_step(rows, seeds, stream, first_row, out);  // one case: replicate
    auto row = [&](std::size_t p) { return data.X.row(static_cast<Eigen::Index>(rows[p])).data(); };
    // Half the median distance of each case to the bump (itself included).
    std::vector<double> max_d(m);
    tbb::parallel_for(std::size_t{0}, m, [&](std::size_t a) {
      std::vector<double> d(m);
      for (std::size_t b = 0; b < m; ++b) d[b] = space.distance(row(a), row(b));
      max_d[a] = median_of(std::move(d)) / 2.0;
    });
    ExactNeighbours knn;
    knn.fit(space.encode(rows));
    const NeighbourLists neighbours = knn.query_self(k_used);
    const BumpSpread spread = bump_spread(data, space, rows);
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, seeds.size(), 1024), [&](const auto& range) {
      for (std::size_t i = range.begin(); i != range.end(); ++i) {
        RandomStream s = stream.substream(i);
        const std::size_t p = seeds[i], seed = rows[p];
        const std::size_t nb = rows[neighbours.index_at(p, s.below(k_used))];
        double* x = out.X.row(static_cast<Eigen::Index>(first_row + i)).data();
        const double* nb_row = data.X.row(static_cast<Eigen::Index>(nb)).data();
        if (space.distance(row(p), nb_row) < max_d[p])
          interpolate_case(space, row(p), data.y[seed], nb_row, data.y[nb], s, x, out.y[first_row + i]);
        else
          perturb_case(data, space, rows, spread, seed, std::min(max_d[p], pert), s, x, out.y[first_row + i]);
      }
    });
  };
}

}  // namespace

BumpSpread bump_spread(const RegressionView& data, const FeatureSpace& space, const Indices& rows) {
  BumpSpread s;
  std::vector<double> column(rows.size());
  for (Eigen::Index j = 0; j < data.X.cols(); ++j) {
    for (std::size_t p = 0; p < rows.size(); ++p) column[p] = data.X(static_cast<Eigen::Index>(rows[p]), j);
    s.feature_sd.push_back(space.nominal(j) ? 0.0 : sample_sd(column));
  }
  for (std::size_t p = 0; p < rows.size(); ++p) column[p] = data.y[rows[p]];
  s.target_sd = sample_sd(column);
  return s;
}

void perturb_case(const RegressionView& data, const FeatureSpace& space, const Indices& rows, const BumpSpread& spread,
                  std::size_t seed, double t, RandomStream& rng, double* out, double& y_out) {
  for (Eigen::Index j = 0; j < data.X.cols(); ++j) {
    const auto u = static_cast<std::size_t>(j);
    if (space.nominal(j))  // a random case's value: drawn with the bump's frequencies
      out[u] = data.X(static_cast<Eigen::Index>(rows[rng.below(rows.size())]), j);
    else
      out[u] = data.X(static_cast<Eigen::Index>(seed), j) + rng.normal() * spread.feature_sd[u] * t;
  }
  y_out = data.y[seed] + rng.normal() * spread.target_sd * t;
}

RegressionSample smogn(const RegressionView& data, std::span<const double> relevance, const SmognOptions& options,
                       RandomStream& rng) {
  if (options.k == 0) throw Error("smogn: k must be at least 1");
  if (!(options.pert > 0.0) || !std::isfinite(options.pert))
    throw Error("smogn: pert must be a positive number, got " + std::to_string(options.pert));
  const FeatureSpace space(data, options.distance, "smogn");
  const std::vector<Bump> bumps = relevance_bumps(data.y, relevance, options.threshold);
  const std::vector<double> factors = bump_factors(bumps, parse_bump_percentages(options.percentages));
  return resample_bumps(data, bumps, factors, rng, smogn_generator(data, space, options.k, options.pert));
}

}  // namespace imbench::regression
