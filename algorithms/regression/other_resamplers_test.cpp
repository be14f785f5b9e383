#include <doctest/doctest.h>

#include <map>

#include "algorithms/regression/gaussian_noise.hpp"
#include "algorithms/regression/random_resampling.hpp"
#include "algorithms/regression/test_data.hpp"
#include "algorithms/regression/wercs.hpp"
#include "core/error.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;

namespace {

std::size_t count_rare(const std::vector<double>& y, const std::vector<double>& rel_of_input, const Set& s) {
  // Output values are input targets (copies or kept cases): map them back to their relevance.
  std::map<double, double> rel;
  for (std::size_t i = 0; i < s.y.size(); ++i) rel[s.y[i]] = rel_of_input[i];
  std::size_t n = 0;
  for (double v : y) n += rel.at(v) >= 0.5;
  return n;
}

}  // namespace

TEST_CASE("random over- and under-sampling for regression: balance and extreme") {
  const Set s = skewed(500, 2, 31);
  const std::vector<double> rel = relevance_of(s.y);
  std::size_t rare = 0;
  for (double r : rel) rare += r >= 0.5;
  const std::size_t normal = s.y.size() - rare;
  RandomStream rng = RandomStream::keyed("random");
  const RegressionSample over = random_over_regression(s.view(), rel, {0.5, "balance"}, rng);
  CHECK(count_rare(over.y, rel, s) == doctest::Approx(static_cast<double>(normal)).epsilon(0.01));
  CHECK(over.y.size() - count_rare(over.y, rel, s) == normal);
  CHECK(over.n_synthetic == 0);  // copies are not synthetic
  const RegressionSample under = random_under_regression(s.view(), rel, {0.5, "balance"}, rng);
  CHECK(count_rare(under.y, rel, s) == rare);
  CHECK(under.y.size() - rare == doctest::Approx(static_cast<double>(rare)).epsilon(0.05));
  const RegressionSample extreme = random_under_regression(s.view(), rel, {0.5, "extreme"}, rng);
  CHECK(extreme.y.size() - rare <= rare * rare / normal + 2);
  const RegressionSample half = random_under_regression(s.view(), rel, {0.5, "0.5"}, rng);
  CHECK(half.y.size() - rare == doctest::Approx(normal / 2.0).epsilon(0.05));
  CHECK_THROWS_AS(random_under_regression(s.view(), rel, {0.5, "2"}, rng), Error);
  CHECK_THROWS_AS(random_over_regression(s.view(), rel, {0.5, "0.5"}, rng), Error);
}

TEST_CASE("gaussian_noise: perturbed copies close to rare seeds") {
  const Set s = skewed(300, 2, 32);
  const std::vector<double> rel = relevance_of(s.y);
  const std::vector<Bump> bumps = relevance_bumps(s.y, rel, 0.5);
  RandomStream rng = RandomStream::keyed("noise");
  const RegressionSample out = gaussian_noise(s.view(), rel, {0.5, "balance", 0.05}, rng);
  const std::vector<double> f = bump_factors(bumps, {});
  CHECK(out.n_synthetic == synthetic_count(bumps.back().rows.size(), f.back()));
  for (std::size_t i = out.y.size() - out.n_synthetic; i < out.y.size(); ++i) {
    double best = INFINITY;
    for (std::size_t r : bumps.back().rows)
      best = std::min(best, (out.X.row(static_cast<Eigen::Index>(i)) - s.X.row(static_cast<Eigen::Index>(r))).norm());
    CHECK(best < 1.0);  // sd ~ 1 per feature, pert 0.05: within 10 noise sds of a seed
    CHECK(out.X.row(static_cast<Eigen::Index>(i)) != s.X.row(static_cast<Eigen::Index>(bumps.back().rows[0])));
  }
  CHECK_THROWS_AS(gaussian_noise(s.view(), rel, {0.5, "balance", 0.0}, rng), Error);
}

TEST_CASE("wercs: sizes, copies drawn by relevance, removals by 1 - relevance") {
  const Set s = skewed(400, 2, 33);
  const std::vector<double> rel = relevance_of(s.y);
  RandomStream rng = RandomStream::keyed("wercs");
  const RegressionSample out = wercs(s.view(), rel, {0.5, 0.25}, rng);
  CHECK(out.n_synthetic == 0);  // the 200 drawn rows are copies
  CHECK(out.y.size() == 300 + 200);
  std::map<double, double> rel_of;
  for (std::size_t i = 0; i < s.y.size(); ++i) rel_of[s.y[i]] = rel[i];
  for (std::size_t i = 300; i < out.y.size(); ++i) CHECK(rel_of.at(out.y[i]) > 0.0);   // copies need phi > 0
  for (std::size_t i = 0; i < 300; ++i) CHECK(rel_of.at(out.y[i]) < 1.0);            // kept need phi < 1
  CHECK_THROWS_AS(wercs(s.view(), rel, {0.5, 1.5}, rng), Error);
  CHECK_THROWS_AS(wercs(s.view(), std::vector<double>(400, 1.0), {0.5, 0.5}, rng), Error);
}
