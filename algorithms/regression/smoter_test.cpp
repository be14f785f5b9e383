#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <numeric>

#include "algorithms/regression/smoter.hpp"
#include "algorithms/regression/test_data.hpp"
#include "core/error.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;

namespace {

RegressionSample run(const Set& s, const SmoterOptions& o, const char* key = "smoter") {
  RandomStream rng = RandomStream::keyed(key);
  return smoter(s.view(), relevance_of(s.y), o, rng);
}

}  // namespace

TEST_CASE("bump factors: balance, extreme and explicit (UBL's C.perc)") {
  std::vector<Bump> bumps{{Indices(90), false}, {Indices(10), true}};
  // balance: B = 50 -> 50/90 and 5. extreme: rescale = 100 / (2500/90 + 250) = 0.36, objectives 10 and 90.
  const std::vector<double> balance = bump_factors(bumps, parse_bump_percentages("balance"));
  CHECK(balance[0] == doctest::Approx(50.0 / 90));
  CHECK(balance[1] == 5.0);
  const std::vector<double> extreme = bump_factors(bumps, parse_bump_percentages("extreme"));
  CHECK(extreme[0] == 0.1);
  CHECK(extreme[1] == 9.0);
  CHECK(bump_factors(bumps, parse_bump_percentages("0.5;2.5")) == std::vector<double>{0.5, 2.5});
  CHECK_THROWS_AS(bump_factors(bumps, parse_bump_percentages("2")), Error);
  CHECK_THROWS_AS(parse_bump_percentages("0.5;x"), Error);
  CHECK_THROWS_AS(parse_bump_percentages("-1"), Error);
  CHECK(synthetic_count(10, 2.5) == 15);  // 10 * int(1.5) + int(10 * 0.5)
  CHECK(synthetic_count(10, 1.0) == 0);
  CHECK(kept_count(10, 0.55) == 5);
}

TEST_CASE("smoter: counts per bump match the requested percentages") {
  const Set s = skewed(400, 3, 1);
  const std::vector<double> rel = relevance_of(s.y);
  const std::vector<Bump> bumps = relevance_bumps(s.y, rel, 0.5);
  REQUIRE(bumps.size() == 2);  // normal values, then the rare upper tail
  for (const char* percentages : {"balance", "extreme", "0.5;2.5", "1;3"}) {
    CAPTURE(percentages);
    const std::vector<double> f = bump_factors(bumps, parse_bump_percentages(percentages));
    const RegressionSample out = run(s, {0.5, percentages, 5, Distance::Euclidean});
    std::size_t total_new = 0;
    for (std::size_t b = 0; b < bumps.size(); ++b) {
      // Synthetic targets interpolate two targets of the bump, so they stay inside its target range.
      const double lo = s.y[bumps[b].rows.front()], hi = s.y[bumps[b].rows.back()];
      const std::size_t size = bumps[b].rows.size();
      const std::size_t want = f[b] < 1 ? static_cast<std::size_t>(f[b] * size) : size + synthetic_count(size, f[b]);
      CHECK(count_between(out.y, lo, hi) == want);
      total_new += synthetic_count(size, f[b]);
    }
    CHECK(out.n_synthetic == total_new);
    CHECK(out.y.size() == static_cast<std::size_t>(out.X.rows()));
  }
}

TEST_CASE("smoter: synthetic cases lie on segments to a k-nearest rare neighbour, target interpolated alike") {
  const Set s = skewed(300, 4, 2);
  const std::vector<double> rel = relevance_of(s.y);
  const std::vector<Bump> bumps = relevance_bumps(s.y, rel, 0.5);
  const Indices& rare = bumps.back().rows;
  const std::size_t k = 3;
  const std::vector<Indices> nn = naive_neighbours(s.X, rare, k, {0, 1, 2, 3});
  const RegressionSample out = run(s, {0.5, "balance", k, Distance::Euclidean});
  REQUIRE(out.n_synthetic > 0);
  for (std::size_t i = out.y.size() - out.n_synthetic; i < out.y.size(); ++i) {
    const auto seg = find_segment(s.X, rare, nn, out.X.row(static_cast<Eigen::Index>(i)).data(), {0, 1, 2, 3});
    REQUIRE(seg.has_value());
    CHECK(out.y[i] == doctest::Approx((1 - seg->r) * s.y[seg->seed] + seg->r * s.y[seg->neighbour]).epsilon(1e-9));
  }
  // The kept originals come first, unchanged, in input order.
  std::size_t j = 0;
  for (std::size_t i = 0; i < s.y.size(); ++i)
    if (j < out.y.size() - out.n_synthetic && out.y[j] == s.y[i] &&
        out.X.row(static_cast<Eigen::Index>(j)) == s.X.row(static_cast<Eigen::Index>(i)))
      ++j;
  CHECK(j == out.y.size() - out.n_synthetic);
}

TEST_CASE("smoter with a nominal feature (HEOM): nominal values come from one of the two seeds") {
  const Set s = skewed(300, 3, 3, 4);
  const std::vector<double> rel = relevance_of(s.y);
  const Indices rare = relevance_bumps(s.y, rel, 0.5).back().rows;
  CHECK_THROWS_AS(run(s, {0.5, "balance", 5, Distance::Euclidean}), Error);
  const RegressionSample out = run(s, {0.5, "balance", 5, Distance::Heom});
  const std::vector<Indices> all_pairs = naive_neighbours(s.X, rare, rare.size(), {0, 1});  // any rare partner
  std::vector<double> range(2);
  for (Eigen::Index j = 0; j < 2; ++j) range[static_cast<std::size_t>(j)] = s.X.col(j).maxCoeff() - s.X.col(j).minCoeff();
  REQUIRE(out.n_synthetic > 0);
  for (std::size_t i = out.y.size() - out.n_synthetic; i < out.y.size(); ++i) {
    const double* x = out.X.row(static_cast<Eigen::Index>(i)).data();
    const auto seg = find_segment(s.X, rare, all_pairs, x, {0, 1});
    REQUIRE(seg.has_value());
    const double a = s.X(static_cast<Eigen::Index>(seg->seed), 2), b = s.X(static_cast<Eigen::Index>(seg->neighbour), 2);
    CHECK((x[2] == a || x[2] == b));
    // The target weighs the seeds by their HEOM distances to the new case.
    auto heom = [&](std::size_t row) {
      double sum = 0;
      for (Eigen::Index j = 0; j < 2; ++j) {
        const double d = (x[j] - s.X(static_cast<Eigen::Index>(row), j)) / range[static_cast<std::size_t>(j)];
        sum += d * d;
      }
      return std::sqrt(sum + (x[2] != s.X(static_cast<Eigen::Index>(row), 2) ? 1.0 : 0.0));
    };
    const double d1 = heom(seg->seed), d2 = heom(seg->neighbour);
    const double want = d1 == d2 ? (s.y[seg->seed] + s.y[seg->neighbour]) / 2
                                 : (d2 * s.y[seg->seed] + d1 * s.y[seg->neighbour]) / (d1 + d2);
    CHECK(out.y[i] == doctest::Approx(want).epsilon(1e-9));
  }
}

TEST_CASE("smoter is deterministic and independent of the thread count") {
  const Set s = skewed(500, 3, 4);
  const RegressionSample a = run(s, {0.5, "extreme", 5, Distance::Euclidean});
  RegressionSample b;
  {
    tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
    b = run(s, {0.5, "extreme", 5, Distance::Euclidean});
  }
  CHECK(a.X == b.X);
  CHECK(a.y == b.y);
  const RegressionSample c = run(s, {0.5, "extreme", 5, Distance::Euclidean}, "other key");
  CHECK_FALSE(c.X == a.X);
}

TEST_CASE("smoter: small bumps shrink k, a one-case bump is replicated") {
  const Set s = skewed(60, 2, 5);
  const std::size_t top = static_cast<std::size_t>(std::max_element(s.y.begin(), s.y.end()) - s.y.begin());
  std::vector<double> rel(s.y.size(), 0.0);
  rel[top] = 1.0;  // a one-case rare bump: balance asks for B = 30 cases, so 29 copies
  RandomStream rng = RandomStream::keyed("small");
  const RegressionSample one = smoter(s.view(), rel, {0.5, "balance", 5, Distance::Euclidean}, rng);
  CHECK(one.n_synthetic == 29);
  for (std::size_t i = one.y.size() - 29; i < one.y.size(); ++i) {
    CHECK(one.y[i] == s.y[top]);
    CHECK(one.X.row(static_cast<Eigen::Index>(i)) == s.X.row(static_cast<Eigen::Index>(top)));
  }
  // Three rare cases and k = 5: each uses its 2 neighbours, so every synthetic case lies on a segment among them.
  std::vector<std::size_t> order(s.y.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return s.y[a] > s.y[b]; });
  const Indices three{order[2], order[1], order[0]};  // in increasing target, as the bump holds them
  for (std::size_t i : three) rel[i] = 1.0;
  const RegressionSample out = smoter(s.view(), rel, {0.5, "balance", 5, Distance::Euclidean}, rng);
  CHECK(out.n_synthetic == 3 * 9);  // B = 30, factor 10
  const std::vector<Indices> nn = naive_neighbours(s.X, three, 2, {0, 1});
  for (std::size_t i = out.y.size() - out.n_synthetic; i < out.y.size(); ++i)
    CHECK(find_segment(s.X, three, nn, out.X.row(static_cast<Eigen::Index>(i)).data(), {0, 1}).has_value());
}

TEST_CASE("smoter_paper: o% new cases per rare case, u% of them from the normal cases") {
  const Set s = skewed(400, 3, 6);
  std::vector<double> rel = relevance_of(s.y);
  std::size_t n_rare = 0;
  for (double r : rel) n_rare += r > 0.5;
  RandomStream rng = RandomStream::keyed("paper");
  const RegressionSample out = smoter_paper(s.view(), rel, {0.5, 300, 50, 5, Distance::Euclidean}, rng);
  CHECK(out.n_synthetic == 3 * n_rare);
  CHECK(out.y.size() == n_rare + 3 * n_rare + static_cast<std::size_t>(0.5 * 3 * n_rare));
  RandomStream rng2 = RandomStream::keyed("paper");
  const RegressionSample frac = smoter_paper(s.view(), rel, {0.5, 150, 0, 5, Distance::Euclidean}, rng2);
  CHECK(frac.n_synthetic == n_rare + n_rare / 2);
  CHECK(frac.y.size() == n_rare + frac.n_synthetic);
}

TEST_CASE("smoter: bad input") {
  Set s = skewed(100, 2, 7);
  SmoterOptions o;
  s.y[3] = NAN;
  RandomStream rng = RandomStream::keyed("bad");
  CHECK_THROWS_AS(smoter(s.view(), std::vector<double>(100, 0.0), o, rng), Error);
  s.y[3] = 1.0;
  CHECK_THROWS_AS(smoter(s.view(), std::vector<double>(100, 0.0), o, rng), Error);  // nothing rare
  CHECK_THROWS_AS(smoter(s.view(), std::vector<double>(100, 1.0), o, rng), Error);  // everything rare
  o.k = 0;
  CHECK_THROWS_AS(smoter(s.view(), relevance_of(s.y), o, rng), Error);
}
