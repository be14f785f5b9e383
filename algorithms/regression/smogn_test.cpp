#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include "algorithms/regression/smogn.hpp"
#include "algorithms/regression/test_data.hpp"
#include "core/error.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;

namespace {

RegressionSample run(const Set& s, const SmognOptions& o) {
  RandomStream rng = RandomStream::keyed("smogn");
  return smogn(s.view(), relevance_of(s.y), o, rng);
}

}  // namespace

TEST_CASE("smogn: counts per bump match the percentages") {
  const Set s = skewed(400, 3, 21);
  const std::vector<Bump> bumps = relevance_bumps(s.y, relevance_of(s.y), 0.5);
  for (const char* percentages : {"balance", "extreme", "0.7;3.5"}) {
    CAPTURE(percentages);
    const std::vector<double> f = bump_factors(bumps, parse_bump_percentages(percentages));
    const RegressionSample out = run(s, {0.5, percentages, 5, 0.01, Distance::Euclidean});
    std::size_t want = 0, want_new = 0;
    for (std::size_t b = 0; b < bumps.size(); ++b) {
      want += kept_count(bumps[b].rows.size(), f[b]) + synthetic_count(bumps[b].rows.size(), f[b]);
      want_new += synthetic_count(bumps[b].rows.size(), f[b]);
    }
    CHECK(out.y.size() == want);
    CHECK(out.n_synthetic == want_new);
  }
}

TEST_CASE("smogn: safe partners give SMOTER cases, the others Gaussian perturbations of the seed") {
  const Set s = skewed(400, 3, 22);
  const std::vector<double> rel = relevance_of(s.y);
  const Indices rare = relevance_bumps(s.y, rel, 0.5).back().rows;
  const std::size_t k = 5;
  const std::vector<Indices> nn = naive_neighbours(s.X, rare, k, {0, 1, 2});
  const double pert = 0.01;
  const RegressionSample out = run(s, {0.5, "balance", k, pert, Distance::Euclidean});
  // Half the median distance of each rare case to the rare bump (itself included).
  auto max_d = [&](std::size_t row) {
    std::vector<double> d;
    for (std::size_t other : rare) d.push_back((s.X.row(static_cast<Eigen::Index>(row)) - s.X.row(static_cast<Eigen::Index>(other))).norm());
    std::sort(d.begin(), d.end());
    const std::size_t m = d.size();
    return (m % 2 ? d[m / 2] : (d[m / 2 - 1] + d[m / 2]) / 2) / 2;
  };
  double y_sd = 0, y_mean = 0;
  for (std::size_t r : rare) y_mean += s.y[r] / static_cast<double>(rare.size());
  for (std::size_t r : rare) y_sd += (s.y[r] - y_mean) * (s.y[r] - y_mean);
  y_sd = std::sqrt(y_sd / static_cast<double>(rare.size() - 1));
  std::size_t interpolated = 0, perturbed = 0;
  for (std::size_t i = out.y.size() - out.n_synthetic; i < out.y.size(); ++i) {
    const double* x = out.X.row(static_cast<Eigen::Index>(i)).data();
    if (const auto seg = find_segment(s.X, rare, nn, x, {0, 1, 2})) {
      ++interpolated;
      const double gap = (s.X.row(static_cast<Eigen::Index>(seg->seed)) - s.X.row(static_cast<Eigen::Index>(seg->neighbour))).norm();
      // Only safe partners are interpolated (the segment may have been found from its other end).
      CHECK(gap < std::max(max_d(seg->seed), max_d(seg->neighbour)));
      CHECK(out.y[i] == doctest::Approx((1 - seg->r) * s.y[seg->seed] + seg->r * s.y[seg->neighbour]).epsilon(1e-9));
      continue;
    }
    // A perturbation: some rare seed lies within a few noise sds (sd * t <= sd * pert) in every coordinate.
    bool near_seed = false;
    for (std::size_t r : rare) {
      const double dx = (out.X.row(static_cast<Eigen::Index>(i)) - s.X.row(static_cast<Eigen::Index>(r))).cwiseAbs().maxCoeff();
      if (dx < 8 * 3.0 * pert && std::abs(out.y[i] - s.y[r]) <= 8 * y_sd * pert) near_seed = true;
    }
    CHECK(near_seed);
    ++perturbed;
  }
  CHECK(interpolated > 0);
  CHECK(perturbed > 0);
}

TEST_CASE("smogn is deterministic and independent of the thread count") {
  const Set s = skewed(300, 2, 23, 3);
  const SmognOptions o{0.5, "balance", 4, 0.01, Distance::Heom};
  const RegressionSample a = run(s, o);
  RegressionSample b;
  {
    tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
    b = run(s, o);
  }
  CHECK(a.X == b.X);
  CHECK(a.y == b.y);
  // Nominal values of every synthetic case are codes present in the data.
  for (Eigen::Index i = 0; i < a.X.rows(); ++i) CHECK((a.X(i, 1) == 0 || a.X(i, 1) == 1 || a.X(i, 1) == 2));
}

TEST_CASE("smogn: bad input") {
  const Set s = skewed(100, 2, 24);
  CHECK_THROWS_AS(run(s, {0.5, "balance", 5, 0.0, Distance::Euclidean}), Error);
  CHECK_THROWS_AS(run(s, {0.5, "balance", 0, 0.01, Distance::Euclidean}), Error);
  CHECK_THROWS_AS(run(s, {0.5, "1;2;3;4;5;6;7", 5, 0.01, Distance::Euclidean}), Error);
}
